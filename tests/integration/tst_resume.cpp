// Stream management against a real Prosody: a TCP connection cut mid-conversation (through an
// in-test proxy) is resumed and every message arrives exactly once; when resumption fails a
// fresh session resends what the server never acknowledged; a dead link is noticed by ping.
#include "ServerTest.h"
#include "TcpCutProxy.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/modules/xep0030_disco/DiscoModule.h"
#include "xmpp/modules/xep0199_ping/PingModule.h"

#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

namespace {

// Counts message bodies as they arrive.
class Inbox : public QObject
{
public:
    explicit Inbox(Client& client)
    {
        connect(&client, &Client::messageReceived, this, [this](const Message& message) {
            if (!message.body().isEmpty()) {
                ++counts[message.body()];
            }
        });
    }
    QHash<QString, int> counts;

    bool hasExactlyOnce(const QStringList& bodies) const
    {
        for (const QString& body : bodies) {
            if (counts.value(body) != 1) {
                qWarning() << body << "arrived" << counts.value(body) << "times";
                return false;
            }
        }
        return true;
    }
};

QStringList numbered(const QString& prefix, int from, int to)
{
    QStringList bodies;
    for (int i = from; i < to; ++i) {
        bodies << prefix + QString::number(i);
    }
    return bodies;
}

void sendAll(Client& from, const Jid& to, const QStringList& bodies)
{
    for (const QString& body : bodies) {
        from.send(Message(Message::Type::Chat, to, body));
    }
}

// Initial presence on every fresh session, as the presence layer will do.
void announcePresence(Client& client)
{
    QObject::connect(&client, &Client::sessionStarted, &client, [&client](bool resumed) {
        if (!resumed) {
            client.send(Presence(Presence::Type::Available));
        }
    });
}

} // namespace

class ResumeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cutMidConversationResumesExactlyOnce();
    void failedResumptionResendsUnacknowledged();
    void deadLinkIsNoticedByPing();

private:
    std::unique_ptr<Client> connectThroughProxy(
        LocalXmppServer& server, TcpCutProxy& proxy, const QString& user);
    std::unique_ptr<Client> connectDirectly(LocalXmppServer& server, const QString& user);

    ProsodyServer m_prosody;
    const QList<ServerAccount> m_accounts = {{u"alice"_s, u"a"_s}, {u"bob"_s, u"b"_s}};
};

void ResumeTest::initTestCase()
{
    PALAVER_START_SERVER(m_prosody, m_accounts);
}

std::unique_ptr<Client> ResumeTest::connectThroughProxy(
    LocalXmppServer& server, TcpCutProxy& proxy, const QString& user)
{
    ConnectionSettings settings = server.settingsFor(user);
    settings.port = proxy.port();
    auto client = makeTestClient(settings);
    announcePresence(*client);
    // The server answers disco only after it has enabled stream management, so once the
    // answer is in, the session is resumable.
    QSignalSpy described(client->findModule<DiscoModule>(), &DiscoModule::serverInfoReceived);
    client->connectToServer();
    described.wait(15000);
    return client;
}

std::unique_ptr<Client> ResumeTest::connectDirectly(LocalXmppServer& server, const QString& user)
{
    auto client = makeTestClient(server.settingsFor(user));
    announcePresence(*client);
    client->connectToServer();
    return client;
}

void ResumeTest::cutMidConversationResumesExactlyOnce()
{
    TcpCutProxy proxy;
    QVERIFY(proxy.listen(m_prosody.port()));
    auto alice = connectThroughProxy(m_prosody, proxy, u"alice"_s);
    auto bob = connectDirectly(m_prosody, u"bob"_s);
    QVERIFY(waitForState(*alice, Client::State::Connected));
    QVERIFY(waitForState(*bob, Client::State::Connected));
    QSignalSpy aliceStarted(alice.get(), &Client::sessionStarted);
    Inbox aliceInbox(*alice);
    Inbox bobInbox(*bob);

    // A conversation going both ways.
    sendAll(*alice, bob->jid(), numbered(u"a"_s, 0, 20));
    sendAll(*bob, alice->jid(), numbered(u"b"_s, 0, 20));
    QTRY_VERIFY_WITH_TIMEOUT(bobInbox.counts.size() == 20 && aliceInbox.counts.size() == 20, 10000);

    // The link dies silently: what alice sends is lost, and so are her acknowledgements of
    // what she still receives.
    proxy.setSwallowingClientData(true);
    sendAll(*alice, bob->jid(), numbered(u"a"_s, 20, 30));
    sendAll(*bob, alice->jid(), numbered(u"b"_s, 20, 30));
    QTRY_COMPARE_WITH_TIMEOUT(aliceInbox.counts.size(), 30, 10000);
    QTest::qWait(300);
    QCOMPARE(bobInbox.counts.size(), 20);

    // Then the connection is cut; bob goes on writing while alice is away.
    proxy.cutAll();
    proxy.setSwallowingClientData(false);
    sendAll(*bob, alice->jid(), numbered(u"b"_s, 30, 40));

    // Alice reconnects by herself and resumes the same session.
    QTRY_COMPARE_WITH_TIMEOUT(aliceStarted.size(), 1, 15000);
    QCOMPARE(aliceStarted.first().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(bobInbox.counts.size() == 30 && aliceInbox.counts.size() == 40, 15000);
    QTest::qWait(500); // time for any duplicate to show up
    QVERIFY(bobInbox.hasExactlyOnce(numbered(u"a"_s, 0, 30)));
    QVERIFY(aliceInbox.hasExactlyOnce(numbered(u"b"_s, 0, 40)));
    QCOMPARE(proxy.acceptedConnections(), 2);
}

void ResumeTest::failedResumptionResendsUnacknowledged()
{
    ProsodyServer::Options options;
    options.hibernationSeconds = 1;
    ProsodyServer shortLived(options);
    PALAVER_START_SERVER(shortLived, m_accounts);
    TcpCutProxy proxy;
    QVERIFY(proxy.listen(shortLived.port()));
    auto alice = connectThroughProxy(shortLived, proxy, u"alice"_s);
    auto bob = connectDirectly(shortLived, u"bob"_s);
    QVERIFY(waitForState(*alice, Client::State::Connected));
    QVERIFY(waitForState(*bob, Client::State::Connected));
    const Jid firstJid = alice->jid();
    QSignalSpy aliceStarted(alice.get(), &Client::sessionStarted);
    Inbox bobInbox(*bob);

    sendAll(*alice, bob->jid(), numbered(u"a"_s, 0, 10));
    QTRY_COMPARE_WITH_TIMEOUT(bobInbox.counts.size(), 10, 10000);

    proxy.setSwallowingClientData(true);
    sendAll(*alice, bob->jid(), numbered(u"a"_s, 10, 25));
    QTest::qWait(300);
    proxy.cutAll();
    proxy.setSwallowingClientData(false);
    // Keep alice away until the server has given up on her session.
    proxy.setRefusing(true);
    QTest::qWait(3500);
    proxy.setRefusing(false);

    QTRY_COMPARE_WITH_TIMEOUT(aliceStarted.size(), 1, 20000);
    QCOMPARE(aliceStarted.first().first().toBool(), false); // a fresh session
    QVERIFY(alice->jid().bare() == firstJid.bare());
    QTRY_COMPARE_WITH_TIMEOUT(bobInbox.counts.size(), 25, 15000);
    QTest::qWait(500);
    QVERIFY(bobInbox.hasExactlyOnce(numbered(u"a"_s, 0, 25)));
}

void ResumeTest::deadLinkIsNoticedByPing()
{
    TcpCutProxy proxy;
    QVERIFY(proxy.listen(m_prosody.port()));
    auto alice = connectThroughProxy(m_prosody, proxy, u"alice"_s);
    alice->findModule<PingModule>()->setKeepAlive(400, 800);
    QVERIFY(waitForState(*alice, Client::State::Connected));
    QSignalSpy errors(alice.get(), &Client::errorOccurred);
    QSignalSpy started(alice.get(), &Client::sessionStarted);

    // Nothing passes and nothing closes: only silence tells.
    proxy.setBlackHole(true);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    QCOMPARE(
        errors.first().first().value<ConnectionError>().kind, ConnectionError::Kind::PingTimeout);
    proxy.cutAll();
    proxy.setBlackHole(false);
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15000);
    QCOMPARE(started.first().first().toBool(), true);
}

QTEST_GUILESS_MAIN(ResumeTest)
#include "tst_resume.moc"

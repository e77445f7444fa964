// What we send that a server will not take: a message too long for its limit (XEP-0478, or
// the usual 256 KiB) is refused before it is stored; a message the server answers by ending
// the stream is found out, one stanza at a time, and failed instead of resent for ever.
#include "ScriptedAccount.h"
#include "im/services/MessageService.h"
#include "im/storage/MessageStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Im;
using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

class SendingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tooLongIsRefusedBeforeItIsStored_data();
    void tooLongIsRefusedBeforeItIsStored();
    void messageTheServerRefusesIsGivenUp();

private:
    QList<MessageRecord> history(const QString& peer);

    std::unique_ptr<ScriptedAccount> m_scripted;
};

void SendingTest::init()
{
    m_scripted = std::make_unique<ScriptedAccount>();
    QVERIFY(m_scripted->isReady());
}

void SendingTest::cleanup()
{
    m_scripted.reset();
}

QList<MessageRecord> SendingTest::history(const QString& peer)
{
    std::optional<qint64> conversation;
    m_scripted->profile().messages().conversationId(
        u"alice@localhost"_s, peer, this, [&](const qint64& id) { conversation = id; });
    if (!QTest::qWaitFor([&] { return conversation.has_value(); }, 5000)) {
        return {};
    }
    std::optional<QList<MessageRecord>> page;
    m_scripted->profile().messages().page(*conversation, {}, 0, 100, this,
        [&](const QList<MessageRecord>& records) { page = records; });
    return QTest::qWaitFor([&] { return page.has_value(); }, 5000) ? *page : QList<MessageRecord>();
}

void SendingTest::tooLongIsRefusedBeforeItIsStored_data()
{
    QTest::addColumn<QString>("limits"); // stream features after authentication
    QTest::addColumn<int>("fits"); // characters that still go
    QTest::addColumn<int>("tooMany");
    QTest::newRow("usual limit") << QString() << 200 * 1024 << 300 * 1024;
    QTest::newRow("advertised limit")
        << u"<limits xmlns='urn:xmpp:stream-limits:0'><max-bytes>10000</max-bytes></limits>"_s
        << 5000 << 9000;
}

// A 300 KB paste: refused with nothing stored or sent, where the server would end the stream.
void SendingTest::tooLongIsRefusedBeforeItIsStored()
{
    QFETCH(QString, limits);
    QFETCH(int, fits);
    QFETCH(int, tooMany);
    m_scripted->server().behaviour().extraFeatures = limits;
    m_scripted->signIn();
    QVERIFY(m_scripted->waitForSession());
    MessageService& messages = m_scripted->account().messages();
    const Jid bob = Jid::fromString(u"bob@localhost");
    QVERIFY(!messages.sendMessage(bob, QString(tooMany, u'x')));
    QVERIFY(!messages.sendMessage(bob, QString(tooMany / 6 + 1000, u'<'))); // escaped: 4 bytes
    QVERIFY(messages.sendMessage(bob, QString(fits, u'y')));
    QTRY_COMPARE(history(u"bob@localhost"_s).size(), 1);
    QCOMPARE(history(u"bob@localhost"_s).first().body.size(), fits);
}

// The server ends the stream each time it gets one message: after at most a few sessions the
// message is failed and given up, what waited behind it is sent, and the sessions stay up.
void SendingTest::messageTheServerRefusesIsGivenUp()
{
    m_scripted->server().behaviour().extraFeatures = u"<sm xmlns='urn:xmpp:sm:3'/>"_s;
    m_scripted->server().behaviour().refusedBody = u"poison"_s;
    m_scripted->signIn();
    QVERIFY(m_scripted->waitForSession());
    QTRY_VERIFY(m_scripted->server().record().nonzas.contains(u"enable"_s));
    QSignalSpy sessions(&m_scripted->account().client(), &Client::sessionStarted);
    QSignalSpy refused(&m_scripted->account().client(), &Client::stanzaRefused);
    MessageService& messages = m_scripted->account().messages();
    const Jid bob = Jid::fromString(u"bob@localhost");
    QVERIFY(messages.sendMessage(bob, u"poison"_s));
    QTest::qWait(50);
    QVERIFY(messages.sendMessage(bob, u"after"_s));
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 30000);
    const auto states = [this] {
        QHash<QString, MessageRecord::State> found;
        for (const MessageRecord& record : history(u"bob@localhost"_s)) {
            found.insert(record.body, record.state);
        }
        return found;
    };
    QTRY_COMPARE(states().value(u"poison"_s), MessageRecord::State::Failed);
    QTRY_COMPARE(states().value(u"after"_s), MessageRecord::State::Sent);
    QVERIFY(m_scripted->server().record().refusals <= 3);
    const int sessionsSoFar = int(sessions.size());
    QTest::qWait(3000);
    QCOMPARE(int(sessions.size()), sessionsSoFar);
    QVERIFY(m_scripted->account().client().isConnected());
}

QTEST_GUILESS_MAIN(SendingTest)
#include "tst_sending.moc"

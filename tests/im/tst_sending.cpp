// What we send that a server will not take: a message too long for its limit (XEP-0478, or
// the usual 256 KiB) is refused before it is stored; a message the server answers by ending
// the stream is found out, one stanza at a time, and failed instead of resent for ever.
#include "ScriptedAccount.h"
#include "im/services/MessageService.h"
#include "im/services/RoomService.h"
#include "im/storage/MessageStore.h"
#include "xmpp/Client.h"
#include "xmpp/modules/messaging/MessageReferences.h"

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
    void restrictedRoomRefusesAReaction();

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

// XEP-0444 §4.3: a room that restricts reactions refuses ours with an error; ours go back to
// what they were, and the user learns the room's reason.
void SendingTest::restrictedRoomRefusesAReaction()
{
    const QString hall = u"hall@muc.localhost"_s;
    ScriptedServer& server = m_scripted->server();
    m_scripted->answer(u"http://jabber.org/protocol/disco#info"_s, [&](const XmlElement& iq) {
        server.send(u"<iq type='result' id='%1' from='%2'><query "
                    "xmlns='http://jabber.org/protocol/disco#info'><identity "
                    "category='conference' type='text'/><feature var='urn:xmpp:sid:0'/>"
                    "</query></iq>"_s.arg(iq.attribute(u"id"), iq.attribute(u"to")));
    });
    const auto answerStanza = server.onStanza;
    server.onStanza = [&, answerStanza](const XmlElement& stanza) {
        answerStanza(stanza);
        const QString me = m_scripted->account().client().jid().toString();
        if (stanza.name() == u"presence" && stanza.attribute(u"to") == hall + u"/Alice") {
            server.send(
                u"<presence from='%1/Alice' to='%2'><x "
                "xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' "
                "role='participant'/><status code='110'/></x></presence>"
                "<message type='groupchat' from='%1' to='%2'><subject>Hearts only"
                "</subject></message>"
                "<message type='groupchat' from='%1/Bob' to='%2' id='b1'><body>Love it?"
                "</body><stanza-id xmlns='urn:xmpp:sid:0' by='%1' id='S1'/></message>"_s.arg(
                    hall, me));
        } else if (stanza.name() == u"message" && reactionsOf(Message(stanza))) {
            server.send(u"<message type='error' from='%1' to='%2' id='%3'><error type='modify'>"
                        "<not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><text "
                        "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>Only hearts here</text>"
                        "</error></message>"_s.arg(hall, me, stanza.attribute(u"id")));
        }
    };
    m_scripted->signIn();
    QVERIFY(m_scripted->waitForSession());
    RoomService& rooms = m_scripted->account().rooms();
    QSignalSpy refused(&rooms, &RoomService::reactionRefused);
    rooms.join(Jid::fromString(hall), u"Alice"_s);
    QList<MessageRecord> records;
    QVERIFY(QTest::qWaitFor(
        [&] {
            records = history(hall);
            return records.size() == 1 && records.first().archiveId == u"S1"_s;
        },
        10000));
    rooms.react(Jid::fromString(hall), records.first(), {u"👍"_s});
    QVERIFY(refused.wait(10000));
    QCOMPARE(refused.first().at(1).toString(), u"Only hearts here"_s);
    QVERIFY(QTest::qWaitFor([&] { return history(hall).first().reactions.isEmpty(); }, 5000));
}

QTEST_GUILESS_MAIN(SendingTest)
#include "tst_sending.moc"

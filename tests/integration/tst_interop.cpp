// Reactions, replies and retraction between Palaver and slixmpp (a client Palaver did not
// write) through a real Prosody: what each sends shows correctly at the other, both ways, and
// a retraction from someone else's address changes nothing.
#include "AccountHarness.h"
#include "ServerTest.h"
#include "SlixmppPeer.h"
#include "im/services/MessageService.h"
#include "im/services/RoomService.h"
#include "im/services/RosterService.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Im;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

class InteropTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reactionsRepliesAndRetractionBothWays();
    void roomRevisionsBothWays();

private:
    ProsodyServer m_prosody;
};

void InteropTest::initTestCase()
{
    if (!SlixmppPeer::isInstalled()) {
        if (serverMissingIsFailure()) {
            QFAIL("python3-slixmpp is not installed");
        }
        QSKIP("python3-slixmpp is not installed");
    }
    PALAVER_START_SERVER(m_prosody,
        (QList<ServerAccount> {
            {u"ann"_s, u"pw-ann"_s}, {u"sly"_s, u"pw-sly"_s}, {u"eve"_s, u"pw-eve"_s}}));
}

void InteropTest::reactionsRepliesAndRetractionBothWays()
{
    AccountHarness ann(m_prosody, u"ann"_s, u"pc"_s);
    QVERIFY(ann.signIn());
    SlixmppPeer sly(m_prosody, u"sly"_s, u"pw-sly"_s);
    QVERIFY2(sly.start(), qPrintable(sly.errorString()));
    const Jid slyJid = Jid::fromString(u"sly@localhost"_s);
    const QString annJid = u"ann@localhost"_s;
    MessageService& messages = ann.account().messages();

    // Ann adds Sly; slixmpp approves and asks back; Ann approves.
    ann.account().roster().addContact(slyJid, u"Sly"_s, {});
    QVERIFY(QTest::qWaitFor([&] { return !ann.account().roster().requests().isEmpty(); }, 10000));
    ann.account().roster().approve(slyJid, false);
    QVERIFY(
        QTest::qWaitFor([&] { return ann.account().roster().sharesPresenceWith(slyJid); }, 10000));

    // slixmpp writes; Ann reacts and replies.
    QVERIFY(sly.run({{u"do"_s, u"message"_s}, {u"to"_s, annJid}, {u"id"_s, u"s1"_s},
        {u"body"_s, u"Cake at five?"_s}}));
    QVERIFY(
        ann.waitForHistory(slyJid, [](const QList<MessageRecord>& r) { return r.size() == 1; }));
    const MessageRecord question = ann.history(slyJid).first();
    messages.react(slyJid, question, {u"👍"_s, u"🎂"_s});
    QJsonObject got
        = sly.waitForMessage([](const QJsonObject& m) { return m.contains(u"reactions"); });
    QCOMPARE(got.value(u"reactions").toObject().value(u"id").toString(), u"s1"_s);
    QCOMPARE(got.value(u"reactions").toObject().value(u"emojis").toArray().size(), 2);

    QVERIFY(messages.sendMessage(slyJid, u"Yes, gladly"_s, &question));
    got = sly.waitForMessage([](const QJsonObject& m) { return m.contains(u"reply"); });
    QCOMPARE(got.value(u"reply").toString(), u"s1"_s);
    QCOMPARE(got.value(u"reply_body").toString(), u"Yes, gladly"_s);
    // Clients that know no replies see the quote.
    QCOMPARE(got.value(u"body").toString(), u"> Cake at five?\nYes, gladly"_s);

    // Ann takes a message back: both forms of XEP-0424 reach slixmpp.
    QVERIFY(messages.sendMessage(slyJid, u"Oops, wrong chat"_s));
    QVERIFY(
        ann.waitForHistory(slyJid, [](const QList<MessageRecord>& r) { return r.size() == 3; }));
    const MessageRecord oops = ann.history(slyJid).last();
    QVERIFY(messages.retract(slyJid, oops));
    got = sly.waitForMessage([](const QJsonObject& m) { return m.contains(u"retract"); });
    QCOMPARE(got.value(u"retract").toString(), oops.originId);
    QCOMPARE(got.value(u"retract_v1").toString(), oops.originId);
    QVERIFY(ann.waitForHistory(slyJid, [](const QList<MessageRecord>& r) {
        return r.last().retracted && r.last().body.isEmpty();
    }));

    // slixmpp reacts to and replies to Ann's message; then retracts its own question.
    const MessageRecord answer = ann.history(slyJid).at(1);
    QVERIFY(sly.run({{u"do"_s, u"react"_s}, {u"to"_s, annJid}, {u"id"_s, answer.originId},
        {u"emojis"_s, QJsonArray {u"🎉"_s}}}));
    QVERIFY(ann.waitForHistory(slyJid, [](const QList<MessageRecord>& r) {
        return r.size() == 3 && r.at(1).reactions.size() == 1
            && r.at(1).reactions.first().reactor == u"sly@localhost"
            && r.at(1).reactions.first().emojis == QStringList {u"🎉"_s};
    }));
    QVERIFY(sly.run({{u"do"_s, u"reply"_s}, {u"to"_s, annJid}, {u"id"_s, answer.originId},
        {u"body"_s, u"See you"_s}}));
    QVERIFY(ann.waitForHistory(slyJid, [&](const QList<MessageRecord>& r) {
        return r.size() == 4 && r.last().body == u"See you" && r.last().replyTo == answer.originId;
    }));
    QVERIFY(sly.run({{u"do"_s, u"retract"_s}, {u"to"_s, annJid}, {u"id"_s, u"s1"_s}}));
    QVERIFY(ann.waitForHistory(
        slyJid, [](const QList<MessageRecord>& r) { return r.first().retracted; }));
    // The retraction's fallback text is not a message of its own.
    QCOMPARE(ann.history(slyJid).size(), 4);

    // Someone else cannot take back or react to Sly's messages in Ann's chat with Sly.
    SlixmppPeer eve(m_prosody, u"eve"_s, u"pw-eve"_s);
    QVERIFY2(eve.start(), qPrintable(eve.errorString()));
    QVERIFY(eve.run({{u"do"_s, u"react"_s}, {u"to"_s, annJid}, {u"id"_s, answer.originId},
        {u"emojis"_s, QJsonArray {u"💩"_s}}}));
    QVERIFY(eve.run({{u"do"_s, u"retract"_s}, {u"to"_s, annJid}, {u"id"_s, answer.originId}}));
    QTest::qWait(1000);
    const QList<MessageRecord> after = ann.history(slyJid);
    QVERIFY(!after.at(1).retracted);
    QCOMPARE(after.at(1).reactions.size(), 1);
}

// The same in a room, where messages are named by the room's stanza ids, and corrections too.
void InteropTest::roomRevisionsBothWays()
{
    const QString cafe = u"cafe@"_s + m_prosody.mucDomain();
    const Jid room = Jid::fromString(cafe);
    AccountHarness ann(m_prosody, u"ann"_s, u"laptop"_s);
    QVERIFY(ann.signIn());
    RoomService& rooms = ann.account().rooms();
    QSignalSpy caughtUp(&rooms, &RoomService::catchUpFinished);
    rooms.join(room, u"Ann"_s);
    QVERIFY(caughtUp.wait(15000));
    SlixmppPeer sly(m_prosody, u"sly"_s, u"pw-sly"_s);
    QVERIFY2(sly.start(), qPrintable(sly.errorString()));
    QVERIFY(sly.run({{u"do"_s, u"join"_s}, {u"to"_s, cafe}, {u"nick"_s, u"Sly"_s}}));
    const auto inRoom = [&](QJsonObject command) {
        command.insert(u"to"_s, cafe);
        command.insert(u"type"_s, u"groupchat"_s);
        return sly.run(command);
    };
    const auto annSees = [&](const std::function<bool(const MessageRecord&)>& matches) {
        std::optional<MessageRecord> found;
        ann.waitForHistory(room, [&](const QList<MessageRecord>& records) {
            for (const MessageRecord& record : records) {
                if (matches(record)) {
                    found = record;
                    return true;
                }
            }
            return false;
        });
        return found;
    };

    // slixmpp writes and corrects; Ann sees the new text in place.
    QVERIFY(inRoom({{u"do"_s, u"message"_s}, {u"id"_s, u"g1"_s}, {u"body"_s, u"Hi all"_s}}));
    const QJsonObject echo
        = sly.waitForMessage([](const QJsonObject& m) { return m.value(u"body") == u"Hi all"_s; });
    const QString slyStanzaId = echo.value(u"stanza_id").toString();
    QVERIFY(!slyStanzaId.isEmpty());
    QVERIFY(inRoom({{u"do"_s, u"correct"_s}, {u"id"_s, u"g1"_s}, {u"body"_s, u"Hi everyone"_s}}));
    const std::optional<MessageRecord> greeting = annSees([](const MessageRecord& r) {
        return r.body == u"Hi everyone"_s && r.corrected && !r.archiveId.isEmpty();
    });
    QVERIFY(greeting);
    QCOMPARE(greeting->archiveId, slyStanzaId);

    // Ann reacts and replies by the room's id.
    rooms.react(room, *greeting, {u"👋"_s});
    QJsonObject got
        = sly.waitForMessage([](const QJsonObject& m) { return m.contains(u"reactions"); });
    QCOMPARE(got.value(u"reactions").toObject().value(u"id").toString(), slyStanzaId);
    QVERIFY(rooms.sendMessage(room, u"Hello Sly"_s, &*greeting));
    got = sly.waitForMessage([](const QJsonObject& m) { return m.contains(u"reply"); });
    QCOMPARE(got.value(u"reply").toString(), slyStanzaId);
    QCOMPARE(got.value(u"reply_body").toString(), u"Hello Sly"_s);
    const QString annStanzaId = got.value(u"stanza_id").toString();

    // Ann corrects, then takes back a message: slixmpp gets the sender's id for the one, the
    // room's (current form) and the sender's (earlier form) for the other.
    QVERIFY(rooms.sendMessage(room, u"Ooops"_s));
    const std::optional<MessageRecord> oops = annSees(
        [](const MessageRecord& r) { return r.body == u"Ooops"_s && !r.archiveId.isEmpty(); });
    QVERIFY(oops);
    QVERIFY(rooms.correctMessage(room, oops->messageId, u"Oops"_s));
    got = sly.waitForMessage(
        [&](const QJsonObject& m) { return m.value(u"replace") == oops->messageId; });
    QCOMPARE(got.value(u"body").toString(), u"Oops"_s);
    QVERIFY(rooms.retract(room, *oops));
    got = sly.waitForMessage([](const QJsonObject& m) { return m.contains(u"retract_v1"); });
    QCOMPARE(got.value(u"retract_v1").toString(), oops->archiveId);
    QCOMPARE(got.value(u"retract").toString(), oops->messageId);

    // slixmpp reacts and replies to Ann's reply, then takes its greeting back.
    QVERIFY(inRoom(
        {{u"do"_s, u"react"_s}, {u"id"_s, annStanzaId}, {u"emojis"_s, QJsonArray {u"❤️"_s}}}));
    QVERIFY(annSees([&](const MessageRecord& r) {
        return r.archiveId == annStanzaId && r.reactions.size() == 1
            && r.reactions.first().reactor == cafe + u"/Sly"_s;
    }));
    QVERIFY(inRoom({{u"do"_s, u"reply"_s}, {u"id"_s, annStanzaId}, {u"body"_s, u"Hi Ann"_s}}));
    QVERIFY(annSees(
        [&](const MessageRecord& r) { return r.body == u"Hi Ann"_s && r.replyTo == annStanzaId; }));
    QVERIFY(inRoom({{u"do"_s, u"retract"_s}, {u"id"_s, u"g1"_s}}));
    QVERIFY(annSees([&](const MessageRecord& r) { return r.id == greeting->id && r.retracted; }));
}

QTEST_GUILESS_MAIN(InteropTest)
#include "tst_interop.moc"

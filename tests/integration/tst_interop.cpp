// Reactions, replies and retraction between Palaver and slixmpp (a client Palaver did not
// write) through a real Prosody: what each sends shows correctly at the other, both ways, and
// a retraction from someone else's address changes nothing.
#include "AccountHarness.h"
#include "ServerTest.h"
#include "SlixmppPeer.h"
#include "im/services/MessageService.h"
#include "im/services/RosterService.h"
#include "localserver/ProsodyServer.h"

#include <QJsonArray>
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

QTEST_GUILESS_MAIN(InteropTest)
#include "tst_interop.moc"

// A room against a scripted server: self-ping (XEP-0410) with each answer the spec lists and
// whether the room is joined again after it; leaving at once, and for good.
#include "ModuleHarness.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/xep0045_muc/MucModule.h"

#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

class MucRoomTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selfPing_data();
    void selfPing();
    void leavingIsAtOnceAndStays();
    void onlyTheRoomStampsHistory();
};

void MucRoomTest::selfPing_data()
{
    QTest::addColumn<QString>("answer"); // empty: a result
    QTest::addColumn<bool>("rejoins");
    QTest::newRow("result") << QString() << false;
    QTest::newRow("not an occupant") << u"not-acceptable"_s << true;
    QTest::newRow("nickname gone") << u"item-not-found"_s << true;
    QTest::newRow("client without ping") << u"service-unavailable"_s << false;
    QTest::newRow("client says not implemented") << u"feature-not-implemented"_s << false;
    QTest::newRow("server unreachable") << u"remote-server-timeout"_s << false;
}

void MucRoomTest::selfPing()
{
    QFETCH(QString, answer);
    QFETCH(bool, rejoins);
    ModuleHarness harness;
    auto* muc = new MucModule;
    harness.addModule(muc);
    QVERIFY(harness.start());
    MucRoom* room = muc->room(Jid::fromString(u"coven@chat.shakespeare.lit"_s));
    QSignalSpy joined(room, &MucRoom::joined);
    room->join(u"thirdwitch"_s, u"cauldron"_s);
    harness.inject(u"<presence from='coven@chat.shakespeare.lit/thirdwitch'>"
                   "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' "
                   "role='participant'/><status code='110'/></x></presence>"_s);
    QVERIFY(joined.wait(2000));
    harness.clearSent();

    room->selfPing();
    const XmlElement ping = harness.waitForIq(Ns::Ping);
    QCOMPARE(ping.attribute(u"to"), u"coven@chat.shakespeare.lit/thirdwitch"_s);
    if (answer.isEmpty()) {
        harness.replyTo(ping);
    } else {
        harness.server().send(u"<iq type='error' id='%1' from='%2'><error type='cancel'><%3 "
                              "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s.arg(
                                  ping.attribute(u"id"), ping.attribute(u"to"), answer));
    }
    const XmlElement again = harness.waitForSent(
        [](const XmlElement& s) { return s.name() == u"presence"; }, rejoins ? 2000 : 300);
    QCOMPARE(!again.isNull(), rejoins);
    if (rejoins) {
        QCOMPARE(again.attribute(u"to"), u"coven@chat.shakespeare.lit/thirdwitch"_s);
        QCOMPARE(
            again.firstChild(u"x", Ns::Muc).firstChild(u"password", Ns::Muc).text(), u"cauldron"_s);
        QCOMPARE(room->state(), MucRoom::State::Joining);
    } else {
        QCOMPARE(room->state(), MucRoom::State::Joined);
    }
}

// Left means left: nothing the room says afterwards brings us back, and its confirmation of
// the leave, arriving while we already join again, does not throw us out.
void MucRoomTest::leavingIsAtOnceAndStays()
{
    ModuleHarness harness;
    auto* muc = new MucModule;
    harness.addModule(muc);
    QVERIFY(harness.start());
    MucRoom* room = muc->room(Jid::fromString(u"coven@chat.shakespeare.lit"_s));
    const QString self = u"<presence from='coven@chat.shakespeare.lit/thirdwitch'%1>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><item "
                         "affiliation='member' role='%2'/><status code='110'/></x></presence>"_s;
    QSignalSpy joined(room, &MucRoom::joined);
    QSignalSpy exited(room, &MucRoom::exited);
    room->join(u"thirdwitch"_s);
    harness.inject(self.arg(QString(), u"participant"_s));
    QVERIFY(joined.wait(2000));

    room->leave();
    QCOMPARE(room->state(), MucRoom::State::Left);
    QCOMPARE(exited.size(), 1);
    harness.inject(u"<presence from='coven@chat.shakespeare.lit/firstwitch'>"
                   "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' "
                   "role='participant'/></x></presence>"_s);
    QTest::qWait(100);
    QVERIFY(room->occupants().isEmpty());

    room->join(u"thirdwitch"_s);
    harness.inject(self.arg(u" type='unavailable'"_s, u"none"_s)); // the old leave, confirmed
    QTest::qWait(100);
    QCOMPARE(room->state(), MucRoom::State::Joining);
    QCOMPARE(exited.size(), 1);
    harness.inject(self.arg(QString(), u"participant"_s));
    QTRY_COMPARE(room->state(), MucRoom::State::Joined);
}

// History is what the room stamps before the subject; an occupant's own delay, then or later,
// is a claim that neither hides the message from the unread count nor moves it in time.
void MucRoomTest::onlyTheRoomStampsHistory()
{
    ModuleHarness harness;
    auto* muc = new MucModule;
    harness.addModule(muc);
    QVERIFY(harness.start());
    MucRoom* room = muc->room(Jid::fromString(u"coven@chat.shakespeare.lit"_s));
    QSignalSpy messages(room, &MucRoom::messageReceived);
    room->join(u"thirdwitch"_s);
    const QString message = u"<message from='coven@chat.shakespeare.lit/%1' type='groupchat'>"
                            "<body>%2</body><delay xmlns='urn:xmpp:delay' from='%3' "
                            "stamp='2002-10-13T23:58:37Z'/></message>"_s;
    harness.inject(u"<presence from='coven@chat.shakespeare.lit/thirdwitch'>"
                   "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' "
                   "role='participant'/><status code='110'/></x></presence>"_s);
    harness.inject(message.arg(u"firstwitch"_s, u"old"_s, u"coven@chat.shakespeare.lit"_s));
    harness.inject(message.arg(u"secondwitch"_s, u"sneaky"_s, u"secondwitch@evil.example"_s));
    harness.inject(u"<message from='coven@chat.shakespeare.lit' type='groupchat'>"
                   "<subject>Fire Burn</subject></message>"_s);
    harness.inject(message.arg(u"firstwitch"_s, u"late"_s, u"coven@chat.shakespeare.lit"_s));
    QTRY_COMPARE(messages.size(), 3);
    const QDateTime stamp(QDate(2002, 10, 13), QTime(23, 58, 37), Qt::UTC);
    const auto old = messages.at(0).first().value<MucMessage>();
    QVERIFY(old.history);
    QCOMPARE(old.timestamp, stamp);
    for (int i : {1, 2}) {
        const auto claimed = messages.at(i).first().value<MucMessage>();
        QVERIFY(!claimed.history);
        QCOMPARE(claimed.sentAt, stamp);
        QVERIFY(claimed.timestamp.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    }
}

QTEST_GUILESS_MAIN(MucRoomTest)
#include "tst_mucroom.moc"

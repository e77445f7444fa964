// Rooms at the IM level on a real Prosody: messages written to both sides' history once, our
// own pending until the room echoes them; a connection cut long enough to lose the session
// (the room is rejoined and its archive fills the gap) and a restart (the join history and
// the archive overlap) both leave every message exactly once, in order.
#include "AccountHarness.h"
#include "ServerTest.h"
#include "TcpCutProxy.h"
#include "im/services/BookmarkService.h"
#include "im/services/RoomService.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"

#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Im;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

namespace {
QStringList bodies(const QList<MessageRecord>& records)
{
    QStringList list;
    for (const MessageRecord& record : records) {
        list << record.body;
    }
    return list;
}

QStringList numbered(const QString& prefix, int from, int to)
{
    QStringList list;
    for (int i = from; i < to; ++i) {
        list << prefix + QString::number(i);
    }
    return list;
}

bool joinAndWait(AccountHarness& harness, const Jid& room, const QString& nick)
{
    MucRoom* joining = harness.account().rooms().join(room, nick);
    QSignalSpy caughtUp(&harness.account().rooms(), &RoomService::catchUpFinished);
    return joining->state() == MucRoom::State::Joined || caughtUp.wait(15000);
}
} // namespace

class RoomsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void historyOnBothSides();
    void cutConnectionRejoinsAndFillsTheGap();
    void restartOverlapsHistoryAndArchive();
    void bookmarksJoinAndSyncAcrossDevices();
    void refusedMessageFailsAndRetrySends();
    void roomWithoutArchiveFillsFromItsHistory();

private:
    void send(AccountHarness& from, const Jid& room, const QStringList& texts);

    std::unique_ptr<ProsodyServer> m_prosody;
};

void RoomsTest::initTestCase()
{
    ProsodyServer::Options options;
    options.hibernationSeconds = 1; // a cut session is gone soon, as after a long outage
    m_prosody = std::make_unique<ProsodyServer>(options);
    PALAVER_START_SERVER(*m_prosody,
        (QList<ServerAccount> {{u"ann"_s, u"pw-ann"_s}, {u"ben"_s, u"pw-ben"_s},
            {u"cy"_s, u"pw-cy"_s}, {u"di"_s, u"pw-di"_s}}));
}

void RoomsTest::send(AccountHarness& from, const Jid& room, const QStringList& texts)
{
    for (const QString& text : texts) {
        from.account().rooms().sendMessage(room, text);
    }
}

void RoomsTest::historyOnBothSides()
{
    const Jid hall = Jid::fromString(u"hall@"_s + m_prosody->mucDomain());
    AccountHarness ann(*m_prosody, u"ann"_s, u"pc"_s);
    AccountHarness ben(*m_prosody, u"ben"_s, u"pc"_s);
    QVERIFY(ann.signIn() && ben.signIn());
    QVERIFY(joinAndWait(ann, hall, u"Ann"_s));
    QVERIFY(joinAndWait(ben, hall, u"Ben"_s));

    const QStringList texts = numbered(u"hello "_s, 0, 5);
    send(ann, hall, texts);
    QVERIFY(ben.waitForHistory(hall, [](const auto& records) { return records.size() == 5; }));
    QVERIFY(ann.waitForHistory(hall, [](const QList<MessageRecord>& records) {
        return records.size() == 5
            && std::all_of(records.begin(), records.end(), [](const MessageRecord& record) {
                   return record.state == MessageRecord::State::Sent;
               });
    }));
    const QList<MessageRecord> heard = ben.history(hall);
    QCOMPARE(bodies(heard), texts);
    QCOMPARE(heard.first().sender, hall.withResource(u"Ann"_s).toString());
    QVERIFY(!heard.first().outgoing);
    QVERIFY(!heard.first().archiveId.isEmpty());
    QCOMPARE(heard.first().kind, ConversationKind::Room);
    const QList<MessageRecord> said = ann.history(hall);
    QCOMPARE(bodies(said), texts);
    QVERIFY(said.first().outgoing);
    // The echo taught Ann the room's id of her own message.
    QCOMPARE(said.first().archiveId, heard.first().archiveId);

    // Ann steps away: the room shows it to Ben.
    ann.account().goOnline(Presence::Show::Away, u"Back soon"_s);
    MucRoom* benRoom = ben.account().rooms().room(hall);
    QTRY_COMPARE_WITH_TIMEOUT(
        benRoom->occupants().value(u"Ann"_s).show, Presence::Show::Away, 10000);
    QCOMPARE(benRoom->occupants().value(u"Ann"_s).status, u"Back soon"_s);
}

void RoomsTest::cutConnectionRejoinsAndFillsTheGap()
{
    const Jid lounge = Jid::fromString(u"lounge@"_s + m_prosody->mucDomain());
    TcpCutProxy proxy;
    QVERIFY(proxy.listen(m_prosody->port()));
    AccountHarness cy(*m_prosody, u"cy"_s, u"pc"_s);
    AccountHarness di(*m_prosody, u"di"_s, u"pc"_s);
    ConnectionSettings throughProxy = di.account().client().settings();
    throughProxy.port = proxy.port();
    di.account().client().setSettings(throughProxy);
    QVERIFY(cy.signIn() && di.signIn());
    QVERIFY(joinAndWait(cy, lounge, u"Cy"_s));
    QVERIFY(joinAndWait(di, lounge, u"Di"_s));
    send(cy, lounge, numbered(u"before "_s, 0, 3));
    QVERIFY(di.waitForHistory(lounge, [](const auto& records) { return records.size() == 3; }));

    // Di's link dies and stays down past the resumption window; Cy talks on.
    MucRoom* room = di.account().rooms().room(lounge);
    QSignalSpy rejoined(room, &MucRoom::joined);
    QSignalSpy caughtUp(&di.account().rooms(), &RoomService::catchUpFinished);
    proxy.setRefusing(true);
    proxy.cutAll();
    send(cy, lounge, numbered(u"gap "_s, 0, 30));
    QVERIFY(cy.waitForHistory(lounge, [](const auto& records) { return records.size() == 33; }));
    QTest::qWait(2500);
    proxy.setRefusing(false);

    // Back: a new session, the room joined again, the archive read from the last message.
    QVERIFY(rejoined.wait(20000));
    QVERIFY(caughtUp.wait(15000));
    QCOMPARE(caughtUp.last().at(1).toInt(), 30);
    const QStringList expected = numbered(u"before "_s, 0, 3) + numbered(u"gap "_s, 0, 30);
    QVERIFY(di.waitForHistory(lounge, [](const auto& records) { return records.size() >= 33; }));
    QCOMPARE(bodies(di.history(lounge)), expected);
    QVERIFY(proxy.acceptedConnections() >= 2);
}

void RoomsTest::restartOverlapsHistoryAndArchive()
{
    const Jid studio = Jid::fromString(u"studio@"_s + m_prosody->mucDomain());
    QTemporaryDir benProfile; // outlives the first run
    AccountHarness ann(*m_prosody, u"ann"_s, u"desk"_s);
    auto ben = std::make_unique<AccountHarness>(*m_prosody, u"ben"_s, u"desk"_s, benProfile.path());
    QVERIFY(ann.signIn() && ben->signIn());
    QVERIFY(joinAndWait(ann, studio, u"Ann"_s));
    QVERIFY(joinAndWait(*ben, studio, u"Ben"_s));
    send(ann, studio, numbered(u"one "_s, 0, 5));
    QVERIFY(ben->waitForHistory(studio, [](const auto& records) { return records.size() == 5; }));
    // Ben quits; the room keeps talking, more than its join history covers.
    ben.reset();
    send(ann, studio, numbered(u"two "_s, 0, 25));
    QVERIFY(ann.waitForHistory(studio, [](const auto& records) { return records.size() == 30; }));

    AccountHarness back(*m_prosody, u"ben"_s, u"desk"_s, benProfile.path());
    QVERIFY(back.signIn());
    QVERIFY(joinAndWait(back, studio, u"Ben"_s));
    const QStringList expected = numbered(u"one "_s, 0, 5) + numbered(u"two "_s, 0, 25);
    QVERIFY(back.waitForHistory(studio, [](const auto& records) { return records.size() >= 30; }));
    QTest::qWait(300); // anything duplicated would have arrived by now
    QCOMPARE(bodies(back.history(studio)), expected);
}

void RoomsTest::bookmarksJoinAndSyncAcrossDevices()
{
    const Jid club = Jid::fromString(u"bookclub@"_s + m_prosody->mucDomain());
    const Jid chess = Jid::fromString(u"chess@"_s + m_prosody->mucDomain());
    const auto marked = [](AccountHarness& device, const Jid& room, bool autojoin) {
        const auto bookmark = device.account().bookmarks().bookmark(room);
        return bookmark && bookmark->autojoin == autojoin;
    };
    // One device keeps a room with "join automatically", then goes away.
    {
        AccountHarness laptop(*m_prosody, u"cy"_s, u"laptop"_s);
        QVERIFY(laptop.signIn());
        QTRY_VERIFY_WITH_TIMEOUT(laptop.account().bookmarks().isLoaded(), 10000);
        RoomBookmark bookmark;
        bookmark.room = club;
        bookmark.name = u"Book club"_s;
        bookmark.autojoin = true;
        bookmark.nick = u"Cyrus"_s;
        QSignalSpy failed(&laptop.account().bookmarks(), &BookmarkService::saveFailed);
        laptop.account().bookmarks().save(bookmark);
        QTest::qWait(500);
        QVERIFY(failed.isEmpty());
    }

    // Signing in on another device enters it by itself, with the kept nickname.
    AccountHarness phone(*m_prosody, u"cy"_s, u"phone"_s);
    QVERIFY(phone.signIn());
    QTRY_VERIFY_WITH_TIMEOUT(phone.account().rooms().room(club)
            && phone.account().rooms().room(club)->state() == MucRoom::State::Joined,
        10000);
    QCOMPARE(phone.account().rooms().room(club)->nick(), u"Cyrus"_s);
    QCOMPARE(phone.account().bookmarks().bookmark(club)->name, u"Book club"_s);

    // A room kept on a third device while the phone is online: the phone follows.
    AccountHarness desk(*m_prosody, u"cy"_s, u"desk"_s);
    QVERIFY(desk.signIn());
    QTRY_VERIFY_WITH_TIMEOUT(desk.account().bookmarks().isLoaded(), 10000);
    RoomBookmark chessBookmark;
    chessBookmark.room = chess;
    chessBookmark.autojoin = true;
    desk.account().bookmarks().save(chessBookmark);
    QTRY_VERIFY_WITH_TIMEOUT(phone.account().rooms().room(chess)
            && phone.account().rooms().room(chess)->state() == MucRoom::State::Joined,
        10000);
    QCOMPARE(phone.account().rooms().room(chess)->nick(), u"cy"_s);

    // Leaving by hand clears the mark everywhere; removing a bookmark reaches the others.
    phone.account().rooms().close(club);
    QTRY_VERIFY_WITH_TIMEOUT(marked(desk, club, false), 10000);
    desk.account().bookmarks().remove(chess);
    QTRY_VERIFY_WITH_TIMEOUT(!phone.account().bookmarks().bookmark(chess), 10000);
    QVERIFY(marked(phone, club, false));
}

void RoomsTest::refusedMessageFailsAndRetrySends()
{
    const Jid stage = Jid::fromString(u"stage@"_s + m_prosody->mucDomain());
    AccountHarness ann(*m_prosody, u"ann"_s, u"stage"_s);
    AccountHarness ben(*m_prosody, u"ben"_s, u"stage"_s);
    QVERIFY(ann.signIn() && ben.signIn());
    QVERIFY(joinAndWait(ann, stage, u"Ann"_s));
    QVERIFY(joinAndWait(ben, stage, u"Ben"_s));
    MucRoom* annRoom = ann.account().rooms().room(stage);
    const auto setBensRole = [&](MucRole role) {
        std::optional<std::optional<StanzaError>> done;
        annRoom->setRole(u"Ben"_s, role, {}, this,
            [&done](const std::optional<StanzaError>& error) { done = error; });
        return QTest::qWaitFor([&] { return done.has_value(); }, 10000) && !done->has_value();
    };
    QVERIFY(setBensRole(MucRole::Visitor));
    QTRY_COMPARE_WITH_TIMEOUT(ben.account().rooms().room(stage)->occupants().value(u"Ben"_s).role,
        MucRole::Visitor, 10000);

    // Without a voice Ben's message is refused: it stays, marked as not sent, with why.
    ben.account().rooms().sendMessage(stage, u"Let me speak"_s);
    QVERIFY(ben.waitForHistory(stage, [](const QList<MessageRecord>& records) {
        return records.size() == 1 && records.first().state == MessageRecord::State::Failed;
    }));
    QVERIFY(!ben.history(stage).first().errorText.isEmpty());

    // With it back, the same message goes out again and the room's echo marks it sent.
    QVERIFY(setBensRole(MucRole::Participant));
    QTRY_COMPARE_WITH_TIMEOUT(ben.account().rooms().room(stage)->occupants().value(u"Ben"_s).role,
        MucRole::Participant, 10000);
    ben.account().rooms().resend(ben.history(stage).first());
    QVERIFY(ben.waitForHistory(stage, [](const QList<MessageRecord>& records) {
        return records.size() == 1 && records.first().state == MessageRecord::State::Sent;
    }));
    QVERIFY(ann.waitForHistory(stage, [](const QList<MessageRecord>& records) {
        return records.size() == 1 && records.first().body == u"Let me speak"_s;
    }));
}

void RoomsTest::roomWithoutArchiveFillsFromItsHistory()
{
    const Jid shed = Jid::fromString(u"shed@"_s + m_prosody->mucDomain());
    AccountHarness ann(*m_prosody, u"ann"_s, u"shed"_s);
    QVERIFY(ann.signIn());
    QVERIFY(joinAndWait(ann, shed, u"Ann"_s));
    MucRoom* annRoom = ann.account().rooms().room(shed);
    std::optional<DataForm> form;
    annRoom->requestConfiguration(
        this, [&form](const std::optional<DataForm>& received, const StanzaError&) {
            form = received.value_or(DataForm {});
        });
    QTRY_VERIFY_WITH_TIMEOUT(form.has_value(), 10000);
    QVERIFY(form->field(u"muc#roomconfig_enablearchiving"));
    form->field(u"muc#roomconfig_enablearchiving")->values = {u"0"_s};
    std::optional<std::optional<StanzaError>> configured;
    annRoom->submitConfiguration(*form, this,
        [&configured](const std::optional<StanzaError>& error) { configured = error; });
    QTRY_VERIFY_WITH_TIMEOUT(configured.has_value() && !configured->has_value(), 10000);

    QTemporaryDir benProfile;
    {
        AccountHarness ben(*m_prosody, u"ben"_s, u"shed"_s, benProfile.path());
        QVERIFY(ben.signIn());
        QVERIFY(joinAndWait(ben, shed, u"Ben"_s));
        send(ann, shed, {u"first"_s});
        QVERIFY(ben.waitForHistory(shed, [](const auto& records) { return records.size() == 1; }));
        QTest::qWait(1100); // what follows is stamped later than what Ben has
    }
    send(ann, shed, numbered(u"later "_s, 0, 3));
    QVERIFY(ann.waitForHistory(shed, [](const auto& records) { return records.size() == 4; }));

    // Back: no archive to read, so the room's history since the newest message Ben has.
    AccountHarness back(*m_prosody, u"ben"_s, u"shed"_s, benProfile.path());
    QVERIFY(back.signIn());
    QVERIFY(joinAndWait(back, shed, u"Ben"_s));
    QVERIFY(!back.account().rooms().room(shed)->isArchived());
    QVERIFY(back.waitForHistory(shed, [](const auto& records) { return records.size() >= 4; }));
    QTest::qWait(300);
    QCOMPARE(bodies(back.history(shed)), QStringList {u"first"_s} + numbered(u"later "_s, 0, 3));
}

QTEST_GUILESS_MAIN(RoomsTest)
#include "tst_rooms.moc"

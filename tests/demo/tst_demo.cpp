// The demo against its real server: the demo people (the palaver-demo-peers program) as the
// user's client sees them, and palaver-demo from start to stop with nothing left running.
#include "RunningDemo.h"
#include "ServerTest.h"
#include "demo/DemoPersona.h"
#include "xmpp/modules/messaging/MessageModule.h"
#include "xmpp/modules/presence/PresenceModule.h"
#include "xmpp/modules/roster/RosterModule.h"
#include "xmpp/modules/xep0045_muc/MucModule.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"
#include "xmpp/modules/xep0054_vcard/VCardModule.h"
#include "xmpp/modules/xep0085_chatstates/ChatStatesModule.h"
#include "xmpp/modules/xep0184_receipts/ReceiptsModule.h"
#include "xmpp/modules/xep0333_markers/MarkersModule.h"
#include "xmpp/modules/xep0402_bookmarks/BookmarksModule.h"

#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Palaver;
using namespace Palaver::Demo;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

class DemoTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rosterHoldsTheDemoPeopleBothWays();
    void peopleAreOnlineWithPicturesAndMoods();
    void aMessageGetsTypingReadMarkerAndAnswer();
    void theRoomIsBookmarkedAndLively();
    void aBurstArrivesWhole();
    void launcherStartsPalaverAndStopsEverything();
    void launcherLeavesAForeignFolderAlone();

private:
    RunningDemo m_demo;
    std::unique_ptr<Xmpp::Client> m_client;
    QList<Xmpp::Message> m_messages;
    QList<Xmpp::ContactPresence> m_presences;
    QList<Xmpp::RosterItem> m_roster;
};

void DemoTest::initTestCase()
{
    PALAVER_REQUIRE_SERVER(m_demo.server().prosody());
    QString error;
    // Fast moods, so a change shows within the test.
    QVERIFY2(m_demo.start({u"--speed"_s, u"200"_s}, &error), qPrintable(error));

    const DemoEnvironment& environment = m_demo.environment();
    m_client = makeTestClient(environment.settingsFor(environment.user));
    auto* roster = new Xmpp::RosterModule;
    auto* presence = new Xmpp::PresenceModule;
    for (Xmpp::Module* module :
        std::initializer_list<Xmpp::Module*> {roster, presence, new Xmpp::MessageModule,
            new Xmpp::ChatStatesModule, new Xmpp::MarkersModule, new Xmpp::ReceiptsModule,
            new Xmpp::VCardModule, new Xmpp::MucModule, new Xmpp::BookmarksModule}) {
        m_client->addModule(module);
    }
    connect(roster, &Xmpp::RosterModule::rosterReceived, this,
        [this](const QList<Xmpp::RosterItem>& items) { m_roster = items; });
    connect(presence, &Xmpp::PresenceModule::presenceChanged, this,
        [this](const Xmpp::ContactPresence& contact) { m_presences.append(contact); });
    connect(m_client.get(), &Xmpp::Client::messageReceived, this,
        [this](const Xmpp::Message& message) { m_messages.append(message); });
    m_client->connectToServer();
    QVERIFY(waitForState(*m_client, Xmpp::Client::State::Connected));
}

void DemoTest::cleanupTestCase()
{
    if (m_client) {
        m_client->disconnectFromServer();
    }
    QString error;
    QVERIFY2(m_demo.stop(&error), qPrintable(error));
}

void DemoTest::rosterHoldsTheDemoPeopleBothWays()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_roster.size(), 5, 10000);
    QSet<QString> names;
    for (const Xmpp::RosterItem& item : std::as_const(m_roster)) {
        QCOMPARE(item.subscription, Xmpp::RosterItem::Subscription::Both);
        QCOMPARE(item.groups.size(), 1);
        names.insert(item.name);
    }
    QCOMPARE(names,
        (QSet<QString> {u"Alice Martin"_s, u"Bruno Costa"_s, u"Chiara Rossi"_s, u"Dmitri Volkov"_s,
            u"Emma Lindqvist"_s}));
}

void DemoTest::peopleAreOnlineWithPicturesAndMoods()
{
    const auto availableFrom = [this](const QString& user) {
        return std::count_if(
            m_presences.begin(), m_presences.end(), [user](const Xmpp::ContactPresence& p) {
                return p.available && p.jid.local() == user;
            });
    };
    for (const DemoPersona& persona : DemoPersona::cast()) {
        QTRY_VERIFY_WITH_TIMEOUT(availableFrom(persona.user) > 0, 10000);
    }
    // At 200 times the speed, moods change within a second or so.
    QTRY_VERIFY_WITH_TIMEOUT(availableFrom(u"alice"_s) > 1, 10000);
    QSet<QString> statuses;
    for (const Xmpp::ContactPresence& presence : std::as_const(m_presences)) {
        if (presence.jid.local() == u"alice") {
            statuses.insert(presence.status);
        }
    }
    QVERIFY2(statuses.size() > 1, "Alice's status did not change");

    std::optional<Xmpp::VCard> card;
    m_client->findModule<Xmpp::VCardModule>()->request(m_demo.environment().jidOf(u"alice"_s), this,
        [&card](const std::optional<Xmpp::VCard>& received, const Xmpp::XmlElement&,
            const Xmpp::StanzaError&) { card = received.value_or(Xmpp::VCard {}); });
    QTRY_VERIFY_WITH_TIMEOUT(card.has_value(), 10000);
    QCOMPARE(card->fullName, u"Alice Martin"_s);
    QCOMPARE(card->photoType, u"image/png"_s);
    QCOMPARE(QImage::fromData(card->photo).size(), QSize(128, 128));
}

void DemoTest::aMessageGetsTypingReadMarkerAndAnswer()
{
    const Xmpp::Jid alice = m_demo.environment().jidOf(u"alice"_s);
    const auto from = [this, alice](const std::function<bool(const Xmpp::Message&)>& test) {
        return std::any_of(m_messages.begin(), m_messages.end(),
            [&](const Xmpp::Message& m) { return m.from().bare() == alice && test(m); });
    };
    // She says hello when we come online.
    QTRY_VERIFY_WITH_TIMEOUT(
        from([](const Xmpp::Message& m) { return m.body().startsWith(u"Hi Sam! I'm Alice"_s); }),
        15000);
    m_messages.clear();

    const QString id
        = m_client->send(Xmpp::Message(Xmpp::Message::Type::Chat, alice, u"What time is it?"_s));
    QTRY_VERIFY_WITH_TIMEOUT(
        from([&id](const Xmpp::Message& m) { return Xmpp::ReceiptsModule::receiptFor(m) == id; }),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        from([&id](const Xmpp::Message& m) { return Xmpp::MarkersModule::displayedId(m) == id; }),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(from([](const Xmpp::Message& m) {
        return Xmpp::ChatStatesModule::stateOf(m) == Xmpp::ChatState::Composing;
    }),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        from([](const Xmpp::Message& m) { return m.body().startsWith(u"It's "_s); }), 10000);
    // Typing came before the answer, and the answer says she stopped.
    qsizetype typing = -1;
    qsizetype answer = -1;
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        const Xmpp::Message& m = m_messages.at(i);
        if (typing < 0 && Xmpp::ChatStatesModule::stateOf(m) == Xmpp::ChatState::Composing) {
            typing = i;
        }
        if (m.body().startsWith(u"It's "_s)) {
            answer = i;
            QCOMPARE(Xmpp::ChatStatesModule::stateOf(m), Xmpp::ChatState::Active);
        }
    }
    QVERIFY(typing >= 0 && typing < answer);
}

void DemoTest::theRoomIsBookmarkedAndLively()
{
    std::optional<QList<Xmpp::RoomBookmark>> bookmarks;
    m_client->findModule<Xmpp::BookmarksModule>()->fetch(
        this, [&bookmarks](const std::optional<QList<Xmpp::RoomBookmark>>& received) {
            bookmarks = received.value_or(QList<Xmpp::RoomBookmark> {});
        });
    QTRY_VERIFY_WITH_TIMEOUT(bookmarks.has_value(), 10000);
    QCOMPARE(bookmarks->size(), 1);
    const Xmpp::RoomBookmark& lounge = bookmarks->first();
    QCOMPARE(lounge.room, m_demo.environment().room);
    QVERIFY(lounge.autojoin);
    QCOMPARE(lounge.nick, u"Sam"_s);

    Xmpp::MucRoom* room = m_client->findModule<Xmpp::MucModule>()->room(lounge.room);
    QList<Xmpp::MucMessage> said;
    QObject listening; // the room talks on after this test
    connect(room, &Xmpp::MucRoom::messageReceived, &listening,
        [&said](const Xmpp::MucMessage& message) { said.append(message); });
    room->join(lounge.nick);
    QTRY_COMPARE_WITH_TIMEOUT(room->state(), Xmpp::MucRoom::State::Joined, 10000);
    QCOMPARE(room->occupants().size(), 6);
    // The subject comes after the history.
    QTRY_COMPARE_WITH_TIMEOUT(room->subject(), u"Welcome to the Palaver demo. Say hello!"_s, 10000);
    // The opening lines are in its history; naming someone gets an answer in the room.
    QTRY_VERIFY_WITH_TIMEOUT(said.size() >= 3, 10000);
    QVERIFY(said.first().history);
    room->sendMessage(u"Dmitri, tell me a joke"_s);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(said.begin(), said.end(),
                                 [](const Xmpp::MucMessage& m) {
                                     return m.nick == u"Dmitri" && m.body.startsWith(u"Sam: "_s);
                                 }),
        15000);
}

void DemoTest::aBurstArrivesWhole()
{
    // The load generator: more sessions of the same people, sending as fast as asked and
    // signing off only once the server has taken everything.
    m_messages.clear();
    QProcess burst;
    burst.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    burst.start(QStringLiteral(PALAVER_DEMO_PEERS),
        {u"--environment"_s, m_demo.server().environmentFile(), u"--no-room"_s, u"--no-answers"_s,
            u"--burst"_s, u"600"_s, u"--rate"_s, u"3000"_s, u"--exit-after-burst"_s});
    QVERIFY(burst.waitForFinished(60000));
    QCOMPARE(burst.exitCode(), 0);
    const QByteArray said = burst.readAll();
    QVERIFY2(said.contains("burst: 600 messages sent"), said.constData());
    const auto loadMessages = [this] {
        return std::count_if(m_messages.begin(), m_messages.end(),
            [](const Xmpp::Message& m) { return m.body().startsWith(u"Load message "_s); });
    };
    QTRY_COMPARE_WITH_TIMEOUT(loadMessages(), 600, 15000);
}

void DemoTest::launcherStartsPalaverAndStopsEverything()
{
    // A second demo of its own, as a person would start it, captured without a display.
    QTemporaryDir home;
    const QString dir = home.filePath(u"demo"_s);
    const QString picture = home.filePath(u"demo.png"_s);
    QProcess launcher;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    launcher.setProcessEnvironment(environment);
    launcher.setProcessChannelMode(QProcess::ForwardedChannels);
    launcher.start(
        QStringLiteral(PALAVER_DEMO_LAUNCHER), {u"--dir"_s, dir, u"--screenshot"_s, picture});
    QVERIFY(launcher.waitForFinished(120000));
    QCOMPARE(launcher.exitStatus(), QProcess::NormalExit);
    QCOMPARE(launcher.exitCode(), 0);

    const QImage image(picture);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 600 && image.height() > 400);
    // The profile was the demo's own, not one under the (test's) home.
    QVERIFY(QFile::exists(dir + u"/profile/palaver.ini"_s) || QDir(dir + u"/profile"_s).exists());
    QVERIFY(!QDir(home.filePath(u"config/Palaver"_s)).exists());
    QVERIFY(!QDir(home.filePath(u"data/Palaver"_s)).exists());
    // The server is gone: its process id no longer names a process.
    QFile pidFile(dir + u"/server/prosody.pid"_s);
    if (pidFile.open(QIODevice::ReadOnly)) {
        const int pid = pidFile.readAll().trimmed().toInt();
        QVERIFY(pid > 0);
        QVERIFY(::kill(pid, 0) != 0);
    }
}

void DemoTest::launcherLeavesAForeignFolderAlone()
{
    // It clears only folders it made; anything else ends the demo at once, untouched.
    QTemporaryDir dir;
    QFile precious(dir.filePath(u"precious.txt"_s));
    QVERIFY(precious.open(QIODevice::WriteOnly));
    precious.close();
    QProcess launcher;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    launcher.setProcessEnvironment(environment);
    launcher.start(QStringLiteral(PALAVER_DEMO_LAUNCHER), {u"--dir"_s, dir.path()});
    QVERIFY(launcher.waitForFinished(20000));
    QCOMPARE(launcher.exitCode(), 1);
    QVERIFY(launcher.readAllStandardError().contains("is not a demo folder"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"precious.txt"_s});
}

QTEST_GUILESS_MAIN(DemoTest)
#include "tst_demo.moc"

// The demo as a person sees it: Palaver itself (offscreen) on the demo profile, with the demo
// people online with their pictures, the Lounge joined at sign-in, and Alice answering what
// is typed into her conversation.
#include "AppTestSupport.h"
#include "RunningDemo.h"
#include "ServerTest.h"
#include "app/Application.h"
#include "app/WindowSnapshot.h"
#include "demo/DemoAvatar.h"
#include "demo/DemoPersona.h"
#include "demo/DemoProfile.h"
#include "gui/ConversationWidget.h"
#include "gui/ConversationWindows.h"
#include "gui/MainWindow.h"
#include "gui/MessageInput.h"
#include "gui/RoomWidget.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/MessagesModel.h"
#include "im/models/RosterModel.h"
#include "im/services/RoomService.h"
#include "xmpp/modules/avatars/AvatarModule.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"
#include "xmpp/modules/xep0054_vcard/VCardModule.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace Palaver;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

class DemoAppTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyoneIsOnlineWithPictures();
    void theLoungeIsJoinedAtSignIn();
    void aliceAnswersInHerConversation();
    void aNewPictureShowsInTheOpenConversation();

private:
    QString user() const { return m_demo.environment().jidOf(u"sam"_s).toString(); }

    RunningDemo m_demo;
    std::unique_ptr<Im::Profile> m_profile;
    std::unique_ptr<App::Application> m_app;
    Im::Account* m_account = nullptr;
};

void DemoAppTest::initTestCase()
{
    PALAVER_REQUIRE_SERVER(m_demo.server().prosody());
    QString error;
    QVERIFY2(m_demo.start({}, &error), qPrintable(error));
    const QString profileDir = m_demo.directory() + u"/profile"_s;
    QVERIFY2(Demo::writeDemoProfile(profileDir, m_demo.environment(), &error), qPrintable(error));
    m_profile = std::make_unique<Im::Profile>(profileDir);
    QVERIFY(m_profile->open(&error));
    m_app = std::make_unique<App::Application>(*m_profile);
    m_app->start();
    m_account = m_app->account(user());
    QVERIFY(m_account);
    QTRY_VERIFY_WITH_TIMEOUT(m_account->client().isConnected(), 15000);
}

void DemoAppTest::cleanupTestCase()
{
    if (m_app) {
        m_app->signOff();
    }
    m_app.reset();
    QString error;
    QVERIFY2(m_demo.stop(&error), qPrintable(error));
}

void DemoAppTest::everyoneIsOnlineWithPictures()
{
    Im::RosterModel* roster = m_app->rosterModel(user());
    QVERIFY(roster);
    QAbstractItemModelTester tester(roster, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto onlineWithPicture = [roster] {
        int count = 0;
        for (int group = 0; group < roster->rowCount(); ++group) {
            const QModelIndex parent = roster->index(group, 0);
            for (int row = 0; row < roster->rowCount(parent); ++row) {
                const QModelIndex contact = roster->index(row, 0, parent);
                const QString picture = contact.data(Im::RosterModel::AvatarPathRole).toString();
                if (contact.data(Im::RosterModel::PresenceShowRole).toInt() >= 0
                    && !picture.isEmpty() && QFile::exists(picture)) {
                    ++count;
                }
            }
        }
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(onlineWithPicture(), 5, 15000);
}

void DemoAppTest::theLoungeIsJoinedAtSignIn()
{
    const Xmpp::Jid lounge = m_demo.environment().room;
    Gui::RoomWidget* tab = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (tab = m_app->conversationWindows().room(user(), lounge)) != nullptr, 15000);
    QCOMPARE(tab->title(), u"Lounge"_s);
    Xmpp::MucRoom* room = m_account->rooms().room(lounge);
    QVERIFY(room);
    QTRY_COMPARE_WITH_TIMEOUT(room->state(), Xmpp::MucRoom::State::Joined, 15000);
    QCOMPARE(room->occupants().size(), 6);
    QCOMPARE(room->nick(), u"Sam"_s);
    // The people's opening lines are there.
    QTRY_VERIFY_WITH_TIMEOUT(tab->messages().rowCount() >= 3, 15000);
}

void DemoAppTest::aliceAnswersInHerConversation()
{
    const Xmpp::Jid alice = m_demo.environment().jidOf(u"alice"_s);
    Gui::ConversationWidget* conversation = nullptr;
    // Her hello opens the conversation by itself.
    QTRY_VERIFY_WITH_TIMEOUT(
        (conversation = m_app->conversationWindows().conversation(user(), alice)) != nullptr
            && conversation->messages().rowCount() == 1,
        15000);
    Im::MessagesModel& messages = conversation->messages();
    QVERIFY(
        messages.index(0).data(Im::MessagesModel::BodyRole).toString().startsWith(u"Hi Sam!"_s));

    conversation->window()->resize(640, 600);
    QCOMPARE(m_app->openChat(user(), alice.toString()), conversation);
    auto* input = conversation->findChild<Gui::MessageInput*>(u"input"_s);
    QVERIFY(input);
    QTest::keyClicks(input, u"What time is it?"_s);
    QTest::keyClick(input, Qt::Key_Return);
    const auto stateOf = [&messages](int row) {
        return messages.index(row).data(Im::MessagesModel::DeliveryStateRole).toInt();
    };
    QTRY_VERIFY_WITH_TIMEOUT(messages.rowCount() == 3
            && messages.index(2)
                   .data(Im::MessagesModel::BodyRole)
                   .toString()
                   .startsWith(u"It's "_s),
        15000);
    QCOMPARE(messages.index(1).data(Im::MessagesModel::BodyRole).toString(), u"What time is it?"_s);
    // She read it before answering.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(1), int(Im::MessageRecord::State::Displayed), 10000);
    saveScreenshot(&m_app->mainWindow(), u"demo-roster.png"_s);
    saveScreenshot(conversation->window(), u"demo-conversation.png"_s);
    // All windows in one picture, as palaver --screenshot takes it: the README's.
    if (const QString dir = qEnvironmentVariable("PALAVER_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(App::WindowSnapshot::compose().save(dir + u"/demo.png"_s));
    }
}

void DemoAppTest::aNewPictureShowsInTheOpenConversation()
{
    const Demo::DemoEnvironment& environment = m_demo.environment();
    const Xmpp::Jid emma = environment.jidOf(u"emma"_s);
    Gui::ConversationWidget* conversation = m_app->openChat(user(), emma.toString());
    QVERIFY(conversation);
    QTRY_VERIFY_WITH_TIMEOUT(!conversation->avatarPath().isEmpty(), 10000);
    const QString before = conversation->avatarPath();

    // Emma, on another device, changes her picture while the conversation is open.
    const auto login = std::find_if(environment.peers.begin(), environment.peers.end(),
        [](const Demo::DemoLogin& peer) { return peer.user == u"emma"; });
    QVERIFY(login != environment.peers.end());
    auto phone = makeTestClient(environment.settingsFor(*login));
    auto* avatars = new Xmpp::AvatarModule;
    phone->addModule(new Xmpp::VCardModule);
    phone->addModule(avatars);
    phone->connectToServer();
    QVERIFY(waitForState(*phone, Xmpp::Client::State::Connected));
    Demo::DemoPersona changed = Demo::DemoPersona::named(u"emma"_s);
    changed.background = QColor(0x20, 0x20, 0x20);
    avatars->setOwnAvatar(Demo::drawAvatar(changed), u"image/png"_s);
    // Her other clients' presence says so; the header follows.
    QTRY_VERIFY_WITH_TIMEOUT(
        conversation->avatarPath() != before && QFile::exists(conversation->avatarPath()), 15000);
    phone->disconnectFromServer();
}

QTEST_MAIN(DemoAppTest)
#include "tst_demoapp.moc"

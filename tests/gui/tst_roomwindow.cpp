// Group chat rooms in the whole application against a real Prosody, driven through widgets
// offscreen: joining through the Join room dialog (a taken nickname explained, with a
// suggestion to take), occupants appearing and leaving in the list, a message typed and sent
// with Enter reaching another occupant, an answer that mentions us, nickname completion with
// Tab, and being removed by a moderator, explained, then joining again with one click; the
// room remembered as a bookmark, and a bookmarked room opening by itself at sign-in; the
// message menu in a room: reacting, replying, editing, deleting and a moderator's deletion;
// Ctrl+F in a room; and the block list reviewed, with a second device seeing the changes.
#include "AccountHarness.h"
#include "AppTestSupport.h"
#include "ServerTest.h"
#include "app/Application.h"
#include "app/XmppLinkHandler.h"
#include "gui/BlockedListDialog.h"
#include "gui/ConversationView.h"
#include "gui/ConversationWidget.h"
#include "gui/ConversationWindows.h"
#include "gui/InvitationDialog.h"
#include "gui/JoinRoomDialog.h"
#include "gui/MainWindow.h"
#include "gui/MessageActions.h"
#include "gui/MessageDelegate.h"
#include "gui/MessageInput.h"
#include "gui/RoomBrowserDialog.h"
#include "gui/RoomListView.h"
#include "gui/RoomWidget.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/MessagesModel.h"
#include "im/models/OccupantsModel.h"
#include "im/models/RoomDirectoryModel.h"
#include "im/models/RoomListModel.h"
#include "im/services/BookmarkService.h"
#include "im/services/MessageService.h"
#include "im/services/RoomService.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"
#include "xmpp/modules/xep0191_blocking/BlockingModule.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Palaver;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

namespace {
// The harness's account in the room, or null when the room did not let it in.
Xmpp::MucRoom* joinAndWait(AccountHarness& harness, const Xmpp::Jid& room, const QString& nick)
{
    Xmpp::MucRoom* joining = harness.account().rooms().join(room, nick);
    const bool joined
        = QTest::qWaitFor([&] { return joining->state() == Xmpp::MucRoom::State::Joined; }, 10000);
    return joined ? joining : nullptr;
}

// Ann's tab of the room once she is in it, or null when she is not in time.
Gui::RoomWidget* joinedTab(App::Application& app, const Xmpp::Jid& room, int timeoutMs)
{
    Gui::RoomWidget* tab = nullptr;
    const bool joined = QTest::qWaitFor(
        [&] {
            tab = app.conversationWindows().room(u"ann@localhost"_s, room);
            return tab && tab->room().state() == Xmpp::MucRoom::State::Joined;
        },
        timeoutMs);
    return joined ? tab : nullptr;
}
} // namespace

class RoomWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mentionsAreWholeWords_data();
    void mentionsAreWholeWords();
    void joinTalkAndGetRemoved();
    void bookmarkedRoomOpensAtSignIn();
    void invitationJoinsWithOneClick();
    void browseTheServiceAndJoin();
    void messageMenuInTheRoom();
    void blockedAddressesAreReviewed();

private:
    // Ann's Palaver: a profile of its own with her account, the application on it, signed in.
    struct AnnsPalaver
    {
        QTemporaryDir dir;
        Im::Profile profile {dir.path()};
        std::unique_ptr<App::Application> app;
        Im::Account* ann = nullptr;
    };
    std::unique_ptr<AnnsPalaver> startAnn(
        const std::function<void(App::Application&)>& beforeStart = {}) const;

    ProsodyServer m_prosody;
};

void RoomWindowTest::initTestCase()
{
    PALAVER_START_SERVER(m_prosody,
        (QList<ServerAccount> {
            {u"ann"_s, u"pw-ann"_s}, {u"ben"_s, u"pw-ben"_s}, {u"cy"_s, u"pw-cy"_s}}));
}

void RoomWindowTest::mentionsAreWholeWords_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("mentioned");
    QTest::newRow("address") << u"ann: welcome"_s << true;
    QTest::newRow("any case") << u"Hi ANN!"_s << true;
    QTest::newRow("inside a word") << u"the annual meeting"_s << false;
    QTest::newRow("after a letter") << u"joann said"_s << false;
    QTest::newRow("last word") << u"thanks, ann"_s << true;
    QTest::newRow("absent") << u"hello everyone"_s << false;
}

void RoomWindowTest::mentionsAreWholeWords()
{
    QFETCH(QString, body);
    QFETCH(bool, mentioned);
    QCOMPARE(Gui::MessageDelegate::mentions(body, u"ann"_s), mentioned);
}

void RoomWindowTest::joinTalkAndGetRemoved()
{
    const QString garden = u"garden@"_s + m_prosody.mucDomain();
    const Xmpp::Jid gardenJid = Xmpp::Jid::fromString(garden);
    // Ben opens the room first and owns it; a stranger already uses "ann" there.
    AccountHarness ben(m_prosody, u"ben"_s, u"laptop"_s);
    AccountHarness cy(m_prosody, u"cy"_s, u"laptop"_s);
    QVERIFY(ben.signIn() && cy.signIn());
    Xmpp::MucRoom* benRoom = joinAndWait(ben, gardenJid, u"Ben"_s);
    QVERIFY(benRoom);
    Xmpp::MucRoom* cyRoom = joinAndWait(cy, gardenJid, u"ann"_s);
    QVERIFY(cyRoom);

    const auto palaver = startAnn();
    QVERIFY(palaver);
    App::Application& app = *palaver->app;
    Im::Account* ann = palaver->ann;

    // Ctrl+J opens the dialog; the nickname is the account's name.
    auto* joinAction = app.mainWindow().findChild<QAction*>(u"joinRoomAction"_s);
    QVERIFY(joinAction && joinAction->isEnabled());
    joinAction->trigger();
    auto* dialog = app.mainWindow().findChild<Gui::JoinRoomDialog*>();
    QVERIFY(dialog);
    QVERIFY(!dialog->joinButton()->isEnabled());
    QCOMPARE(dialog->nickEdit()->text(), u"ann"_s);
    QVERIFY(dialog->remember() && dialog->autojoin());
    QTest::mouseClick(dialog->rememberBox(), Qt::LeftButton);
    QVERIFY(!dialog->autojoinBox()->isEnabled() && !dialog->autojoin());
    QTest::mouseClick(dialog->rememberBox(), Qt::LeftButton);
    QVERIFY(dialog->autojoinBox()->isEnabled() && dialog->autojoin());
    QCOMPARE(unnamedControls(dialog), QStringList());
    QTest::keyClicks(dialog->roomEdit(), u"not an address"_s);
    QVERIFY(!dialog->joinButton()->isEnabled());
    dialog->roomEdit()->clear();
    QTest::keyClicks(dialog->roomEdit(), garden);
    QVERIFY(dialog->joinButton()->isEnabled());
    QTest::mouseClick(dialog->joinButton(), Qt::LeftButton);

    // "ann" is taken: the tab says so and offers "ann_".
    Gui::RoomWidget* room = app.conversationWindows().room(u"ann@localhost"_s, gardenJid);
    QVERIFY(room);
    auto* stateLabel = room->findChild<QLabel*>(u"stateLabel"_s);
    auto* retryEdit = room->findChild<QLineEdit*>(u"retryEdit"_s);
    auto* rejoinButton = room->findChild<QPushButton*>(u"rejoinButton"_s);
    QVERIFY(stateLabel && retryEdit && rejoinButton);
    QTRY_VERIFY_WITH_TIMEOUT(stateLabel->text().contains(u"already uses this nickname"_s), 10000);
    QVERIFY(retryEdit->isVisibleTo(room));
    QCOMPARE(retryEdit->text(), u"ann_"_s);
    retryEdit->clear();
    QTest::keyClicks(retryEdit, u"Ann"_s);
    QTest::mouseClick(rejoinButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(room->room().state(), Xmpp::MucRoom::State::Joined, 10000);
    QVERIFY(!room->findChild<QWidget*>(u"stateBanner"_s)->isVisibleTo(room));
    // Remembered (the dialog's default) with the nickname the room accepted.
    const auto kept = [&] { return ann->bookmarks().bookmark(gardenJid); };
    QTRY_VERIFY_WITH_TIMEOUT(kept() && kept()->nick == u"Ann"_s && kept()->autojoin, 10000);

    // Who is there: Ben moderates, Ann and "ann" (Cy) take part.
    auto* occupantView = room->findChild<QTreeView*>(u"occupantView"_s);
    QVERIFY(occupantView);
    Im::OccupantsModel& occupants = room->occupants();
    const auto names = [&](Xmpp::MucRole role) {
        QStringList list;
        const QModelIndex group = occupants.groupIndex(role);
        for (int row = 0; row < occupants.rowCount(group); ++row) {
            list << occupants.index(row, 0, group).data().toString();
        }
        return list;
    };
    QCOMPARE(names(Xmpp::MucRole::Moderator), QStringList {u"Ben"_s});
    QCOMPARE(names(Xmpp::MucRole::Participant), (QStringList {u"Ann"_s, u"ann"_s}));
    QVERIFY(occupantView->isRowHidden(
        occupants.groupIndex(Xmpp::MucRole::Visitor).row(), QModelIndex()));

    // Cy leaves: the list and the event line follow.
    cy.account().rooms().close(gardenJid);
    QTRY_COMPARE_WITH_TIMEOUT(names(Xmpp::MucRole::Participant), QStringList {u"Ann"_s}, 10000);
    QCOMPARE(room->findChild<QLabel*>(u"eventLabel"_s)->text(), u"ann left"_s);

    // Ann writes with Enter; Ben reads it.
    auto* input = room->findChild<Gui::MessageInput*>(u"input"_s);
    QVERIFY(input);
    input->setFocus();
    QTest::keyClicks(input, u"Hello garden"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(input->toPlainText().isEmpty());
    QVERIFY(ben.waitForHistory(gardenJid, [](const QList<Im::MessageRecord>& records) {
        return !records.isEmpty() && records.last().body == u"Hello garden"_s;
    }));
    Im::MessagesModel& messages = room->messages();
    QTRY_COMPARE_WITH_TIMEOUT(
        messages.data(messages.index(messages.rowCount() - 1), Im::MessagesModel::DeliveryStateRole)
            .toInt(),
        int(Im::MessageRecord::State::Sent), 10000);

    // Ben answers and names her; Tab completes his name.
    ben.account().rooms().sendMessage(gardenJid, u"Ann: welcome!"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        messages.data(messages.index(messages.rowCount() - 1), Im::MessagesModel::BodyRole)
            .toString(),
        u"Ann: welcome!"_s, 10000);
    QCOMPARE(messages.data(messages.index(messages.rowCount() - 1), Im::MessagesModel::SenderRole)
                 .toString(),
        gardenJid.withResource(u"Ben"_s).toString());
    QTest::keyClicks(input, u"be"_s);
    QTest::keyClick(input, Qt::Key_Tab);
    QCOMPARE(input->toPlainText(), u"Ben: "_s);
    QVERIFY(input->hasFocus());
    input->clear();
    saveScreenshot(room->window(), u"room.png"_s);
    QCOMPARE(unnamedControls(room->window()), QStringList());

    // A private word with Ben from his entry in the list: its own conversation, both ways.
    QMenu* menu = room->occupantMenu(u"Ben"_s);
    QAction* privately = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->text() == u"Private message"_s) {
            privately = action;
        }
    }
    QVERIFY(privately);
    privately->trigger();
    menu->close();
    const Xmpp::Jid benInRoom = gardenJid.withResource(u"Ben"_s);
    Gui::ConversationWidget* whisper
        = app.conversationWindows().conversation(u"ann@localhost"_s, benInRoom);
    QVERIFY(whisper);
    QCOMPARE(whisper->title(), u"Ben in garden"_s);
    auto* whisperInput = whisper->findChild<Gui::MessageInput*>(u"input"_s);
    whisperInput->setFocus();
    QTest::keyClicks(whisperInput, u"Just between us"_s);
    QTest::keyClick(whisperInput, Qt::Key_Return);
    const Xmpp::Jid annInRoom = gardenJid.withResource(u"Ann"_s);
    QVERIFY(ben.waitForHistory(annInRoom, [](const QList<Im::MessageRecord>& records) {
        return records.size() == 1 && records.first().body == u"Just between us"_s;
    }));
    ben.account().messages().sendMessage(annInRoom, u"Understood"_s);
    QTRY_COMPARE_WITH_TIMEOUT(whisper->messages().rowCount(), 2, 10000);
    // The room's own conversation kept neither.
    const QList<Im::MessageRecord> roomHistory = ben.history(gardenJid);
    QVERIFY(std::none_of(roomHistory.begin(), roomHistory.end(),
        [](const Im::MessageRecord& record) { return record.body == u"Just between us"_s; }));

    // Ben removes Ann with a reason: she reads why, and one click brings her back.
    std::optional<std::optional<Xmpp::StanzaError>> kicked;
    benRoom->setRole(u"Ann"_s, Xmpp::MucRole::None, u"Testing the door"_s, this,
        [&kicked](const std::optional<Xmpp::StanzaError>& error) { kicked = error; });
    QTRY_VERIFY_WITH_TIMEOUT(kicked.has_value(), 10000);
    QVERIFY(!kicked->has_value());
    QTRY_VERIFY_WITH_TIMEOUT(stateLabel->text().contains(u"Testing the door"_s), 10000);
    QVERIFY(stateLabel->text().contains(u"removed"_s));
    QVERIFY(!retryEdit->isVisibleTo(room));
    QTest::mouseClick(rejoinButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(room->room().state(), Xmpp::MucRoom::State::Joined, 10000);
    QCOMPARE(room->room().nick(), u"Ann"_s);

    // Leaving from the room menu closes the tab and stops joining it by itself.
    QSignalSpy closed(&ann->rooms(), &Im::RoomService::roomClosed);
    ann->rooms().close(gardenJid);
    QCOMPARE(closed.size(), 1);
    QTRY_VERIFY(!app.conversationWindows().room(u"ann@localhost"_s, gardenJid));
    QTRY_VERIFY_WITH_TIMEOUT(kept() && !kept()->autojoin, 10000);
}

void RoomWindowTest::bookmarkedRoomOpensAtSignIn()
{
    const Xmpp::Jid porch = Xmpp::Jid::fromString(u"porch@"_s + m_prosody.mucDomain());
    {
        AccountHarness elsewhere(m_prosody, u"ann"_s, u"phone"_s);
        QVERIFY(elsewhere.signIn());
        QTRY_VERIFY_WITH_TIMEOUT(elsewhere.account().bookmarks().isLoaded(), 10000);
        Xmpp::RoomBookmark bookmark;
        bookmark.room = porch;
        bookmark.name = u"The porch"_s;
        bookmark.autojoin = true;
        elsewhere.account().bookmarks().save(bookmark);
        QTRY_VERIFY_WITH_TIMEOUT(elsewhere.account().bookmarks().bookmark(porch), 10000);
        QTest::qWait(300); // stored on the server before this device goes
    }
    std::unique_ptr<QAbstractItemModelTester> tester;
    const auto palaver = startAnn([&tester](App::Application& starting) {
        tester
            = std::make_unique<QAbstractItemModelTester>(starting.mainWindow().roomsView().model(),
                QAbstractItemModelTester::FailureReportingMode::QtTest);
    });
    QVERIFY(palaver);
    App::Application& app = *palaver->app;
    QAbstractItemModel* rooms = app.mainWindow().roomsView().model();
    Gui::RoomWidget* room = joinedTab(app, porch, 15000);
    QVERIFY(room);
    QCOMPARE(room->room().nick(), u"ann"_s);
    QVERIFY(room->isVisibleTo(room->window()));

    // The Rooms list above the contacts names it as the bookmark does, joined, and counts
    // what arrives unread.
    const auto porchRow = [&] {
        for (int row = 0; row < rooms->rowCount(); ++row) {
            if (rooms->index(row, 0).data(Im::RoomListModel::JidRole) == porch.toString()) {
                return rooms->index(row, 0);
            }
        }
        return QModelIndex();
    };
    QTRY_VERIFY(porchRow().isValid() && porchRow().data(Im::RoomListModel::JoinedRole).toBool());
    QCOMPARE(porchRow().data().toString(), u"The porch"_s);
    QVERIFY(app.mainWindow().roomsView().isVisibleTo(&app.mainWindow()));
    AccountHarness ben(m_prosody, u"ben"_s, u"porch"_s);
    QVERIFY(ben.signIn());
    ben.account().rooms().join(porch, u"Ben"_s);
    QTRY_VERIFY_WITH_TIMEOUT(room->room().occupants().contains(u"Ben"_s), 10000);
    // The user looks at the contacts, not at the room.
    app.mainWindow().show();
    app.mainWindow().activateWindow();
    QTRY_VERIFY(app.mainWindow().isActiveWindow());
    ben.account().rooms().sendMessage(porch, u"Anyone on the porch?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(porchRow().data(Im::RoomListModel::UnreadRole).toInt(), 1, 10000);
    saveScreenshot(&app.mainWindow(), u"rooms-list.png"_s);

    // An xmpp:…?join link opens the dialog filled in; one to a room we are in, its tab.
    QString error;
    const QString lobby = u"lobby@"_s + m_prosody.mucDomain();
    QVERIFY(app.links().open(u"xmpp:"_s + lobby + u"?join;password=open%20sesame"_s, &error));
    auto* dialog = app.mainWindow().findChild<Gui::JoinRoomDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->roomEdit()->text(), lobby);
    QCOMPARE(dialog->passwordEdit()->text(), u"open sesame"_s);
    QVERIFY(dialog->joinButton()->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!app.mainWindow().findChild<Gui::JoinRoomDialog*>());
    QVERIFY(app.links().open(u"xmpp:"_s + porch.toString() + u"?join"_s, &error));
    QVERIFY(!app.mainWindow().findChild<Gui::JoinRoomDialog*>());
}

void RoomWindowTest::invitationJoinsWithOneClick()
{
    const Xmpp::Jid terrace = Xmpp::Jid::fromString(u"terrace@"_s + m_prosody.mucDomain());
    AccountHarness ben(m_prosody, u"ben"_s, u"tablet"_s);
    QVERIFY(ben.signIn());
    Xmpp::MucRoom* benRoom = joinAndWait(ben, terrace, u"Ben"_s);
    QVERIFY(benRoom);
    const auto palaver = startAnn();
    QVERIFY(palaver);
    App::Application& app = *palaver->app;
    QTest::qWait(300); // her presence is out: invitations go to available devices

    ben.account().rooms().invite(
        terrace, Xmpp::Jid::fromString(u"ann@localhost"_s), u"Sunset drinks"_s);
    Gui::InvitationDialog* dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (dialog = app.mainWindow().findChild<Gui::InvitationDialog*>()); }, 10000));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->invitation().mediated);
    const QStringList texts = [&] {
        QStringList all;
        for (const QLabel* label : dialog->findChildren<QLabel*>()) {
            all << label->text();
        }
        return all;
    }();
    QVERIFY2(
        texts.join(u' ').contains(u"Ben invites you to terrace"_s), qPrintable(texts.join(u'|')));
    QVERIFY(texts.join(u' ').contains(u"Sunset drinks"_s));
    saveScreenshot(dialog, u"invitation.png"_s);
    QTest::mouseClick(dialog->joinButton(), Qt::LeftButton);
    QVERIFY(joinedTab(app, terrace, 10000));
    QTRY_VERIFY(benRoom->occupants().contains(u"ann"_s));
}

void RoomWindowTest::browseTheServiceAndJoin()
{
    const Xmpp::Jid library = Xmpp::Jid::fromString(u"library@"_s + m_prosody.mucDomain());
    AccountHarness ben(m_prosody, u"ben"_s, u"reader"_s);
    QVERIFY(ben.signIn());
    Xmpp::MucRoom* benRoom = joinAndWait(ben, library, u"Ben"_s);
    QVERIFY(benRoom);
    // Prosody's rooms are unlisted until their owner says otherwise.
    std::optional<Xmpp::DataForm> form;
    benRoom->requestConfiguration(
        this, [&form](const std::optional<Xmpp::DataForm>& received, const Xmpp::StanzaError&) {
            form = received.value_or(Xmpp::DataForm {});
        });
    QTRY_VERIFY_WITH_TIMEOUT(form.has_value(), 10000);
    QVERIFY(form->field(u"muc#roomconfig_publicroom") && form->field(u"muc#roomconfig_roomname"));
    form->field(u"muc#roomconfig_publicroom")->values = {u"1"_s};
    form->field(u"muc#roomconfig_roomname")->values = {u"The Library"_s};
    std::optional<std::optional<Xmpp::StanzaError>> configured;
    benRoom->submitConfiguration(*form, this,
        [&configured](const std::optional<Xmpp::StanzaError>& error) { configured = error; });
    QTRY_VERIFY_WITH_TIMEOUT(configured.has_value() && !configured->has_value(), 10000);

    const auto palaver = startAnn();
    QVERIFY(palaver);
    App::Application& app = *palaver->app;

    auto* browse = app.mainWindow().findChild<QAction*>(u"browseRoomsAction"_s);
    QVERIFY(browse && browse->isEnabled());
    browse->trigger();
    auto* browser = app.mainWindow().findChild<Gui::RoomBrowserDialog*>();
    QVERIFY(browser);
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(browser->roomView()->model());
    QVERIFY(proxy && proxy->sourceModel());
    QAbstractItemModelTester tester(
        proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The server's own chat service is found and listed by itself.
    QTRY_COMPARE_WITH_TIMEOUT(browser->serviceEdit()->text(), m_prosody.mucDomain(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(proxy->rowCount() >= 1, 10000);
    QTest::keyClicks(browser->searchEdit(), u"LIBR"_s);
    QCOMPARE(proxy->rowCount(), 1);
    const QModelIndex row = proxy->index(0, Im::RoomDirectoryModel::OccupantsColumn);
    QTRY_COMPARE_WITH_TIMEOUT(row.data().toInt(), 1, 10000); // Ben
    QCOMPARE(proxy->index(0, Im::RoomDirectoryModel::AddressColumn).data().toString(),
        library.toString());
    QCOMPARE(
        proxy->index(0, Im::RoomDirectoryModel::NameColumn).data().toString(), u"The Library"_s);
    QCOMPARE(browser->statusLabel()->text(), u"One public room."_s);
    QTest::keyClicks(browser->searchEdit(), u"nothing like it"_s);
    QCOMPARE(proxy->rowCount(), 0);
    browser->searchEdit()->clear();
    QTest::keyClicks(browser->searchEdit(), u"library"_s);
    saveScreenshot(browser, u"room-browser.png"_s);

    // Chosen: the join dialog takes over, filled in.
    browser->roomView()->setCurrentIndex(proxy->index(0, 0));
    QVERIFY(browser->joinButton()->isEnabled());
    QTest::mouseClick(browser->joinButton(), Qt::LeftButton);
    auto* join = app.mainWindow().findChild<Gui::JoinRoomDialog*>();
    QVERIFY(join);
    QCOMPARE(join->roomEdit()->text(), library.toString());
    QTest::mouseClick(join->joinButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(benRoom->occupants().contains(u"ann"_s), 10000);
}

std::unique_ptr<RoomWindowTest::AnnsPalaver> RoomWindowTest::startAnn(
    const std::function<void(App::Application&)>& beforeStart) const
{
    auto palaver = std::make_unique<AnnsPalaver>();
    if (!palaver->profile.open()) {
        return nullptr;
    }
    Im::AccountSettings settings;
    settings.jid = Xmpp::Jid::fromString(u"ann@localhost"_s);
    settings.host = u"127.0.0.1"_s;
    settings.port = m_prosody.port();
    settings.pinnedCertificate = m_prosody.serverFingerprint();
    settings.passwordInProfile = true;
    palaver->profile.saveAccount(settings);
    palaver->profile.setStoredPassword(settings.jid, m_prosody.passwordOf(u"ann"_s));
    palaver->app = std::make_unique<App::Application>(palaver->profile);
    if (beforeStart) {
        beforeStart(*palaver->app);
    }
    palaver->app->start();
    palaver->ann = palaver->app->account(u"ann@localhost"_s);
    const bool connected = palaver->ann
        && QTest::qWaitFor([&] { return palaver->ann->client().isConnected(); }, 15000);
    return connected ? std::move(palaver) : nullptr;
}

void RoomWindowTest::messageMenuInTheRoom()
{
    const Xmpp::Jid attic = Xmpp::Jid::fromString(u"attic@"_s + m_prosody.mucDomain());
    AccountHarness ben(m_prosody, u"ben"_s, u"desk"_s);
    QVERIFY(ben.signIn());
    QVERIFY(joinAndWait(ben, attic, u"Ben"_s)); // Ben made it: he moderates
    const auto palaver = startAnn();
    QVERIFY(palaver);
    App::Application& app = *palaver->app;
    palaver->ann->rooms().join(attic, u"Ann"_s);
    Gui::RoomWidget* room = joinedTab(app, attic, 15000);
    QVERIFY(room);
    auto* view = room->findChild<Gui::ConversationView*>();
    QAbstractItemModel* messages = view->model();
    Im::MessagesModel& model = room->messages();
    const auto benSees = [&](const std::function<bool(const Im::MessageRecord&)>& matches) {
        return ben.waitForHistory(attic, [&](const QList<Im::MessageRecord>& records) {
            return std::any_of(records.begin(), records.end(), matches);
        });
    };

    ben.account().rooms().sendMessage(attic, u"Who brings the cake?"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        messages->rowCount() == 1 && !model.record(0)->archiveId.isEmpty(), 10000);
    const QString question = model.record(0)->archiveId;

    // Ctrl+F finds words in the room as in a chat.
    QTest::keyClick(room->findChild<Gui::MessageInput*>(), Qt::Key_F, Qt::ControlModifier);
    auto* searchEdit = room->findChild<QLineEdit*>(u"searchEdit"_s);
    QVERIFY(searchEdit && searchEdit->isVisible() && searchEdit->hasFocus());
    QTest::keyClicks(searchEdit, u"cake"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        room->findChild<QLabel*>(u"searchResultLabel"_s)->text(), u"1 of 1"_s, 10000);
    QTest::keyClick(searchEdit, Qt::Key_Escape);
    QVERIFY(!searchEdit->isVisible());

    // Ben's message: Ann may answer and react, not edit or delete it.
    QStringList offered;
    QTimer::singleShot(100, this, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction* action : menu->actions()) {
            offered.append(action->text());
        }
        menu->close();
    });
    room->messageActions().showMenu(0, room->mapToGlobal(QPoint(40, 40)));
    QVERIFY2(offered.contains(u"&Reply"_s) && offered.contains(u"Re&act"_s)
            && !offered.contains(u"&Edit"_s) && !offered.contains(u"&Delete for Everyone…"_s)
            && !offered.contains(u"&Delete as Moderator…"_s),
        qPrintable(offered.join(u", ")));

    // A reaction and a reply reach Ben, naming the message by the room's id.
    room->messageActions().toggleReaction(0, u"🎂"_s);
    QVERIFY(benSees([&](const Im::MessageRecord& r) {
        return r.archiveId == question && r.reactions.size() == 1
            && r.reactions.first().reactor == attic.withResource(u"Ann"_s).toString();
    }));
    room->messageActions().startReply(0);
    auto* input = room->findChild<Gui::MessageInput*>();
    QTest::keyClicks(input, u"I do"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(benSees(
        [&](const Im::MessageRecord& r) { return r.body == u"I do"_s && r.replyTo == question; }));
    QTRY_VERIFY_WITH_TIMEOUT(
        messages->rowCount() == 2 && !model.record(1)->archiveId.isEmpty(), 10000);
    saveScreenshot(room->window(), u"room-reply.png"_s);

    // Up edits Ann's last message; Ben sees the new text.
    QTest::keyClick(input, Qt::Key_Up);
    QVERIFY(room->findChild<QWidget*>(u"editBanner"_s)->isVisible());
    QCOMPARE(input->toPlainText(), u"I do"_s);
    QTest::keyClicks(input, u", a big one"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(benSees(
        [&](const Im::MessageRecord& r) { return r.body == u"I do, a big one"_s && r.corrected; }));
    QVERIFY(!room->findChild<QWidget*>(u"editBanner"_s)->isVisible());

    // Ann deletes it for everyone.
    answerNextMessageBox(QMessageBox::Yes);
    room->messageActions().retract(1);
    QVERIFY(benSees([&](const Im::MessageRecord& r) { return r.retracted; }));
    QTRY_VERIFY(messages->index(1, 0).data(Im::MessagesModel::RetractedRole).toBool());

    // Ben, a moderator, deletes Ann's next message; it goes from Ann's view too.
    QTest::keyClicks(input, u"something rude"_s);
    QTest::keyClick(input, Qt::Key_Return);
    std::optional<Im::MessageRecord> rude;
    QVERIFY(ben.waitForHistory(attic, [&](const QList<Im::MessageRecord>& records) {
        for (const Im::MessageRecord& r : records) {
            if (r.body == u"something rude"_s && !r.archiveId.isEmpty()) {
                rude = r;
            }
        }
        return rude.has_value();
    }));
    ben.account().rooms().moderate(attic, *rude, u"be kind"_s, this, [](const auto&) {});
    QTRY_VERIFY_WITH_TIMEOUT(
        messages->index(2, 0).data(Im::MessagesModel::RetractedRole).toBool(), 10000);
    // Shown with the moderator's reason, unlike one's own retraction.
    QCOMPARE(
        messages->index(2, 0).data(Im::MessagesModel::ModerationRole).toString(), u"be kind"_s);
    QVERIFY(!messages->index(1, 0).data(Im::MessagesModel::ModerationRole).isValid());
    view->selectAll();
    QStringList shown;
    for (const auto& part : view->selectedTextParts()) {
        shown.append(part.second);
    }
    view->clearTextSelection();
    QVERIFY2(shown.contains(u"A moderator deleted this message: be kind"_s),
        qPrintable(shown.join(u" | "_s)));
    QVERIFY(shown.contains(u"This message was deleted."_s));
}

// Not about rooms: the block list, on the same real server, seen from a second device too.
void RoomWindowTest::blockedAddressesAreReviewed()
{
    AccountHarness phone(m_prosody, u"ann"_s, u"phone"_s);
    QVERIFY(phone.signIn());
    auto* phoneBlocking = phone.account().client().findModule<Xmpp::BlockingModule>();
    const auto palaver = startAnn();
    QVERIFY(palaver);
    App::Application& app = *palaver->app;
    auto* blockedAction = app.mainWindow().findChild<QAction*>(u"blockedAction"_s);
    QVERIFY(blockedAction);
    blockedAction->trigger();
    auto* dialog = app.mainWindow().findChild<Gui::BlockedListDialog*>();
    QVERIFY(dialog);
    QCOMPARE(unnamedControls(dialog), QStringList());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->blockButton().isEnabled(), 10000);
    QCOMPARE(dialog->statusLabel().text(), u"Nobody is blocked."_s);

    QTest::keyClicks(&dialog->addressEdit(), u"not an address"_s);
    QTest::mouseClick(&dialog->blockButton(), Qt::LeftButton);
    QVERIFY(dialog->statusLabel().text().contains(u"not an address"_s));
    dialog->addressEdit().clear();
    QTest::keyClicks(&dialog->addressEdit(), u"spammer@localhost"_s);
    QTest::mouseClick(&dialog->blockButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->list().count(), 1, 10000);
    QCOMPARE(dialog->list().item(0)->text(), u"spammer@localhost"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        phoneBlocking->isBlocked(Xmpp::Jid::fromString(u"spammer@localhost"_s)), 10000);
    saveScreenshot(dialog, u"blocked-addresses.png"_s);

    dialog->list().item(0)->setSelected(true);
    QVERIFY(dialog->unblockButton().isEnabled());
    QTest::mouseClick(&dialog->unblockButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->list().count(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(phoneBlocking->blocked().isEmpty(), 10000);
    dialog->close();
}

QTEST_MAIN(RoomWindowTest)
#include "tst_roomwindow.moc"

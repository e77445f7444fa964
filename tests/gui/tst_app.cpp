// The whole application against a real Prosody, driven through its widgets offscreen: first
// sign-in through the assistant with the certificate trust dialog, a contact request approved
// with the row's own button, a message arriving in a new tab and a reply typed and sent with
// Enter, a status chosen in the selector reaching the contact, and later starts of the program
// handing xmpp: links and a status to the running one. With
// PALAVER_SCREENSHOT_DIR set, it saves pictures of the windows there.
#include "AccountHarness.h"
#include "AppTestSupport.h"
#include "ServerTest.h"
#include "app/Application.h"
#include "app/SingleInstance.h"
#include "gui/AccountAssistant.h"
#include "gui/AddContactDialog.h"
#include "gui/CertificateDialog.h"
#include "gui/ChatWindow.h"
#include "gui/ContactDetailsDialog.h"
#include "gui/ConversationWidget.h"
#include "gui/ConversationWindows.h"
#include "gui/DataFormWidget.h"
#include "gui/MainWindow.h"
#include "gui/MessageInput.h"
#include "gui/NewChatDialog.h"
#include "gui/PreferencesDialog.h"
#include "gui/RegistrationDialog.h"
#include "gui/RosterDelegate.h"
#include "gui/StatusSelector.h"
#include "gui/XmlConsoleWindow.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/MessagesModel.h"
#include "im/models/RosterModel.h"
#include "im/services/MessageService.h"
#include "im/services/PresenceService.h"
#include "im/services/RosterService.h"
#include "im/storage/AvatarStore.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/modules/avatars/AvatarModule.h"
#include "xmpp/modules/xep0054_vcard/VCardModule.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <unistd.h>

using namespace Palaver;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

namespace {

// Makes two accounts see each other's status, unless an earlier test did.
void befriend(Im::Account& ann, Im::Account& ben)
{
    const Xmpp::Jid annJid = Xmpp::Jid::fromString(ann.jid());
    const Xmpp::Jid benJid = Xmpp::Jid::fromString(ben.jid());
    const auto both = [&] {
        const auto item = ann.roster().item(benJid);
        return item && item->subscription == Xmpp::RosterItem::Subscription::Both;
    };
    if (both()) {
        return;
    }
    ben.roster().addContact(annJid, {}, {}, {});
    QVERIFY(QTest::qWaitFor([&] { return !ann.roster().requests().isEmpty(); }, 10000));
    ann.roster().approve(benJid, true);
    QVERIFY(QTest::qWaitFor([&] { return !ben.roster().requests().isEmpty(); }, 10000));
    ben.roster().approve(annJid, false);
    QVERIFY(QTest::qWaitFor(both, 10000));
}

ProsodyServer::Options withRegistration()
{
    ProsodyServer::Options options;
    options.allowRegistration = true;
    return options;
}

} // namespace

class AppTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInApproveChatAndSetStatus();
    void laterStartsHandOverLinksAndStatus();
    void contactDetailsFromTheContextMenu();
    void createAccountFromTheAssistant();

private:
    // Puts a test account into the profile as the assistant would leave it.
    void addAccount(Im::Profile& profile, const QString& user) const;

    ProsodyServer m_prosody {withRegistration()};
};

void AppTest::initTestCase()
{
    PALAVER_START_SERVER(
        m_prosody, (QList<ServerAccount> {{u"ann"_s, u"pw-ann"_s}, {u"ben"_s, u"pw-ben"_s}}));
}

void AppTest::signInApproveChatAndSetStatus()
{
    QTemporaryDir profileDir;
    Im::Profile profile(profileDir.path());
    QVERIFY(profile.open());
    App::Application app(profile);
    app.start();
    Gui::MainWindow& window = app.mainWindow();
    window.resize(340, 600);
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // First run: the assistant asks for the account.
    Gui::AccountAssistant* assistant = app.showAccountAssistant();
    QVERIFY(assistant && assistant->isVisible());
    QTest::keyClicks(assistant->findChild<QLineEdit*>(u"addressEdit"_s), u"ann@localhost"_s);
    QTest::keyClicks(assistant->findChild<QLineEdit*>(u"passwordEdit"_s), u"pw-ann"_s);
    assistant->findChild<QGroupBox*>(u"advancedBox"_s)->setChecked(true);
    QTest::keyClicks(assistant->findChild<QLineEdit*>(u"hostEdit"_s), u"127.0.0.1"_s);
    assistant->findChild<QSpinBox*>(u"portSpin"_s)->setValue(m_prosody.port());
    saveScreenshot(assistant, u"sign-in.png"_s);
    QCOMPARE(unnamedControls(assistant), QStringList());
    bool certificateShown = false;
    connect(assistant, &Gui::AccountAssistant::certificateDialogShown, this,
        [&certificateShown](Gui::CertificateDialog* dialog) {
            certificateShown = true;
            QTimer::singleShot(50, dialog, [dialog] {
                saveScreenshot(dialog, u"certificate.png"_s);
                QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
            });
        });
    // No keychain runs here: the app asks whether the profile may keep the password.
    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(assistant->signInButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return app.account(u"ann@localhost"_s) != nullptr; }, 20000));
    QVERIFY(certificateShown);
    Im::Account& ann = *app.account(u"ann@localhost"_s);
    QVERIFY(QTest::qWaitFor([&] { return ann.client().isConnected(); }, 15000));
    const auto stored = profile.account(Xmpp::Jid::fromString(u"ann@localhost"_s));
    QVERIFY(stored);
    QCOMPARE(stored->pinnedCertificate, m_prosody.serverFingerprint());
    QVERIFY(QTest::qWaitFor([&] { return profile.account(stored->jid)->passwordInProfile; }, 5000));
    QCOMPARE(profile.storedPassword(stored->jid), u"pw-ann"_s);

    // Ben asks to see Ann's status; she approves with the button on his row.
    AccountHarness ben(m_prosody, u"ben"_s, u"pc"_s);
    QVERIFY(ben.signIn());
    ben.account().roster().addContact(
        Xmpp::Jid::fromString(u"ann@localhost"_s), u"Ann"_s, {}, u"Hi, it's Ben"_s);
    auto* view = qobject_cast<QTreeView*>(&window.rosterView());
    QModelIndex request;
    QVERIFY(QTest::qWaitFor(
        [&] { return (request = findContact(view->model(), u"ben@localhost"_s)).isValid(); },
        10000));
    QVERIFY(request.data(Im::RosterModel::RequestPendingRole).toBool());
    saveScreenshot(&window, u"request.png"_s);
    const QRect row = view->visualRect(request);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
        window.rosterDelegate().approveButtonRect(row, request).center());
    const auto both = [&] {
        const auto item = ben.account().roster().item(Xmpp::Jid::fromString(u"ann@localhost"_s));
        return item && item->subscription == Xmpp::RosterItem::Subscription::Both;
    };
    // Approving asks back, so both see each other once Ben approves too.
    QVERIFY(QTest::qWaitFor([&] { return !ben.account().roster().requests().isEmpty(); }, 10000));
    ben.account().roster().approve(Xmpp::Jid::fromString(u"ann@localhost"_s), false);
    QVERIFY(QTest::qWaitFor(both, 10000));

    // Ben writes; Ann's conversation opens by itself with his message.
    ben.account().messages().sendMessage(
        Xmpp::Jid::fromString(u"ann@localhost"_s), u"Hello *Ann*, see https://example.org"_s);
    Gui::ConversationWidget* conversation = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            conversation = app.conversationWindows().conversation(
                u"ann@localhost"_s, Xmpp::Jid::fromString(u"ben@localhost"_s));
            return conversation && conversation->messages().rowCount() == 1;
        },
        10000));
    QVERIFY(conversation->window()->isVisible());

    // She answers by typing and pressing Enter.
    conversation->window()->resize(560, 520);
    auto* input = conversation->findChild<Gui::MessageInput*>(u"input"_s);
    QTest::keyClicks(input, u"Hi Ben! /me is fine"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(ben.waitForHistory(
        Xmpp::Jid::fromString(u"ann@localhost"_s), [](const QList<Im::MessageRecord>& records) {
            return records.size() == 2 && records.last().body == u"Hi Ben! /me is fine";
        }));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return conversation->messages().rowCount() == 2
                && conversation->messages()
                       .index(1)
                       .data(Im::MessagesModel::DeliveryStateRole)
                       .toInt()
                >= int(Im::MessageRecord::State::Delivered);
        },
        10000));

    // "Away — coffee break" from the selector reaches Ben.
    auto* showCombo = window.statusSelector().findChild<QComboBox*>(u"showCombo"_s);
    auto* messageCombo = window.statusSelector().findChild<QComboBox*>(u"messageCombo"_s);
    const int away = showCombo->findData(int(Xmpp::Presence::Show::Away));
    showCombo->setCurrentIndex(away);
    messageCombo->lineEdit()->clear();
    QTest::keyClicks(messageCombo->lineEdit(), u"coffee break"_s);
    QTest::keyClick(messageCombo->lineEdit(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto& best
                = ben.account().presence().best(Xmpp::Jid::fromString(u"ann@localhost"_s));
            return best.available && best.show == Xmpp::Presence::Show::Away
                && best.status == u"coffee break";
        },
        10000));
    QTest::qWait(200);
    saveScreenshot(&window, u"roster.png"_s);
    saveScreenshot(conversation->window(), u"conversation.png"_s);
    QCOMPARE(unnamedControls(&window), QStringList());
    QCOMPARE(unnamedControls(conversation->window()), QStringList());

    // The XML console shows the live stream and sends raw XML.
    window.findChild<QAction*>(u"xmlConsoleAction"_s)->trigger();
    auto* console = window.findChild<Gui::XmlConsoleWindow*>();
    QVERIFY(console && console->isVisible());
    messageCombo->lineEdit()->clear();
    QTest::keyClicks(messageCombo->lineEdit(), u"back"_s);
    QTest::keyClick(messageCombo->lineEdit(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor(
        [&] { return console->logText().contains(u"<status>back</status>"_s); }, 10000));
    auto* rawInput = console->findChild<QPlainTextEdit*>(u"inputEdit"_s);
    QTest::keyClicks(rawInput,
        u"<message to='ben@localhost' type='chat' id='raw1'><body>raw hello</body></message>"_s);
    QTest::mouseClick(console->findChild<QPushButton*>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY(ben.waitForHistory(
        Xmpp::Jid::fromString(u"ann@localhost"_s), [](const QList<Im::MessageRecord>& records) {
            return records.last().body == u"raw hello";
        }));
    saveScreenshot(console, u"xml-console.png"_s);
    console->close();

    // Preferences apply at once: no typing notifications from now on.
    window.findChild<QAction*>(u"preferencesAction"_s)->trigger();
    auto* preferences = window.findChild<Gui::PreferencesDialog*>();
    QVERIFY(preferences && preferences->isVisible());
    auto* tabs = preferences->findChild<QTabWidget*>(u"tabs"_s);
    tabs->setCurrentIndex(tabs->count() - 1);
    auto* chatStates = preferences->findChild<QCheckBox*>(u"chatStatesCheck"_s);
    QVERIFY(chatStates->isChecked());
    QTest::mouseClick(chatStates, Qt::LeftButton, {}, QPoint(8, chatStates->height() / 2));
    QCOMPARE(profile.settings().value(u"privacy/chatStates"_s).toBool(), false);
    saveScreenshot(preferences, u"preferences.png"_s);
    QCOMPARE(unnamedControls(preferences), QStringList());
    preferences->close();
    QTest::keyClicks(input, u"quiet typing"_s);
    QTest::qWait(300);
    QCOMPARE(ben.account().messages().peerChatState(Xmpp::Jid::fromString(u"ann@localhost"_s)),
        Xmpp::ChatState::Active);

    // Separate windows: the open conversation moves to a window of its own, text and all;
    // the next one gets another window; back to tabs gathers them again.
    Gui::ConversationWidget* other = app.openChat(u"ann@localhost"_s, u"dora@localhost"_s);
    QVERIFY(other);
    QCOMPARE(other->window(), conversation->window());
    window.findChild<QAction*>(u"preferencesAction"_s)->trigger();
    preferences = window.findChild<Gui::PreferencesDialog*>();
    preferences->findChild<QCheckBox*>(u"separateWindowsCheck"_s)->setChecked(true);
    preferences->close();
    QVERIFY(other->window() != conversation->window());
    QVERIFY(conversation->window()->isVisible());
    QCOMPARE(conversation->draft(), u"quiet typing"_s);
    Gui::ConversationWidget* third = app.openChat(u"ann@localhost"_s, u"eve@localhost"_s);
    QVERIFY(third->window() != other->window() && third->window() != conversation->window());
    saveScreenshot(conversation->window(), u"separate-window.png"_s);
    preferences = nullptr;
    window.findChild<QAction*>(u"preferencesAction"_s)->trigger();
    preferences = window.findChild<Gui::PreferencesDialog*>();
    preferences->findChild<QCheckBox*>(u"separateWindowsCheck"_s)->setChecked(false);
    preferences->close();
    QCOMPARE(third->window(), conversation->window());
    QCOMPARE(other->window(), conversation->window());
    QCOMPARE(app.conversationWindows().conversations().size(), 3);
}

namespace {

// Runs the real program as a second start and returns its exit code; the running instance
// (this test) keeps its event loop turning meanwhile so it can answer.
int startAgain(const QStringList& arguments, QString* errorOutput = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(PALAVER_EXECUTABLE), arguments);
    if (!process.waitForStarted(10000)) {
        return -1;
    }
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (errorOutput) {
        *errorOutput = QString::fromLocal8Bit(process.readAllStandardError());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

void AppTest::laterStartsHandOverLinksAndStatus()
{
    QTemporaryDir profileDir;
    Im::Profile profile(profileDir.path());
    QVERIFY(profile.open());
    addAccount(profile, u"ann"_s);
    // A second account of the same person: the roster shows one section per account.
    addAccount(profile, u"ben"_s);

    App::SingleInstance instance(profileDir.path());
    QVERIFY(instance.acquire());
    QString error;
    QVERIFY2(instance.listen(&error), qPrintable(error));
    // The hand-over socket is in the user's own runtime directory, not a shared temp one.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    QVERIFY2(instance.serverName().startsWith(runtime + u'/'), qPrintable(instance.serverName()));
    QCOMPARE(QFileInfo(runtime).ownerId(), uint(getuid()));
    QVERIFY(!(QFileInfo(runtime).permissions() & (QFile::ReadOther | QFile::WriteOther)));
    App::Application app(profile);
    app.acceptLaunchRequestsFrom(instance);
    app.start();
    QVERIFY(QTest::qWaitFor([&] { return app.account(u"ben@localhost"_s) != nullptr; }, 5000));
    QVERIFY(app.account(u"ann@localhost"_s));
    AccountHarness ben(m_prosody, u"ben"_s, u"links"_s);
    QVERIFY(ben.signIn());
    QAbstractItemModel* roster = app.mainWindow().rosterView().model();
    QCOMPARE(roster->rowCount(), 2);
    QCOMPARE(roster->index(0, 0).data(Im::RosterModel::AccountRole).toString(), u"ann@localhost"_s);
    QCOMPARE(roster->index(1, 0).data(Im::RosterModel::AccountRole).toString(), u"ben@localhost"_s);
    // Ann and Ben know each other from the first test: each is in the other's section.
    QModelIndex benInAnns;
    QVERIFY(QTest::qWaitFor(
        [&] {
            benInAnns = findContact(roster, u"ben@localhost"_s, roster->index(0, 0));
            return benInAnns.isValid()
                && findContact(roster, u"ann@localhost"_s, roster->index(1, 0)).isValid();
        },
        15000));
    QCOMPARE(benInAnns.data(Im::RosterModel::AccountRole).toString(), u"ann@localhost"_s);
    app.mainWindow().resize(340, 600);
    QTest::qWait(200);
    saveScreenshot(&app.mainWindow(), u"accounts.png"_s);

    const QString configDir = u"--config-dir="_s + profileDir.path();
    // A link with a message opens the chat with the text waiting to be sent.
    QCOMPARE(startAgain({configDir,
                 u"xmpp://ann@localhost/ben@localhost?message;body=Hello%20from%20a%20link"_s}),
        0);
    Gui::ConversationWidget* chat = app.conversationWindows().conversation(
        u"ann@localhost"_s, Xmpp::Jid::fromString(u"ben@localhost"_s));
    QVERIFY(chat);
    QCOMPARE(chat->draft(), u"Hello from a link"_s);

    // The dark palette, chosen in Preferences, for the screenshots to be looked at.
    app.mainWindow().findChild<QAction*>(u"preferencesAction"_s)->trigger();
    auto* preferences = app.mainWindow().findChild<Gui::PreferencesDialog*>();
    preferences->findChild<QComboBox*>(u"themeCombo"_s)->setCurrentIndex(2);
    QCOMPARE(profile.settings().value(u"appearance/theme"_s).toInt(), 2);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    preferences->close();
    chat->window()->resize(560, 520);
    QTest::qWait(200);
    saveScreenshot(&app.mainWindow(), u"dark-roster.png"_s);
    saveScreenshot(chat->window(), u"dark-conversation.png"_s);
    QVERIFY(chat->window()->isVisible());

    // ?roster opens the add-contact dialog with what the link suggests.
    QCOMPARE(startAgain({configDir, u"xmpp:carl@localhost?roster;name=Carl;group=Friends"_s}), 0);
    auto* dialog = app.mainWindow().findChild<Gui::AddContactDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit*>(u"addressEdit"_s)->text(), u"carl@localhost"_s);
    QCOMPARE(dialog->findChild<QLineEdit*>(u"nameEdit"_s)->text(), u"Carl"_s);
    QCOMPARE(dialog->findChild<QComboBox*>(u"groupCombo"_s)->currentText(), u"Friends"_s);
    dialog->close();

    // A screen-lock script sets the status of the running instance.
    QVERIFY(QTest::qWaitFor(
        [&] { return app.account(u"ann@localhost"_s)->client().isConnected(); }, 15000));
    QCOMPARE(startAgain({configDir, u"--status"_s, u"dnd"_s, u"In"_s, u"a meeting"_s}), 0);
    QCOMPARE(
        app.mainWindow().statusSelector().chosenShow(), int(Xmpp::Presence::Show::DoNotDisturb));
    QCOMPARE(app.mainWindow().statusSelector().message(), u"In a meeting"_s);

    // Nonsense is refused by the second start itself, with words, before reaching us.
    QString complaint;
    QCOMPARE(startAgain({configDir, u"--status"_s, u"sleepy"_s}, &complaint), 2);
    QVERIFY2(complaint.contains(u"sleepy"_s), qPrintable(complaint));
    QCOMPARE(startAgain({configDir, u"https://example.org"_s}, &complaint), 2);
    QVERIFY2(complaint.contains(u"not an xmpp: address"_s), qPrintable(complaint));

    // With no instance on a profile, a status alone starts nothing and says so.
    QTemporaryDir emptyProfile;
    QCOMPARE(startAgain(
                 {u"--config-dir="_s + emptyProfile.path(), u"--status"_s, u"away"_s}, &complaint),
        1);
    QVERIFY2(complaint.contains(u"not running"_s), qPrintable(complaint));
}

void AppTest::addAccount(Im::Profile& profile, const QString& user) const
{
    addServerAccount(profile, m_prosody, user);
}

void AppTest::contactDetailsFromTheContextMenu()
{
    QTemporaryDir profileDir;
    Im::Profile profile(profileDir.path());
    QVERIFY(profile.open());
    addAccount(profile, u"ann"_s);
    auto app = std::make_unique<App::Application>(profile);
    app->start();
    QVERIFY(app->account(u"ann@localhost"_s));
    Im::Account& ann = *app->account(u"ann@localhost"_s);
    QVERIFY(QTest::qWaitFor([&] { return ann.client().isConnected(); }, 15000));

    // Ben publishes a profile, with markup that must stay text.
    AccountHarness ben(m_prosody, u"ben"_s, u"laptop"_s);
    QVERIFY(ben.signIn());
    befriend(ann, ben.account());
    if (QTest::currentTestFailed()) {
        return;
    }
    Xmpp::VCard card;
    card.fullName = u"Ben Example"_s;
    card.emails = {u"ben@example.org"_s};
    card.description = u"<b>not bold</b>"_s;
    bool published = false;
    ben.account().vcards().publish(
        card, {}, this, [&published](const Xmpp::StanzaError* error) { published = !error; });
    QVERIFY(QTest::qWaitFor([&] { return published; }, 10000));

    // Right-click on Ben's row, then "Details…".
    auto* view = qobject_cast<QTreeView*>(&app->mainWindow().rosterView());
    QModelIndex row;
    QVERIFY(QTest::qWaitFor(
        [&] {
            row = findContact(view->model(), u"ben@localhost"_s);
            return row.isValid() && row.data(Im::RosterModel::PresenceShowRole).toInt() >= 0;
        },
        10000));
    Q_EMIT view->customContextMenuRequested(view->visualRect(row).center());
    auto* menu = app->mainWindow().findChild<QMenu*>();
    QVERIFY(menu);
    QAction* details = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->text().contains(u"Details"_s)) {
            details = action;
        }
    }
    QVERIFY(details);
    details->trigger();
    menu->close();
    auto* dialog = app->mainWindow().findChild<Gui::ContactDetailsDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->contact().toString(), u"ben@localhost"_s);

    QTRY_VERIFY_WITH_TIMEOUT(!dialog->profileFields().isEmpty(), 10000);
    const auto fields = dialog->profileFields();
    QVERIFY(fields.contains(qMakePair(u"Name:"_s, u"Ben Example"_s)));
    QVERIFY(fields.contains(qMakePair(u"Email:"_s, u"ben@example.org"_s)));
    QVERIFY(fields.contains(qMakePair(u"About:"_s, u"<b>not bold</b>"_s)));
    for (auto* label : dialog->findChildren<QLabel*>()) {
        if (label->text() == u"<b>not bold</b>") {
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }

    // His device, and the software it runs, asked of the device itself.
    auto* devices = dialog->findChild<QTreeWidget*>(u"devicesTree"_s);
    QTRY_VERIFY_WITH_TIMEOUT(devices->topLevelItemCount() == 1
            && devices->topLevelItem(0)->text(2).startsWith(u"Palaver"_s),
        10000);
    QCOMPARE(devices->topLevelItem(0)->text(0), u"laptop"_s);
    dialog->findChild<QTabWidget*>(u"tabs"_s)->setCurrentIndex(0);
    QTest::qWait(100);
    saveScreenshot(dialog, u"details.png"_s);
    dialog->findChild<QTabWidget*>(u"tabs"_s)->setCurrentIndex(1);
    QTest::qWait(100);
    saveScreenshot(dialog, u"details-devices.png"_s);

    // Ctrl+N: a new chat by address; what is not an address cannot be started.
    app->mainWindow().findChild<QAction*>(u"newChatAction"_s)->trigger();
    auto* newChat = app->mainWindow().findChild<Gui::NewChatDialog*>();
    QVERIFY(newChat && newChat->isVisible());
    QCOMPARE(app->mainWindow().findChild<QAction*>(u"newChatAction"_s)->shortcut(),
        QKeySequence(u"Ctrl+N"_s));
    QTest::keyClicks(newChat->addressEdit(), u"not an address"_s);
    QVERIFY(!newChat->chatButton()->isEnabled());
    newChat->addressEdit()->clear();
    QTest::keyClicks(newChat->addressEdit(), u"ben@localhost"_s);
    QVERIFY(newChat->chatButton()->isEnabled());
    // The first Enter may take the completion offered for a contact; the next one starts.
    if (newChat->addressEdit()->completer()->popup()->isVisible()) {
        QTest::keyClick(newChat->addressEdit(), Qt::Key_Return);
    }
    QTest::keyClick(newChat->addressEdit(), Qt::Key_Return);
    QVERIFY(app->conversationWindows().conversation(
        u"ann@localhost"_s, Xmpp::Jid::fromString(u"ben@localhost"_s)));

    // Ann chooses a picture: made square and small, it reaches Ben.
    QTemporaryDir pictures;
    QImage photo(640, 480, QImage::Format_RGB32);
    photo.fill(Qt::darkCyan);
    const QString photoPath = pictures.filePath(u"me.jpg"_s);
    QVERIFY(photo.save(photoPath, "JPG"));
    QString error;
    QVERIFY(app->setOwnPicture(u"ann@localhost"_s, photoPath, &error));
    const Xmpp::Jid annJid = Xmpp::Jid::fromString(u"ann@localhost"_s);
    QVERIFY(QTest::qWaitFor(
        [&] { return !ben.account().avatars().avatarHash(annJid).isEmpty(); }, 10000));
    const QImage seen(ben.account().avatarStore().path(ben.account().avatars().avatarHash(annJid)));
    QCOMPARE(seen.size(), QSize(192, 192));
    const QString notPicture = pictures.filePath(u"notes.txt"_s);
    QFile text(notPicture);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("just words");
    text.close();
    QVERIFY(!app->setOwnPicture(u"ann@localhost"_s, notPicture, &error));
    QVERIFY2(error.contains(u"notes.txt"_s), qPrintable(error));

    // Quitting says goodbye: Ann is offline for Ben at once, not after the server gives up on
    // a dropped connection.
    app.reset();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !ben.account().presence().isAvailable(Xmpp::Jid::fromString(u"ann@localhost"_s));
        },
        2000));
}

void AppTest::createAccountFromTheAssistant()
{
    QTemporaryDir profileDir;
    Im::Profile profile(profileDir.path());
    QVERIFY(profile.open());
    App::Application app(profile);
    app.start();
    Gui::AccountAssistant* assistant = app.showAccountAssistant();
    QVERIFY(assistant && assistant->isVisible());
    assistant->findChild<QGroupBox*>(u"advancedBox"_s)->setChecked(true);
    QTest::keyClicks(assistant->findChild<QLineEdit*>(u"hostEdit"_s), u"127.0.0.1"_s);
    assistant->findChild<QSpinBox*>(u"portSpin"_s)->setValue(m_prosody.port());

    // "Create account…": the server's name, its certificate trusted, its form filled in.
    bool certificateShown = false;
    bool formFilled = false;
    connect(assistant, &Gui::AccountAssistant::registrationDialogShown, this,
        [&](Gui::RegistrationDialog* dialog) {
            connect(dialog, &Gui::RegistrationDialog::certificateDialogShown, this,
                [&certificateShown](Gui::CertificateDialog* certificate) {
                    certificateShown = true;
                    QTimer::singleShot(50, certificate, [certificate] {
                        QTest::mouseClick(certificate->trustButton(), Qt::LeftButton);
                    });
                });
            QTimer::singleShot(50, dialog, [dialog] {
                saveScreenshot(dialog, u"register-server.png"_s);
                QTest::keyClicks(dialog->findChild<QLineEdit*>(u"serverEdit"_s), u"localhost"_s);
                QTest::mouseClick(dialog->continueButton(), Qt::LeftButton);
            });
            auto* poll = new QTimer(dialog);
            poll->setInterval(50);
            connect(poll, &QTimer::timeout, dialog, [dialog, poll, &formFilled] {
                auto* form = dialog->findChild<Gui::DataFormWidget*>();
                auto* username = qobject_cast<QLineEdit*>(form->editor(u"username"_s));
                auto* password = qobject_cast<QLineEdit*>(form->editor(u"password"_s));
                if (!username || !password || !form->isVisible() || !form->isEnabled()) {
                    return;
                }
                poll->stop();
                QVERIFY(!dialog->continueButton()->isEnabled()); // required fields empty
                QTest::keyClicks(username, u"carol"_s);
                QTest::keyClicks(password, u"carol's secret"_s);
                QVERIFY(dialog->continueButton()->isEnabled());
                saveScreenshot(dialog, u"register-form.png"_s);
                formFilled = true;
                QTest::mouseClick(dialog->continueButton(), Qt::LeftButton);
            });
            poll->start();
        });
    answerNextMessageBox(QMessageBox::Yes); // keep the password without a keychain
    QTest::mouseClick(assistant->createAccountButton(), Qt::LeftButton);

    // Created, then signed in with it at once.
    QVERIFY(QTest::qWaitFor([&] { return app.account(u"carol@localhost"_s) != nullptr; }, 20000));
    QVERIFY(certificateShown);
    QVERIFY(formFilled);
    Im::Account& carol = *app.account(u"carol@localhost"_s);
    QVERIFY(QTest::qWaitFor([&] { return carol.client().isConnected(); }, 15000));
    const auto stored = profile.account(Xmpp::Jid::fromString(u"carol@localhost"_s));
    QVERIFY(stored);
    QCOMPARE(stored->pinnedCertificate, m_prosody.serverFingerprint());
}

QTEST_MAIN(AppTest)
#include "tst_app.moc"

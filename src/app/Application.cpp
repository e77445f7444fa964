#include "Application.h"

#include "AccountSessions.h"
#include "AccountSetup.h"
#include "AutoAway.h"
#include "ConversationFinder.h"
#include "DesktopIntegration.h"
#include "IdleTime.h"
#include "LaunchRequest.h"
#include "MessageAlerts.h"
#include "MessageNotifier.h"
#include "RoomTabs.h"
#include "SessionAutostart.h"
#include "SingleInstance.h"
#include "TrayIcon.h"
#include "XmppLinkHandler.h"
#include "gui/AddContactDialog.h"
#include "gui/Appearance.h"
#include "gui/AvatarImage.h"
#include "gui/BlockedListDialog.h"
#include "gui/ChatWindow.h"
#include "gui/ContactDetailsDialog.h"
#include "gui/ContactMenu.h"
#include "gui/ConversationWidget.h"
#include "gui/ConversationWindows.h"
#include "gui/MainWindow.h"
#include "gui/NewChatDialog.h"
#include "gui/OwnProfileDialog.h"
#include "gui/PreferencesDialog.h"
#include "gui/PresenceStyle.h"
#include "gui/RemoteText.h"
#include "gui/RoomWidget.h"
#include "gui/SettingsKeys.h"
#include "gui/StatusSelector.h"
#include "gui/XmlConsoleWindow.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/AccountsModel.h"
#include "im/models/CombinedRosterModel.h"
#include "im/models/ConversationsModel.h"
#include "im/models/RoomListModel.h"
#include "im/models/RosterModel.h"
#include "im/services/BookmarkService.h"
#include "im/services/MessageService.h"
#include "im/services/RoomService.h"
#include "im/services/RosterService.h"
#include "im/storage/AvatarStore.h"
#include "im/transfers/UploadService.h"
#include "xmpp/modules/avatars/AvatarModule.h"
#include "xmpp/modules/xep0092_version/VersionModule.h"

#include <QApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QMessageBox>

using namespace Qt::StringLiterals;
using Palaver::Gui::PresenceStyle;

namespace Palaver::App {

Application::Application(Im::Profile& profile, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_accounts(std::make_unique<Im::AccountsModel>())
    , m_conversations(std::make_unique<Im::ConversationsModel>(profile.messages()))
    , m_roster(std::make_unique<Im::CombinedRosterModel>())
    , m_roomList(std::make_unique<Im::RoomListModel>(*m_conversations))
    , m_sessions(
          std::make_unique<AccountSessions>(profile, *m_accounts, *m_conversations, *m_roster))
    , m_mainWindow(std::make_unique<Gui::MainWindow>(*m_accounts))
    , m_conversationWindows(
          std::make_unique<Gui::ConversationWindows>(*m_conversations, &m_profile.settings()))
    , m_idleTime(new IdleTime(this))
    , m_autoAway(new AutoAway([this] { return m_idleTime->milliseconds(); }, this))
    , m_links(new XmppLinkHandler(*this))
    , m_setup(new AccountSetup(profile, m_mainWindow.get(), this))
    , m_rooms(new RoomTabs(*m_conversationWindows, *m_accounts, m_mainWindow.get(), this))
    , m_appearance(std::make_unique<Gui::Appearance>())
{
    QSettings& settings = m_profile.settings();
    Gui::MainWindow& window = *m_mainWindow;
    window.setRosterModel(m_roster.get());
    window.setRoomModel(m_roomList.get());
    window.setShowOffline(settings.value(u"ui/showOffline"_s, false).toBool());
    window.statusSelector().setRecentMessages(settings.value(u"status/recent"_s).toStringList());
    window.statusSelector().setStatus(PresenceStyle::Offline, {});

    connect(&window, &Gui::MainWindow::chatRequested, this,
        [this](const QString& account, const QString& jid) { openChat(account, jid); });
    connect(&window, &Gui::MainWindow::accountsRequested, this, [this] { showAccountAssistant(); });
    connect(&window, &Gui::MainWindow::addContactRequested, this, [this] { showAddContact(); });
    connect(&window, &Gui::MainWindow::newChatRequested, this, [this] {
        auto* dialog = new Gui::NewChatDialog(*m_accounts, m_mainWindow.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &Gui::NewChatDialog::chatRequested, this,
            [this](const QString& account, const QString& jid) { openChat(account, jid); });
        dialog->open();
    });
    connect(&window, &Gui::MainWindow::joinRoomRequested, this,
        [this] { m_rooms->showJoinDialog(m_mainWindow.get()); });
    connect(&window, &Gui::MainWindow::roomRequested, m_rooms, &RoomTabs::open);
    m_finder = new ConversationFinder(
        {*m_mainWindow, *m_conversations, *m_conversationWindows, *m_rooms, *m_sessions, m_profile},
        [this](const QString& account, const QString& peer) { return openChat(account, peer); },
        this);
    connect(&window, &Gui::MainWindow::roomMenuRequested, m_rooms, &RoomTabs::showRoomMenu);
    connect(&window, &Gui::MainWindow::browseRoomsRequested, this,
        [this] { m_rooms->showRoomBrowser(m_mainWindow.get()); });
    connect(&window, &Gui::MainWindow::preferencesRequested, this, &Application::showPreferences);
    connect(&window, &Gui::MainWindow::blockedListRequested, this, [this] {
        auto* dialog = new Gui::BlockedListDialog(m_sessions->accounts(), m_mainWindow.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(&window, &Gui::MainWindow::xmlConsoleRequested, this, &Application::showXmlConsole);
    connect(m_autoAway, &AutoAway::awayChanged, this, &Application::applyAutoStatus);
    connect(m_setup, &AccountSetup::accountReady, this, &Application::addAccount);
    connect(m_autoAway, &AutoAway::returned, this, [this] {
        QSettings& chosen = m_profile.settings();
        setStatus(chosen.value(u"status/show"_s, 0).toInt(),
            chosen.value(u"status/message"_s).toString());
    });
    m_retentionTimer.setInterval(6 * 60 * 60 * 1000);
    connect(&m_retentionTimer, &QTimer::timeout, this, &Application::applyRetention);
    m_retentionTimer.start();
    connect(&window, &Gui::MainWindow::contactMenuRequested, this, &Application::showContactMenu);
    connect(&window, &Gui::MainWindow::showOfflineChanged, this,
        [this](bool show) { m_profile.settings().setValue(u"ui/showOffline"_s, show); });
    connect(&window.statusSelector(), &Gui::StatusSelector::statusChosen, this,
        &Application::setStatus);
    connect(&window.statusSelector(), &Gui::StatusSelector::recentMessagesChanged, this,
        [this](const QStringList& recent) {
            m_profile.settings().setValue(u"status/recent"_s, recent);
        });
    connect(m_conversations.get(), &Im::ConversationsModel::unreadCountChanged, this,
        [this](const QString& account, const QString& peer, int count) {
            if (Im::RosterModel* roster = rosterModel(account)) {
                roster->setUnreadCount(Xmpp::Jid::fromString(peer), count);
            }
            updateUnread();
        });

    connect(m_conversationWindows.get(), &Gui::ConversationWindows::conversationOpened, this,
        [this](Gui::ConversationWidget* widget) {
            QSettings& privacy = m_profile.settings();
            widget->setSendsChatStates(privacy.value(Gui::SettingsKeys::chatStates, true).toBool());
            widget->setSendsReadMarkers(
                privacy.value(Gui::SettingsKeys::readMarkers, true).toBool());
            connect(widget, &Gui::ConversationWidget::xmppLinkActivated, this,
                [this, widget](const QString& uri) {
                    QString error;
                    if (!m_links->open(uri, &error)) {
                        QMessageBox::information(
                            widget->window(), tr("Link"), Gui::RemoteText::asRichText(error));
                    }
                });
        });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(this);
        connect(m_tray, &TrayIcon::statusChosen, this,
            [this](int show) { setStatus(show, m_mainWindow->statusSelector().message()); });
        connect(m_tray, &TrayIcon::toggleWindowRequested, this, &Application::toggleMainWindow);
        connect(m_tray, &TrayIcon::quitRequested, qApp, &QApplication::quit);
        connect(m_tray, &TrayIcon::conversationRequested, this,
            [this](const QString& account, const QString& peer) { openChat(account, peer); });
        m_tray->show();
    }
    m_desktop
        = new DesktopIntegration(m_profile.settings(), *m_mainWindow, m_tray != nullptr, this);
    connect(m_desktop, &DesktopIntegration::quitRequested, qApp, &QApplication::quit,
        Qt::QueuedConnection);
    m_alerts = new MessageAlerts(m_profile.settings(),
        {*m_conversationWindows, *m_sessions, *m_rooms, *m_conversations, *m_mainWindow}, this);
    m_alerts->notifier().setTray(m_tray);
    m_alerts->setDoNotDisturb(
        [this] { return currentShow() == int(Xmpp::Presence::Show::DoNotDisturb); });
    connect(m_alerts, &MessageAlerts::openRequested, this,
        [this](const QString& account, const QString& peer) { openChat(account, peer); });
}

Application::~Application()
{
    signOff(SignOffTimeoutMs);
    m_conversationWindows.reset();
}

void Application::signOff(int timeoutMs)
{
    m_sessions->signOff(timeoutMs);
}

Im::Account* Application::account(const QString& jid) const
{
    return m_sessions->account(jid);
}

Im::RosterModel* Application::rosterModel(const QString& jid) const
{
    return m_sessions->rosterModel(jid);
}

void Application::setAdditionalCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_setup->setAdditionalCaCertificates(certificates);
}

void Application::start()
{
    applyPreferences();
    applyRetention();
    m_desktop->showAtStart();
    m_setup->loadAll();
    if (m_profile.accounts().isEmpty()) {
        showAccountAssistant();
    }
}

Gui::AccountAssistant* Application::showAccountAssistant(
    const std::optional<Im::AccountSettings>& existing)
{
    return m_setup->showAssistant(existing);
}

void Application::addAccount(const Im::AccountSettings& settings, const QString& password)
{
    Xmpp::ConnectionSettings connection = settings.connectionSettings(password);
    connection.additionalCaCertificates = m_setup->additionalCaCertificates();
    if (Im::Account* existing = account(settings.jid.bare().toString())) {
        // The assistant fixed its settings or password: sign in again with them.
        existing->client().setSettings(connection);
        existing->goOnline(
            Xmpp::Presence::Show(qMax(0, currentShow())), m_mainWindow->statusSelector().message());
        return;
    }
    Im::Account* account = m_sessions->add(connection);
    connect(&account->messages(), &Im::MessageService::messagesStored, this,
        [this, account](
            const QList<Im::MessageStore::Stored>& stored) { onStored(account, stored); });
    // A picture that arrives after the conversation opened (as at sign-in) shows in it too.
    connect(&account->avatars(), &Xmpp::AvatarModule::avatarChanged, this,
        [this, account](const Xmpp::Jid& contact, const QString& hash) {
            if (auto* open = m_conversationWindows->conversation(account->jid(), contact.bare())) {
                open->setAvatarPath(hash.isEmpty() ? QString() : account->avatarStore().path(hash));
            }
        });
    m_rooms->watch(*account);
    m_roomList->addAccount(*account);
    account->version().setRevealOperatingSystem(
        m_profile.settings().value(Gui::SettingsKeys::revealOs, false).toBool());

    const int show = m_profile.settings().value(u"status/show"_s, 0).toInt();
    const QString message = m_profile.settings().value(u"status/message"_s).toString();
    m_mainWindow->statusSelector().setStatus(show, message);
    if (show != PresenceStyle::Offline) {
        account->goOnline(Xmpp::Presence::Show(show), message);
    }
    if (m_tray) {
        m_tray->setShow(show);
    }
    m_autoAway->setChosenShow(show);
    // Files still on their way when Palaver was closed are offered again where they went.
    for (const Xmpp::Jid& peer : account->uploads().interruptedChats()) {
        openChat(account->jid(), peer.toString(), false);
    }
    Q_EMIT accountAdded(account);
}

Gui::ConversationWidget* Application::openChat(
    const QString& accountJid, const QString& peer, bool focus)
{
    Im::Account* found = account(accountJid);
    if (!found || !Xmpp::Jid::fromString(peer).isValid()) {
        return nullptr;
    }
    const Xmpp::Jid jid = found->messages().conversationPeer(Xmpp::Jid::fromString(peer));
    if (m_conversationWindows->room(accountJid, jid)) {
        m_conversationWindows->openRoom(*found, jid, focus);
        return nullptr; // a room, not a conversation: its tab is in front now
    }
    const bool opened = m_conversationWindows->conversation(accountJid, jid) != nullptr;
    Gui::ConversationWidget* widget = m_conversationWindows->open(*found, jid, focus);
    if (!opened) {
        if (Im::RosterModel* roster = rosterModel(accountJid)) {
            widget->setAvatarPath(roster->avatarPath(jid));
        }
    }
    return widget;
}

// New incoming messages open their conversation (in the background) and notify the user.
void Application::onStored(Im::Account* account, const QList<Im::MessageStore::Stored>& stored)
{
    for (const Im::MessageStore::Stored& item : stored) {
        const Im::MessageRecord& record = item.record;
        if (!item.inserted || record.outgoing || !record.countsAsUnread) {
            continue;
        }
        const Xmpp::Jid peer = Xmpp::Jid::fromString(record.peer);
        const bool room = record.kind == Im::ConversationKind::Room;
        if (!room && account->roster().messageRequest(peer.bare())) {
            continue; // someone who is no contact: waits with the requests, opens nothing
        }
        if (!room && !m_conversationWindows->conversation(account->jid(), peer)) {
            openChat(account->jid(), record.peer, false);
        }
        m_alerts->alert(*account, record);
    }
}

void Application::setStatus(int show, const QString& message)
{
    m_profile.settings().setValue(u"status/show"_s, show);
    m_profile.settings().setValue(u"status/message"_s, message);
    m_mainWindow->statusSelector().setStatus(show, message);
    m_autoAway->setChosenShow(show);
    for (Im::Account* account : m_sessions->accounts()) {
        if (show == PresenceStyle::Offline) {
            account->goOffline(message);
        } else {
            account->goOnline(Xmpp::Presence::Show(show), message);
        }
    }
    if (m_tray) {
        m_tray->setShow(show);
    }
}

int Application::currentShow() const
{
    return m_mainWindow->statusSelector().chosenShow();
}

void Application::showContactMenu(const QString& accountJid, const QString& jid, const QPoint& pos)
{
    Im::Account* found = account(accountJid);
    if (!found) {
        return;
    }
    auto* menu = new Gui::ContactMenu(*found, Xmpp::Jid::fromString(jid), m_mainWindow.get());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu, &Gui::ContactMenu::chatRequested, this,
        [this](const QString& account, const QString& peer) { openChat(account, peer); });
    connect(menu, &Gui::ContactMenu::detailsRequested, this, &Application::showContactDetails);
    menu->popup(pos);
}

Gui::AddContactDialog* Application::showAddContact(
    const QString& account, const QString& address, const QString& name, const QString& group)
{
    auto* dialog = new Gui::AddContactDialog(*m_accounts, m_mainWindow.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccount(account);
    dialog->setAddress(address);
    dialog->setName(name);
    dialog->setGroup(group);
    dialog->open();
    return dialog;
}

Gui::ContactDetailsDialog* Application::showContactDetails(
    const QString& accountJid, const QString& jid)
{
    Im::Account* found = account(accountJid);
    const Xmpp::Jid contact = Xmpp::Jid::fromString(jid).bare();
    if (!found || !contact.isValid()) {
        return nullptr;
    }
    for (auto* open : m_mainWindow->findChildren<Gui::ContactDetailsDialog*>()) {
        if (open->contact() == contact && open->accountJid() == accountJid) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    Im::RosterModel* roster = rosterModel(accountJid);
    auto* dialog = new Gui::ContactDetailsDialog(
        *found, contact, roster ? roster->avatarPath(contact) : QString(), m_mainWindow.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool Application::setOwnPicture(const QString& accountJid, const QString& path, QString* error)
{
    Im::Account* found = account(accountJid);
    if (!found) {
        return false;
    }
    if (path.isEmpty()) {
        found->avatars().setOwnAvatar({}, {});
        return true;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true); // photos carry their rotation in EXIF
    const QByteArray png = Gui::AvatarImage::toPng(reader.read());
    if (png.isEmpty()) {
        *error = tr("%1 could not be read as a picture.").arg(QFileInfo(path).fileName());
        return false;
    }
    found->avatars().setOwnAvatar(png, u"image/png"_s);
    return true;
}

void Application::handleLaunchRequest(const LaunchRequest& request)
{
    if (request.show) {
        setStatus(*request.show, request.statusMessage);
    }
    if (!request.uri.isEmpty()) {
        QString error;
        if (!m_links->open(request.uri, &error)) {
            raiseMainWindow();
            auto* box = new QMessageBox(QMessageBox::Information, tr("Link"),
                Gui::RemoteText::asRichText(error), QMessageBox::Ok, m_mainWindow.get());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    } else if (!request.show) {
        raiseMainWindow(); // started again without arguments: the user is looking for us
    }
}

void Application::acceptLaunchRequestsFrom(SingleInstance& instance)
{
    connect(
        &instance, &SingleInstance::argumentsReceived, this, [this](const QStringList& arguments) {
            LaunchRequest request;
            QString error;
            // The sender checked them already; arguments that still fail are not acted on.
            if (LaunchRequest::parse(arguments, &request, &error)) {
                handleLaunchRequest(request);
            }
        });
}

void Application::raiseMainWindow()
{
    m_mainWindow->show();
    m_mainWindow->setWindowState(m_mainWindow->windowState() & ~Qt::WindowMinimized);
    m_mainWindow->raise();
    m_mainWindow->activateWindow();
}

void Application::toggleMainWindow()
{
    if (m_mainWindow->isVisible() && m_mainWindow->isActiveWindow()) {
        m_mainWindow->hide();
    } else {
        raiseMainWindow();
    }
}

void Application::updateUnread()
{
    const int unread = m_conversations->totalUnread();
    if (m_tray) {
        m_tray->setUnreadCount(unread);
    }
    m_mainWindow->setWindowTitle(unread > 0 ? tr("Palaver (%1)").arg(unread) : u"Palaver"_s);
}

void Application::showPreferences()
{
    if (m_preferences) {
        m_preferences->raise();
        m_preferences->activateWindow();
        return;
    }
    m_desktop->readAutostart();
    auto* dialog
        = new Gui::PreferencesDialog(m_profile.settings(), *m_accounts, m_mainWindow.get());
    dialog->setDesktopSupport(m_tray != nullptr, SessionAutostart::isSupported());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setIdleTimeIsSystemWide(m_idleTime->isSystemWide());
    connect(dialog, &Gui::PreferencesDialog::changed, this, &Application::applyPreferences);
    connect(dialog, &Gui::PreferencesDialog::changed, this, &Application::applyRetention);
    connect(dialog, &Gui::PreferencesDialog::addAccountRequested, this,
        [this] { showAccountAssistant(); });
    connect(
        dialog, &Gui::PreferencesDialog::editAccountRequested, this, [this](const QString& jid) {
            showAccountAssistant(m_profile.account(Xmpp::Jid::fromString(jid)));
        });
    connect(
        dialog, &Gui::PreferencesDialog::removeAccountRequested, this, &Application::removeAccount);
    connect(dialog, &Gui::PreferencesDialog::profileRequested, this,
        [this, dialog](const QString& jid) {
            Im::Account* found = account(jid);
            if (!found) {
                QMessageBox::information(dialog, tr("Profile"),
                    tr("Sign in to this account first: its profile is kept on its server."));
                return;
            }
            auto* profile = new Gui::OwnProfileDialog(*found, dialog);
            profile->setAttribute(Qt::WA_DeleteOnClose);
            connect(profile, &Gui::OwnProfileDialog::passwordChanged, this,
                [this](const QString& account, const QString& password) {
                    m_setup->passwordChanged(Xmpp::Jid::fromString(account), password);
                });
            connect(profile, &Gui::OwnProfileDialog::accountDeleted, this,
                &Application::removeAccount, Qt::QueuedConnection);
            profile->show();
        });
    connect(dialog, &Gui::PreferencesDialog::pictureChosen, this,
        [this, dialog](const QString& jid, const QString& path) {
            QString error;
            if (!setOwnPicture(jid, path, &error)) {
                QMessageBox::warning(dialog, tr("Picture"), error);
            }
        });
    m_preferences = dialog;
    dialog->show();
}

void Application::showXmlConsole()
{
    // A new console each time: it lists the accounts there are now.
    delete m_console;
    m_console = new Gui::XmlConsoleWindow(*m_accounts, m_mainWindow.get());
    m_console->setAttribute(Qt::WA_DeleteOnClose);
    m_console->show();
}

void Application::applyPreferences()
{
    QSettings& settings = m_profile.settings();
    m_appearance->apply(settings);
    m_desktop->apply();
    m_conversationWindows->setSeparateWindows(
        settings.value(Gui::SettingsKeys::separateWindows, false).toBool());
    m_autoAway->setDelays(
        settings.value(Gui::SettingsKeys::awayMinutes, Gui::SettingsKeys::defaultAwayMinutes)
            .toInt(),
        settings
            .value(Gui::SettingsKeys::extendedAwayMinutes,
                Gui::SettingsKeys::defaultExtendedAwayMinutes)
            .toInt());
    const bool revealOs = settings.value(Gui::SettingsKeys::revealOs, false).toBool();
    for (Im::Account* account : m_sessions->accounts()) {
        account->version().setRevealOperatingSystem(revealOs);
    }
    for (Gui::ConversationWidget* widget : m_conversationWindows->conversations()) {
        widget->setSendsChatStates(settings.value(Gui::SettingsKeys::chatStates, true).toBool());
        widget->setSendsReadMarkers(settings.value(Gui::SettingsKeys::readMarkers, true).toBool());
    }
}

void Application::applyRetention()
{
    const int days = m_profile.settings().value(Gui::SettingsKeys::retentionDays, 0).toInt();
    if (days <= 0) {
        return;
    }
    m_profile.messages().deleteOlderThan(
        QDateTime::currentDateTimeUtc().addDays(-days), this, [](const int& deleted) {
            if (deleted > 0) {
                qInfo("history retention removed %d old messages", deleted);
            }
        });
}

// Auto-away: the chosen message stays, only the show changes, and nothing is remembered.
void Application::applyAutoStatus(int show)
{
    const QString message = m_profile.settings().value(u"status/message"_s).toString();
    m_mainWindow->statusSelector().setStatus(show, message);
    for (Im::Account* account : m_sessions->accounts()) {
        account->goOnline(Xmpp::Presence::Show(show), message);
    }
    if (m_tray) {
        m_tray->setShow(show);
    }
}

void Application::removeAccount(const QString& jid)
{
    // Windows working on the account go first: they hold on to it.
    for (auto* profile : m_mainWindow->findChildren<Gui::OwnProfileDialog*>()) {
        if (profile->account() == jid) {
            delete profile;
        }
    }
    qDeleteAll(m_mainWindow->findChildren<Gui::BlockedListDialog*>());
    m_conversationWindows->closeAccount(jid);
    m_sessions->remove(jid);
    m_setup->forget(Xmpp::Jid::fromString(jid));
}

} // namespace Palaver::App

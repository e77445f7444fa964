// Application: builds and wires everything for one profile: the accounts and their models,
// the main window, the conversations, the tray; and remembers the user's choices.
#pragma once

#include "im/AccountSettings.h"
#include "im/storage/MessageStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Palaver::Im {
class Account;
class AccountsModel;
class CombinedRosterModel;
class ConversationsModel;
class Profile;
class RoomListModel;
class RosterModel;
} // namespace Palaver::Im

namespace Palaver::Gui {
class AccountAssistant;
class AddContactDialog;
class ContactDetailsDialog;
class Appearance;
class PreferencesDialog;
class XmlConsoleWindow;
class ConversationWindows;
class ConversationWidget;
class MainWindow;
} // namespace Palaver::Gui

namespace Palaver::App {

class AccountSessions;
class AccountSetup;
class AutoAway;
struct LaunchRequest;
class RoomTabs;
class SingleInstance;
class XmppLinkHandler;
class IdleTime;
class ConversationFinder;
class DesktopIntegration;
class MessageAlerts;
class TrayIcon;

class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(Im::Profile& profile, QObject* parent = nullptr);
    ~Application() override;

    static constexpr int SignOffTimeoutMs = 3000;

    // Shows the main window and signs in to every enabled account.
    void start();
    // Says goodbye on every account and waits (at most the timeout) for the servers to close
    // the streams; done on quitting, before anything is torn down.
    void signOff(int timeoutMs = SignOffTimeoutMs);

    Gui::MainWindow& mainWindow() { return *m_mainWindow; }
    Gui::ConversationWindows& conversationWindows() { return *m_conversationWindows; }
    Im::AccountsModel& accounts() { return *m_accounts; }
    Im::ConversationsModel& conversations() { return *m_conversations; }
    Im::Account* account(const QString& jid) const;
    Im::RosterModel* rosterModel(const QString& jid) const;
    // Tests trust their own certificate authority; users never need this.
    void setAdditionalCaCertificates(const QList<QSslCertificate>& certificates);

    Gui::ConversationWidget* openChat(
        const QString& account, const QString& peer, bool focus = true);
    void setStatus(int show, const QString& message);
    // Opens the sign-in assistant (for a new account, or to fix an existing one).
    Gui::AccountAssistant* showAccountAssistant(
        const std::optional<Im::AccountSettings>& existing = {});

    // Opens the add-contact dialog, prefilled when the values are given.
    Gui::AddContactDialog* showAddContact(const QString& account = {}, const QString& address = {},
        const QString& name = {}, const QString& group = {});
    // Shows who a contact is: profile, subscription, devices; one window per contact.
    Gui::ContactDetailsDialog* showContactDetails(const QString& account, const QString& jid);
    ConversationFinder& finder() { return *m_finder; }
    // Publishes the picture in the file (made square and small) as the account's avatar; an
    // empty path removes it. False, with a sentence for the user, when the file is no picture.
    bool setOwnPicture(const QString& account, const QString& path, QString* error);
    // Acts on what a start of the program asked for (this one's or a later one's): a status,
    // an xmpp: link, or just bringing the window to the front.
    void handleLaunchRequest(const LaunchRequest& request);
    // Acts on the requests later starts of the program hand over.
    void acceptLaunchRequestsFrom(SingleInstance& instance);
    XmppLinkHandler& links() { return *m_links; }
    RoomTabs& rooms() { return *m_rooms; }
    MessageAlerts& alerts() { return *m_alerts; }
    const AccountSessions& sessions() const { return *m_sessions; }

Q_SIGNALS:
    void accountAdded(Palaver::Im::Account* account);

private:
    void addAccount(const Im::AccountSettings& settings, const QString& password);
    void onStored(Im::Account* account, const QList<Im::MessageStore::Stored>& stored);
    void showContactMenu(const QString& account, const QString& jid, const QPoint& pos);
    void toggleMainWindow();
    void raiseMainWindow();
    void updateUnread();
    int currentShow() const;
    void showPreferences();
    void showXmlConsole();
    void applyPreferences();
    void applyRetention();
    void applyAutoStatus(int show);
    void removeAccount(const QString& jid);

    Im::Profile& m_profile;
    std::unique_ptr<Im::AccountsModel> m_accounts;
    std::unique_ptr<Im::ConversationsModel> m_conversations;
    std::unique_ptr<Im::CombinedRosterModel> m_roster;
    std::unique_ptr<Im::RoomListModel> m_roomList;
    // Before the windows, so they go first and the accounts after them.
    std::unique_ptr<AccountSessions> m_sessions;
    std::unique_ptr<Gui::MainWindow> m_mainWindow;
    std::unique_ptr<Gui::ConversationWindows> m_conversationWindows;
    TrayIcon* m_tray = nullptr;
    MessageAlerts* m_alerts = nullptr;
    DesktopIntegration* m_desktop = nullptr;
    ConversationFinder* m_finder = nullptr;
    QPointer<Gui::XmlConsoleWindow> m_console;
    QPointer<Gui::PreferencesDialog> m_preferences;
    IdleTime* m_idleTime;
    AutoAway* m_autoAway;
    XmppLinkHandler* m_links;
    AccountSetup* m_setup;
    RoomTabs* m_rooms;
    std::unique_ptr<Gui::Appearance> m_appearance;
    QTimer m_retentionTimer;
};

} // namespace Palaver::App

// Account: one XMPP account at run time: its client with every protocol module attached, and
// the services that keep its contacts, presence and messages.
#pragma once

#include "xmpp/Client.h"

#include <QObject>

#include <memory>

namespace Palaver::Xmpp {
class CapsModule;
class DiscoModule;
class PingModule;
} // namespace Palaver::Xmpp

namespace Palaver::Im {

class ArchiveService;
class ArchiveStore;
class CapsStore;
class MessageService;
class MessageStore;
class PresenceService;
class RosterService;
class RosterStore;

class Account : public QObject
{
    Q_OBJECT

public:
    // The profile's stores, shared by all its accounts.
    struct Stores
    {
        MessageStore& messages;
        RosterStore& roster;
        CapsStore& caps;
        ArchiveStore& archive;
    };

    Account(
        const Xmpp::ConnectionSettings& settings, const Stores& stores, QObject* parent = nullptr);
    ~Account() override;

    QString jid() const { return m_client->settings().jid.bare().toString(); }
    Xmpp::Client& client() { return *m_client; }
    RosterService& roster() { return *m_roster; }
    PresenceService& presence() { return *m_presence; }
    MessageService& messages() { return *m_messages; }
    ArchiveService& archive() { return *m_archive; }
    Xmpp::DiscoModule& disco() { return *m_disco; }
    Xmpp::PingModule& ping() { return *m_ping; }

    // Goes online (loading what is stored first) with this presence, or changes it.
    void goOnline(
        Xmpp::Presence::Show show = Xmpp::Presence::Show::Online, const QString& status = {});
    // Says goodbye with an optional status, then disconnects.
    void goOffline(const QString& status = {});

Q_SIGNALS:
    void loaded();
    // Emitted first thing in the destructor, while the account is still whole.
    void aboutToBeDestroyed();

private:
    std::unique_ptr<Xmpp::Client> m_client;
    Xmpp::DiscoModule* m_disco = nullptr;
    Xmpp::PingModule* m_ping = nullptr;
    RosterService* m_roster = nullptr;
    PresenceService* m_presence = nullptr;
    MessageService* m_messages = nullptr;
    ArchiveService* m_archive = nullptr;
    bool m_loaded = false;
    bool m_connectWhenLoaded = false;
};

} // namespace Palaver::Im

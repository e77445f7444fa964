// Account: one XMPP account at run time: its client with every protocol module attached, and
// the services that keep its contacts, presence and messages.
#pragma once

#include "xmpp/Client.h"

#include <QObject>

#include <memory>

namespace Palaver::Xmpp {
class AvatarModule;
class CapsModule;
class CsiModule;
class DiscoModule;
class PingModule;
class VCardModule;
class VersionModule;
} // namespace Palaver::Xmpp

namespace Palaver::Im {

class ArchiveService;
class ArchiveStore;
class BookmarkService;
class AvatarStore;
class CapsStore;
class MessageService;
class MessageStore;
class OmemoService;
class PresenceService;
class RoomService;
class RosterService;
class RosterStore;
class DirectTransfers;
class FileDownloads;
class MediaPreviews;
class UploadService;

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
        AvatarStore& avatars;
        QString mediaDirectory; // where shared pictures are cached
        QString directory; // the profile's own folder
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
    RoomService& rooms() { return *m_rooms; }
    BookmarkService& bookmarks() { return *m_bookmarks; }
    UploadService& uploads() { return *m_uploads; }
    MediaPreviews& previews() { return *m_previews; }
    FileDownloads& downloads() { return *m_downloads; }
    DirectTransfers& directTransfers() { return *m_directTransfers; }
    OmemoService& omemo() { return *m_omemo; }
    Xmpp::DiscoModule& disco() { return *m_disco; }
    Xmpp::PingModule& ping() { return *m_ping; }
    Xmpp::AvatarModule& avatars() { return *m_avatars; }
    Xmpp::VCardModule& vcards() { return *m_vcards; }
    Xmpp::CsiModule& clientState() { return *m_csi; }
    Xmpp::VersionModule& version() { return *m_version; }
    AvatarStore& avatarStore() { return m_avatarStore; }

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
    Xmpp::AvatarModule* m_avatars = nullptr;
    Xmpp::VCardModule* m_vcards = nullptr;
    Xmpp::CsiModule* m_csi = nullptr;
    Xmpp::VersionModule* m_version = nullptr;
    AvatarStore& m_avatarStore;
    RosterService* m_roster = nullptr;
    PresenceService* m_presence = nullptr;
    MessageService* m_messages = nullptr;
    ArchiveService* m_archive = nullptr;
    RoomService* m_rooms = nullptr;
    BookmarkService* m_bookmarks = nullptr;
    UploadService* m_uploads = nullptr;
    MediaPreviews* m_previews = nullptr;
    FileDownloads* m_downloads = nullptr;
    DirectTransfers* m_directTransfers = nullptr;
    OmemoService* m_omemo = nullptr;
    bool m_loaded = false;
    bool m_connectWhenLoaded = false;
};

} // namespace Palaver::Im

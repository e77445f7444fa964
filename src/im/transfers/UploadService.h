// UploadService: the account's files on their way to a chat or room: each is uploaded to the
// server's upload service (XEP-0363) and, once there, sent as a message whose body is its
// address, marked as a file (XEP-0066). A failed upload stays listed to be retried or
// dismissed; nothing the user chose is dropped silently.
#pragma once

#include "TransferTrust.h"
#include "xmpp/core/Jid.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;
class QNetworkProxy;
class QSettings;

namespace Palaver::Xmpp {
class HttpUploadModule;
}

namespace Palaver::Im {

class FileUpload;
class MessageService;
class RoomService;

class UploadService : public QObject
{
    Q_OBJECT

public:
    UploadService(Xmpp::HttpUploadModule& module, MessageService& messages, RoomService& rooms,
        const TransferTrust& trust, const QNetworkProxy& proxy, QObject* parent = nullptr);
    ~UploadService() override;

    Xmpp::HttpUploadModule& module() { return m_module; }
    bool isAvailable() const;
    // The largest file the service takes, in bytes; 0 when it names no limit.
    qint64 maxFileSize() const;
    // Lets the account's pinned certificate be trusted for the file server too.
    void allowPinnedCertificateForFiles(bool allowed);
    const TransferTrust& trust() const { return m_trust; }

    struct SendOptions
    {
        bool temporary = false; // a pasted picture: deleted once the upload is gone
        bool keepOriginal = false; // a photo as taken, with its metadata
    };
    // Uploads the file and then sends it to the peer (a room when room is set).
    FileUpload* send(
        const Xmpp::Jid& peer, const QString& path, bool room, const SendOptions& options);
    FileUpload* send(const Xmpp::Jid& peer, const QString& path, bool room)
    {
        return send(peer, path, room, SendOptions {});
    }
    void retry(FileUpload* upload);
    // Cancels the upload if it is under way and forgets it.
    void dismiss(FileUpload* upload);
    QList<FileUpload*> uploadsTo(const Xmpp::Jid& peer) const;
    // Keeps the list of files on their way in this file, and offers again (as interrupted)
    // those that were still on their way when the program was last closed.
    void restore(const QString& record);
    // The contacts (not rooms) that interrupted files were going to.
    QList<Xmpp::Jid> interruptedChats() const;
    Xmpp::Jid peerOf(const FileUpload* upload) const;

Q_SIGNALS:
    void uploadAdded(const Palaver::Xmpp::Jid& peer, Palaver::Im::FileUpload* upload);
    // Gone from the list: sent, or dismissed. Deleted afterwards.
    void uploadRemoved(Palaver::Im::FileUpload* upload);
    // Sent as a message to the peer.
    void fileSent(const Palaver::Xmpp::Jid& peer, const QString& url);
    // The user allowed (or no longer allows) the pinned certificate for files.
    void trustChanged();

private:
    struct Target
    {
        Xmpp::Jid peer;
        bool room = false;
    };
    void onStateChanged(FileUpload* upload);
    void sendMessageFor(FileUpload* upload);
    void remove(FileUpload* upload);
    FileUpload* add(const Target& target, const QString& path, const SendOptions& options);
    void saveRecord();

    Xmpp::HttpUploadModule& m_module;
    MessageService& m_messages;
    RoomService& m_rooms;
    TransferTrust m_trust;
    QNetworkAccessManager* m_network;
    QHash<FileUpload*, Target> m_uploads;
    QSet<FileUpload*> m_temporary;
    QSettings* m_record = nullptr;
};

} // namespace Palaver::Im

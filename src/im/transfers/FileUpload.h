// FileUpload: one file on its way to the account's upload service (XEP-0363): a slot is asked
// for, then the file is streamed from disk with an HTTP PUT (never held whole in memory),
// reporting progress, until it is there, fails, or is cancelled.
#pragma once

#include "TransferTrust.h"
#include "xmpp/modules/messaging/SharedFile.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;

namespace Palaver::Xmpp {
class HttpUploadModule;
}

namespace Palaver::Im {

class FileUpload : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Waiting,
        Preparing, // a photo being written again without its metadata
        RequestingSlot,
        Uploading,
        Done,
        Failed,
        Cancelled
    };
    Q_ENUM(State)
    enum class Failure {
        None,
        Unreadable, // the file cannot be read
        NoService, // the server offers no upload service (or we are offline)
        TooLarge, // over the service's limit (limit())
        Refused, // the service gave no slot (detail() says why)
        Certificate, // the file server's certificate is not trusted (pinned(): it is ours)
        Network, // the transfer broke off (detail())
        NotSent, // uploaded, but its message could not be sent (a room left meanwhile)
        Interrupted, // the program was closed while it was on its way
    };
    Q_ENUM(Failure)

    FileUpload(Xmpp::HttpUploadModule& service, QNetworkAccessManager& network,
        const TransferTrust& trust, const QString& path, QObject* parent = nullptr);
    ~FileUpload() override;

    void start();
    void cancel();
    void setTrust(const TransferTrust& trust) { m_trust = trust; }
    // Photos (JPEG) go with their orientation applied and their metadata (places, camera)
    // left out, unless the original is asked for.
    void setKeepOriginal(bool keep) { m_keepOriginal = keep; }
    bool keepsOriginal() const { return m_keepOriginal; }
    // The file is there (url()), but its message could not go out.
    void markNotSent() { fail(Failure::NotSent); }
    // Found at start as the program left it when last closed: still on its way (Interrupted,
    // to be tried again), failed as it had, or uploaded to sent's address but not sent.
    void restore(
        Failure failure, const QString& detail, qint64 limit, const Xmpp::SharedFile& sent);

    const QString& path() const { return m_path; }
    QString fileName() const;
    qint64 size() const { return m_size; }
    QString contentType() const { return m_contentType; }
    qint64 sent() const { return m_sent; }
    State state() const { return m_state; }
    Failure failure() const { return m_failure; }
    const QString& detail() const { return m_detail; }
    qint64 limit() const { return m_limit; }
    // Where others fetch the file, once done.
    const QUrl& url() const { return m_getUrl; }
    // The file as its message describes it (address, name, type, size, hash, picture size).
    Xmpp::SharedFile sharedFile() const;
    // A certificate failure caused by the account's pinned certificate.
    bool pinnedCertificateRefused() const { return m_pinnedRefused; }

Q_SIGNALS:
    void progressed(qint64 sent, qint64 total);
    void stateChanged(Palaver::Im::FileUpload::State state);

private:
    void put(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers);
    // Off the GUI thread: writes a photo again without its metadata, takes the file's hash
    // and a picture's size; then starts.
    void prepare();
    bool cleansPhoto() const { return !m_keepOriginal && m_contentType == u"image/jpeg"; }
    void onFinished();
    void fail(Failure failure, const QString& detail = {});
    void setState(State state);

    Xmpp::HttpUploadModule& m_service;
    QNetworkAccessManager& m_network;
    TransferTrust m_trust;
    QString m_path; // what the user chose
    QString m_uploadPath; // what goes: the chosen file, or its cleaned copy
    bool m_keepOriginal = false;
    std::unique_ptr<QTemporaryDir> m_workDir;
    qint64 m_size = 0;
    QByteArray m_sha256;
    QSize m_dimensions;
    QString m_contentType;
    qint64 m_sent = 0;
    qint64 m_limit = 0;
    State m_state = State::Waiting;
    Failure m_failure = Failure::None;
    QString m_detail;
    QUrl m_getUrl;
    bool m_pinnedRefused = false;
    QFile* m_file = nullptr;
    QPointer<QNetworkReply> m_reply;
};

} // namespace Palaver::Im

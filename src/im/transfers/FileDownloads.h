// FileDownloads: the files people share, fetched when the user asks (Download, Open, Save
// as…): streamed to disk (never held whole in memory), checked against the size and hash the
// message gave, saved under a safe name that takes nothing over, and remembered across
// restarts so a downloaded file stays downloaded.
#pragma once

#include "TransferTrust.h"
#include "xmpp/modules/messaging/SharedFile.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;
class QNetworkProxy;
class QNetworkReply;
class QSettings;

namespace Palaver::Im {

class FileDownloads : public QObject
{
    Q_OBJECT

public:
    enum class State {
        None,
        Downloading,
        Done,
        Failed
    };
    Q_ENUM(State)
    enum class Failure {
        None,
        Network, // the transfer broke off or the server refused (detail says how)
        Certificate, // the file server's certificate is not trusted
        Damaged, // not the size or hash the message gave
        Unwritable, // the folder cannot be written to
        TargetBusy, // another download is saving to the same file
        KeptAside, // whole and checked, but kept as its part file (path) under another name
    };
    Q_ENUM(Failure)
    struct Entry
    {
        State state = State::None;
        qint64 received = 0;
        qint64 total = -1; // unknown when negative
        QString path; // where it is (or goes)
        Failure failure = Failure::None;
        QString detail;
        int httpStatus = 0; // what the server answered, when it refused
        bool pinnedRefused = false; // the certificate refused is the account's pinned one
    };

    // record: where downloaded files are remembered (per account).
    FileDownloads(const QString& record, const TransferTrust& trust, const QNetworkProxy& proxy,
        QObject* parent = nullptr);
    ~FileDownloads() override;

    // Where Download puts files (the system's downloads folder unless set).
    void setFolder(const QString& folder) { m_folder = folder; }
    const QString& folder() const { return m_folder; }
    void allowPinnedCertificateForFiles(bool allowed) { m_trust.pinnedAllowedForFiles = allowed; }

    // Fetches the file into the folder under its own (made safe) name, or to target when the
    // user chose where (Save as…, which replaces what is there). Nothing happens while it is
    // already under way, nor for a file already downloaded into the folder.
    void download(const Xmpp::SharedFile& file, const QString& target = {});
    void cancel(const QString& url);
    // What became of the file; Done only while the downloaded file is still there.
    Entry entry(const QString& url) const;

    // A path in folder for a file of this name that is not taken (nor its ".part"), nor in
    // reserved: "name (2).ext" and so on.
    static QString freePath(
        const QString& folder, const QString& name, const QSet<QString>& reserved = {});
    // Whether a file of this name may run as a program when opened (never opened directly):
    // true for every kind not known to be a document, picture, sound, video or archive.
    static bool isRunnable(const QString& fileName);

Q_SIGNALS:
    void stateChanged(const QString& url);
    void progressed(const QString& url);

private:
    struct Transfer;
    void finish(const QString& url, Failure failure, const QString& detail = {});
    QSet<QString> targetsInUse() const;

    QString m_folder;
    TransferTrust m_trust;
    QNetworkAccessManager* m_network;
    QSettings* m_record;
    QHash<QString, Entry> m_entries;
    QHash<QString, Transfer*> m_transfers;
};

} // namespace Palaver::Im

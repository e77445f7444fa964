#include "FileDownloads.h"

#include "xmpp/modules/xep0363_upload/UploadSlot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace Palaver::Im {

struct FileDownloads::Transfer
{
    QPointer<QNetworkReply> reply;
    // Written beside its place and renamed there once checked: never a partial or damaged
    // file under its name. (Not QSaveFile: its flush to disk stalled the GUI for a second
    // at the end of a 200 MB download.)
    QString target;
    bool replaces = false; // the user chose the target and agreed to replace it (Save as…)
    QFile file;
    QCryptographicHash hash {QCryptographicHash::Sha256};
    Xmpp::SharedFile expected;
    bool damaged = false;
    bool unwritable = false;
    bool pinnedRefused = false;

    Transfer(const QString& path, bool replacing)
        : target(path)
        , replaces(replacing)
    { }

    // A part file of our own, never one left by a crash or belonging to another download.
    bool open()
    {
        for (int n = 1; n < 100; ++n) {
            file.setFileName(target + (n == 1 ? u".part"_s : u".%1.part"_s.arg(n)));
            if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
                return true;
            }
            if (!file.exists()) {
                return false; // not taken, so unwritable
            }
        }
        return false;
    }

    // On failure the part file stays (its bytes checked and whole), so nothing is lost.
    bool commit()
    {
        file.close();
        if (file.error() != QFileDevice::NoError) {
            return false;
        }
        if (replaces) {
            std::error_code error; // replaces in one step: the old file stays if this fails
            std::filesystem::rename(QFile::encodeName(file.fileName()).toStdString(),
                QFile::encodeName(target).toStdString(), error);
            return !error;
        }
        // Taken meanwhile (by the user, say): the next free name instead, nothing replaced.
        if (!file.rename(target)) {
            target = freePath(QFileInfo(target).absolutePath(), QFileInfo(target).fileName());
            return file.rename(target);
        }
        return true;
    }

    void discard()
    {
        file.close();
        file.remove();
    }
};

FileDownloads::FileDownloads(
    const QString& record, const TransferTrust& trust, const QNetworkProxy& proxy, QObject* parent)
    : QObject(parent)
    , m_folder(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
    , m_trust(trust)
    , m_network(new QNetworkAccessManager(this))
    , m_record(new QSettings(record, QSettings::IniFormat, this))
{
    m_network->setProxy(proxy); // the account's way out, never a direct one beside it
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_record->beginGroup(u"downloaded"_s);
    const QStringList keys = m_record->childKeys();
    for (const QString& key : keys) {
        const QStringList pair = m_record->value(key).toStringList();
        if (pair.size() == 2) {
            Entry entry;
            entry.state = State::Done;
            entry.path = pair.at(1);
            entry.received = entry.total = QFileInfo(entry.path).size();
            m_entries.insert(pair.at(0), entry);
        }
    }
}

FileDownloads::~FileDownloads()
{
    const QStringList urls = m_transfers.keys();
    for (const QString& url : urls) {
        cancel(url); // nothing half-written left behind
    }
}

FileDownloads::Entry FileDownloads::entry(const QString& url) const
{
    Entry entry = m_entries.value(url);
    if (entry.state == State::Done && !QFileInfo::exists(entry.path)) {
        return {}; // moved or deleted since: to be fetched again
    }
    return entry;
}

void FileDownloads::download(const Xmpp::SharedFile& file, const QString& target)
{
    const QUrl url(file.url, QUrl::StrictMode);
    if (m_transfers.contains(file.url) || !url.isValid()
        || (url.scheme() != u"https" && url.scheme() != u"http")
        || (target.isEmpty() && entry(file.url).state == State::Done)) {
        return;
    }
    QDir().mkpath(m_folder);
    const QSet<QString> inUse = targetsInUse();
    const QString path = target.isEmpty()
        ? freePath(m_folder, Xmpp::UploadSlot::baseName(file.displayName()), inUse)
        : target;
    auto* transfer = new Transfer(path, !target.isEmpty());
    transfer->expected = file;
    Entry& entry = m_entries[file.url];
    entry = Entry {};
    entry.state = State::Downloading;
    entry.path = path;
    entry.total = file.size;
    m_transfers.insert(file.url, transfer);
    if (inUse.contains(QFileInfo(path).absoluteFilePath())) {
        finish(file.url, Failure::TargetBusy);
        return;
    }
    if (!transfer->open()) {
        finish(file.url, Failure::Unwritable, transfer->file.errorString());
        return;
    }
    QNetworkRequest request(url);
    m_trust.apply(request);
    QNetworkReply* reply = m_network->get(request);
    reply->setReadBufferSize(1024 * 1024); // the network waits while the disk catches up
    transfer->reply = reply;
    const QString key = file.url;
    connect(reply, &QNetworkReply::readyRead, this, [this, key, transfer, reply] {
        const QByteArray chunk = reply->readAll();
        transfer->hash.addData(chunk);
        Entry& current = m_entries[key];
        current.received += chunk.size();
        const qint64 stated = transfer->expected.size;
        if (stated >= 0 && current.received > stated) {
            transfer->damaged = true; // more than the message said: not that file
            reply->abort();
            return;
        }
        if (transfer->file.write(chunk) != chunk.size()) {
            transfer->unwritable = true; // a full disk, say
            reply->abort();
            return;
        }
        Q_EMIT progressed(key);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, key](qint64, qint64 total) {
        Entry& current = m_entries[key];
        if (current.total < 0 && total > 0) {
            current.total = total;
        }
    });
    connect(
        reply, &QNetworkReply::sslErrors, this, [this, reply, transfer](const QList<QSslError>&) {
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            if (m_trust.accepts(peer)) {
                reply->ignoreSslErrors();
            } else {
                transfer->pinnedRefused = m_trust.isPinned(peer);
            }
        });
    connect(reply, &QNetworkReply::finished, this, [this, key, transfer, reply] {
        reply->deleteLater();
        if (m_transfers.value(key) != transfer) {
            return; // cancelled
        }
        const qint64 received = m_entries.value(key).received;
        const Xmpp::SharedFile& expected = transfer->expected;
        if (transfer->damaged
            || (reply->error() == QNetworkReply::NoError
                && ((expected.size >= 0 && received != expected.size)
                    || (!expected.sha256.isEmpty()
                        && transfer->hash.result() != expected.sha256)))) {
            finish(key, Failure::Damaged);
        } else if (transfer->unwritable) {
            finish(key, Failure::Unwritable, transfer->file.errorString());
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            m_entries[key].pinnedRefused = transfer->pinnedRefused;
            finish(key, Failure::Certificate, reply->errorString());
        } else if (reply->error() != QNetworkReply::NoError) {
            m_entries[key].httpStatus
                = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            finish(key, Failure::Network, reply->errorString());
        } else if (!transfer->commit()) {
            // Kept as the part file: whole and checked, only not under its name.
            m_entries[key].path = transfer->file.fileName();
            transfer->file.setFileName({});
            finish(key, Failure::KeptAside);
        } else {
            m_entries[key].path = transfer->target;
            finish(key, Failure::None);
        }
    });
    Q_EMIT stateChanged(file.url);
}

void FileDownloads::cancel(const QString& url)
{
    Transfer* transfer = m_transfers.take(url);
    if (!transfer) {
        return;
    }
    if (transfer->reply) {
        transfer->reply->abort();
    }
    transfer->discard();
    delete transfer;
    m_entries.remove(url);
    Q_EMIT stateChanged(url);
}

void FileDownloads::finish(const QString& url, Failure failure, const QString& detail)
{
    std::unique_ptr<Transfer> transfer(m_transfers.take(url));
    Entry& entry = m_entries[url];
    entry.failure = failure;
    entry.detail = detail;
    if (failure == Failure::None) {
        entry.state = State::Done;
        entry.total = entry.received;
        const QByteArray key = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1);
        m_record->setValue(QString::fromLatin1(key.toHex()), QStringList {url, entry.path});
        m_record->sync();
    } else {
        entry.state = State::Failed;
        if (transfer) {
            transfer->discard(); // no damaged or partial file under its name
        }
    }
    Q_EMIT stateChanged(url);
}

QSet<QString> FileDownloads::targetsInUse() const
{
    QSet<QString> targets;
    for (const Transfer* transfer : m_transfers) {
        targets.insert(QFileInfo(transfer->target).absoluteFilePath());
    }
    return targets;
}

QString FileDownloads::freePath(
    const QString& folder, const QString& name, const QSet<QString>& reserved)
{
    const QDir directory(folder);
    QString candidate = directory.filePath(name);
    const QFileInfo info(name);
    const QString suffix = info.completeSuffix();
    const QString base = suffix.isEmpty() || info.baseName().isEmpty()
        ? name
        : name.left(name.size() - suffix.size() - 1);
    const QString dottedSuffix
        = suffix.isEmpty() || info.baseName().isEmpty() ? QString() : u"."_s + suffix;
    const auto taken = [&reserved](const QString& path) {
        return QFileInfo::exists(path) || QFileInfo::exists(path + u".part"_s)
            || reserved.contains(QFileInfo(path).absoluteFilePath());
    };
    for (int n = 2; taken(candidate) && n < 10000; ++n) {
        candidate = directory.filePath(base + u" (%1)"_s.arg(n) + dottedSuffix);
    }
    return candidate;
}

bool FileDownloads::isRunnable(const QString& fileName)
{
    // Opened directly only when its kind is known to open as a document, a picture, sound
    // or an archive in a viewer; anything else (programs, scripts, installers, shortcuts,
    // macro documents, web pages that run scripts, disk images) may run.
    static const QSet<QString> documents {u"7z"_s, u"aac"_s, u"avi"_s, u"avif"_s, u"bmp"_s,
        u"bz2"_s, u"csv"_s, u"doc"_s, u"docx"_s, u"epub"_s, u"flac"_s, u"gif"_s, u"gz"_s, u"heic"_s,
        u"heif"_s, u"ics"_s, u"jpeg"_s, u"jpg"_s, u"log"_s, u"m4a"_s, u"m4v"_s, u"md"_s, u"mkv"_s,
        u"mov"_s, u"mp3"_s, u"mp4"_s, u"oga"_s, u"ogg"_s, u"ogv"_s, u"odp"_s, u"ods"_s, u"odt"_s,
        u"opus"_s, u"pdf"_s, u"png"_s, u"ppt"_s, u"pptx"_s, u"rar"_s, u"rtf"_s, u"tar"_s, u"tgz"_s,
        u"tif"_s, u"tiff"_s, u"txt"_s, u"vcf"_s, u"wav"_s, u"webm"_s, u"webp"_s, u"xls"_s,
        u"xlsx"_s, u"xz"_s, u"zip"_s, u"3gp"_s};
    return !documents.contains(QFileInfo(fileName).suffix().toLower());
}

} // namespace Palaver::Im

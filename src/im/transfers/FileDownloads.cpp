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

using namespace Qt::StringLiterals;

namespace Palaver::Im {

struct FileDownloads::Transfer
{
    QPointer<QNetworkReply> reply;
    // Written beside its place and renamed there once checked: never a partial or damaged
    // file under its name. (Not QSaveFile: its flush to disk stalled the GUI for a second
    // at the end of a 200 MB download.)
    QString target;
    QFile file;
    QCryptographicHash hash {QCryptographicHash::Sha256};
    Xmpp::SharedFile expected;
    bool damaged = false;
    bool unwritable = false;
    bool pinnedRefused = false;

    explicit Transfer(const QString& path)
        : target(path)
        , file(path + u".part"_s)
    { }

    bool commit()
    {
        file.close();
        QFile::remove(target); // the user chose to replace it (Save as…), or it went meanwhile
        return file.error() == QFileDevice::NoError && file.rename(target);
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
        || (url.scheme() != u"https" && url.scheme() != u"http")) {
        return;
    }
    QDir().mkpath(m_folder);
    const QString path = target.isEmpty()
        ? freePath(m_folder, Xmpp::UploadSlot::baseName(file.displayName()))
        : target;
    auto* transfer = new Transfer(path);
    transfer->expected = file;
    Entry& entry = m_entries[file.url];
    entry = Entry {};
    entry.state = State::Downloading;
    entry.path = path;
    entry.total = file.size;
    m_transfers.insert(file.url, transfer);
    if (!transfer->file.open(QIODevice::WriteOnly)) {
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
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            finish(key, Failure::Network,
                status > 0 ? u"HTTP %1"_s.arg(status) : reply->errorString());
        } else if (!transfer->commit()) {
            finish(key, Failure::Unwritable, transfer->file.errorString());
        } else {
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

QString FileDownloads::freePath(const QString& folder, const QString& name)
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
    for (int n = 2; QFileInfo::exists(candidate) && n < 10000; ++n) {
        candidate = directory.filePath(base + u" (%1)"_s.arg(n) + dottedSuffix);
    }
    return candidate;
}

bool FileDownloads::isRunnable(const QString& fileName)
{
    static const QStringList programs {u"app"_s, u"appimage"_s, u"apk"_s, u"bash"_s, u"bat"_s,
        u"bin"_s, u"cmd"_s, u"com"_s, u"command"_s, u"cpl"_s, u"csh"_s, u"deb"_s, u"desktop"_s,
        u"dll"_s, u"elf"_s, u"exe"_s, u"hta"_s, u"inf"_s, u"jar"_s, u"js"_s, u"jse"_s, u"ksh"_s,
        u"lnk"_s, u"msi"_s, u"msp"_s, u"pif"_s, u"pkg"_s, u"pl"_s, u"ps1"_s, u"psm1"_s, u"py"_s,
        u"rb"_s, u"reg"_s, u"rpm"_s, u"run"_s, u"scf"_s, u"scr"_s, u"sh"_s, u"so"_s, u"tool"_s,
        u"url"_s, u"vbe"_s, u"vbs"_s, u"workflow"_s, u"ws"_s, u"wsf"_s, u"wsh"_s, u"zsh"_s};
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix.isEmpty() || programs.contains(suffix);
}

} // namespace Palaver::Im

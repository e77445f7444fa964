#include "MediaPreviews.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace Palaver::Im {

MediaPreviews::MediaPreviews(const QString& cacheDirectory, const QString& ownDomain,
    const TransferTrust& trust, const QNetworkProxy& proxy, QObject* parent)
    : QObject(parent)
    , m_directory(cacheDirectory)
    , m_ownDomain(ownDomain)
    , m_trust(trust)
    , m_network(new QNetworkAccessManager(this))
    , m_images(40 * 1024 * 1024) // pixels of previews kept in memory
{
    m_network->setProxy(proxy);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QDir().mkpath(m_directory);
}

void MediaPreviews::setFetchCheck(std::function<bool(const Xmpp::Jid&)> check)
{
    m_mayFetch = std::move(check);
}

void MediaPreviews::allowPinnedCertificateForFiles(bool allowed)
{
    const bool newlyAllowed = allowed && !m_trust.pinnedAllowedForFiles;
    m_trust.pinnedAllowedForFiles = allowed;
    if (!newlyAllowed) {
        return;
    }
    for (auto it = m_status.begin(); it != m_status.end();) {
        if (it.value() == Status::Failed) {
            const QString url = it.key();
            it = m_status.erase(it);
            // Drawn again, which asks for it again.
            QMetaObject::invokeMethod(
                this, [this, url] { Q_EMIT previewChanged(url); }, Qt::QueuedConnection);
        } else {
            ++it;
        }
    }
}

void MediaPreviews::forget(const QString& url)
{
    m_images.remove(url);
    m_sizes.remove(url);
    m_status.insert(url, Status::Refused); // never fetched again, even if asked
    m_forgotten.insert(url);
    QFile::remove(cachedFile(url));
}

QString MediaPreviews::cachedFile(const QString& url) const
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256);
    return QDir(m_directory).filePath(QString::fromLatin1(hash.toHex()));
}

void MediaPreviews::trustHost(const QString& host)
{
    if (!host.isEmpty()) {
        m_trustedHosts.insert(host.toLower());
    }
}

QSize MediaPreviews::previewSize(const QString& url, const Xmpp::Jid& sender)
{
    if (const auto known = m_sizes.constFind(url); known != m_sizes.cend()) {
        return *known;
    }
    if (m_status.value(url, Status::None) == Status::None && m_mayFetch && m_mayFetch(sender)) {
        fetch(url);
    }
    return {};
}

QImage MediaPreviews::preview(const QString& url, const Xmpp::Jid& sender)
{
    if (const QImage* image = m_images.object(url)) {
        return *image;
    }
    const Status status = m_status.value(url, Status::None);
    if (status == Status::None) {
        previewSize(url, sender);
    } else if (status == Status::Ready && !m_decoding.contains(url)) {
        decode(url); // dropped from memory: read again from disk, once
    }
    return {};
}

bool MediaPreviews::isOwnServer(const QString& host) const
{
    // The account's domain itself and its upload service's host, not every name under it:
    // a self-hosted domain may name machines on the user's own network.
    return (!m_ownDomain.isEmpty() && host.compare(m_ownDomain, Qt::CaseInsensitive) == 0)
        || m_trustedHosts.contains(host.toLower());
}

bool MediaPreviews::isPublicAddress(const QHostAddress& address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped) {
        const auto in = [v4](quint32 network, int bits) {
            return (v4 >> (32 - bits)) == (network >> (32 - bits));
        };
        return !(in(0x00000000, 8) || in(0x0a000000, 8) || in(0x64400000, 10) || in(0x7f000000, 8)
            || in(0xa9fe0000, 16) || in(0xac100000, 12) || in(0xc0000000, 24) || in(0xc0000200, 24)
            || in(0xc0a80000, 16) || in(0xc6120000, 15) || in(0xc6336400, 24) || in(0xcb007100, 24)
            || in(0xe0000000, 3));
    }
    return address.protocol() == QAbstractSocket::IPv6Protocol && address.isGlobal()
        && !address.isLoopback() && !address.isLinkLocal() && !address.isSiteLocal()
        && !address.isUniqueLocalUnicast() && !address.isMulticast();
}

void MediaPreviews::fetch(const QString& url)
{
    const QUrl address(url, QUrl::StrictMode);
    const bool web = address.scheme() == u"https" || address.scheme() == u"http";
    if (!address.isValid() || !web || address.host().isEmpty()) {
        finish(url, Status::Refused);
        return;
    }
    m_status.insert(url, Status::Loading);
    if (QFileInfo::exists(cachedFile(url))) {
        decode(url);
        return;
    }
    if (isOwnServer(address.host())) {
        download(url);
        return;
    }
    // Nowhere inside the user's own network, whatever the name says (a link must not make
    // us reach the router's admin page or a local service).
    QPointer<MediaPreviews> self(this);
    QHostInfo::lookupHost(address.host(), this, [self, url](const QHostInfo& info) {
        if (!self || self->m_forgotten.contains(url)) {
            return; // taken back while its address was looked up
        }
        const QList<QHostAddress> addresses = info.addresses();
        const bool allPublic = !addresses.isEmpty()
            && std::all_of(addresses.begin(), addresses.end(), &MediaPreviews::isPublicAddress);
        if (info.error() != QHostInfo::NoError || !allPublic) {
            self->finish(url, Status::Refused);
            return;
        }
        self->download(url);
    });
}

void MediaPreviews::download(const QString& url)
{
    QNetworkRequest request {QUrl(url)};
    m_trust.apply(request);
    QNetworkReply* reply = m_network->get(request);
    auto file = std::make_shared<QSaveFile>(cachedFile(url));
    if (!file->open(QIODevice::WriteOnly)) {
        reply->abort();
        reply->deleteLater();
        finish(url, Status::Failed);
        return;
    }
    auto refused = std::make_shared<bool>(false);
    const qint64 cap = m_limits.downloadBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, refused, cap] {
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (!type.startsWith(u"image/"_s) || length > cap) {
            *refused = true; // no picture, or too big to fetch for a preview
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, file, refused, cap] {
        if (file->write(reply->readAll()) < 0 || file->size() > cap) {
            *refused = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>&) {
        if (m_trust.accepts(reply->sslConfiguration().peerCertificate())) {
            reply->ignoreSslErrors();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, file, refused, url] {
        reply->deleteLater();
        const bool ok = !*refused && reply->error() == QNetworkReply::NoError;
        if (ok) {
            file->write(reply->readAll());
        }
        if (!ok || !file->commit()) {
            file->cancelWriting();
            finish(url, *refused ? Status::Refused : Status::Failed);
            return;
        }
        evict();
        decode(url);
    });
}

void MediaPreviews::decode(const QString& url)
{
    m_decoding.insert(url);
    QPointer<MediaPreviews> self(this);
    const QString path = cachedFile(url);
    const Limits limits = m_limits;
    QThreadPool::globalInstance()->start([self, path, url, limits] {
        QImageReader reader(path);
        reader.setAutoTransform(true); // the photo's own orientation
        const QSize size = reader.size();
        Status status = Status::Ready;
        QImage image;
        if (!size.isValid() || qint64(size.width()) * size.height() > limits.pixels) {
            status = size.isValid() ? Status::Refused : Status::Failed;
        } else {
            reader.setScaledSize(
                size.scaled(limits.previewSize.boundedTo(size), Qt::KeepAspectRatio));
            image = reader.read();
            status = image.isNull() ? Status::Failed : Status::Ready;
        }
        // Back on the GUI thread, where self is checked before use.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, url, status, image] {
                if (self) {
                    self->finish(url, status, image);
                }
            },
            Qt::QueuedConnection);
    });
}

void MediaPreviews::finish(const QString& url, Status status, const QImage& image)
{
    m_decoding.remove(url);
    if (m_forgotten.contains(url)) {
        QFile::remove(cachedFile(url)); // fetched while it was being taken back
        return;
    }
    m_status.insert(url, status);
    const bool sized = status == Status::Ready && !m_sizes.contains(url);
    if (status == Status::Ready) {
        m_sizes.insert(url, image.size());
        m_images.insert(
            url, new QImage(image), int(qMax<qint64>(1, qint64(image.width()) * image.height())));
    }
    // Never from inside a paint or layout that asked for it.
    QMetaObject::invokeMethod(
        this,
        [this, url, sized] {
            if (sized) {
                Q_EMIT previewSized(url);
            }
            Q_EMIT previewChanged(url);
        },
        Qt::QueuedConnection);
}

void MediaPreviews::evict()
{
    QDir directory(m_directory);
    QFileInfoList files = directory.entryInfoList(QDir::Files, QDir::Time); // newest first
    qint64 total = 0;
    for (const QFileInfo& file : std::as_const(files)) {
        total += file.size();
        if (total > m_limits.cacheBytes) {
            QFile::remove(file.filePath());
        }
    }
}

} // namespace Palaver::Im

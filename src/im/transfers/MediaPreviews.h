// MediaPreviews: small pictures of the images people share (XEP-0066/0363 links), for the
// conversation view. An image is fetched only when allowed (from a contact, ourselves or a
// room we are in), only over http(s) from hosts on the public internet unless it is our own
// server, at most a size cap, streamed to a disk cache with a limit; it is decoded off the
// GUI thread, refused above a pixel cap (so an image bomb cannot exhaust memory), and scaled
// to the size it is drawn at while decoding.
#pragma once

#include "TransferTrust.h"
#include "xmpp/core/Jid.h"

#include <QCache>
#include <QHash>
#include <QHostAddress>
#include <QImage>
#include <QNetworkProxy>
#include <QObject>
#include <QSet>
#include <QSize>

#include <functional>

class QNetworkAccessManager;
class QUrl;

namespace Palaver::Im {

class MediaPreviews : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 downloadBytes = 10 * 1024 * 1024;
        qint64 pixels = 50'000'000; // a 7,000 × 7,000 photo, not a decompression bomb
        QSize previewSize = QSize(320, 240);
        qint64 cacheBytes = 200 * 1024 * 1024;
    };
    enum class Status {
        None,
        Loading,
        Ready,
        Refused,
        Failed
    };
    Q_ENUM(Status)

    MediaPreviews(const QString& cacheDirectory, const QString& ownDomain,
        const TransferTrust& trust, const QNetworkProxy& proxy, QObject* parent = nullptr);

    void setLimits(const Limits& limits) { m_limits = limits; }
    // Pictures that failed are tried again once the pinned certificate is allowed.
    void allowPinnedCertificateForFiles(bool allowed);
    const Limits& limits() const { return m_limits; }
    // Who may make us fetch something (contacts, ourselves, rooms we are in).
    void setFetchCheck(std::function<bool(const Xmpp::Jid& sender)> check);

    // A host of our own server's (its upload service), trusted wherever it resolves.
    void trustHost(const QString& host);
    // The size the preview is drawn at, once known (it stays known, so laying rows out never
    // needs the picture); otherwise starts on it (once) if the sender is allowed.
    QSize previewSize(const QString& url, const Xmpp::Jid& sender);
    // The picture to draw, when in memory; otherwise it is read again from disk.
    QImage preview(const QString& url, const Xmpp::Jid& sender);
    Status status(const QString& url) const { return m_status.value(url, Status::None); }
    // Forgets a picture (its message was taken back): from memory and from disk.
    void forget(const QString& url);
    // Where the whole file is kept once fetched (empty before).
    QString cachedFile(const QString& url) const;

    // Whether an address is on the public internet (no loopback, private, link-local,
    // unique-local, multicast or reserved range).
    static bool isPublicAddress(const QHostAddress& address);

Q_SIGNALS:
    // The picture is there to draw (or will not be).
    void previewChanged(const QString& url);
    // Its size became known: rows are to be laid out again.
    void previewSized(const QString& url);

private:
    void fetch(const QString& url);
    void download(const QString& url);
    void decode(const QString& url);
    void finish(const QString& url, Status status, const QImage& image = {});
    void evict();
    bool isOwnServer(const QString& host) const;

    QString m_directory;
    QString m_ownDomain;
    TransferTrust m_trust;
    QNetworkAccessManager* m_network;
    Limits m_limits;
    std::function<bool(const Xmpp::Jid&)> m_mayFetch;
    QHash<QString, Status> m_status;
    QCache<QString, QImage> m_images; // by url, costed in pixels
    QHash<QString, QSize> m_sizes;
    QSet<QString> m_decoding;
    QSet<QString> m_trustedHosts;
    QSet<QString> m_forgotten; // taken back: never shown again
};

} // namespace Palaver::Im

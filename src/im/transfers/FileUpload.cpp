#include "FileUpload.h"

#include "xmpp/modules/xep0363_upload/HttpUploadModule.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace Palaver::Im {

FileUpload::FileUpload(Xmpp::HttpUploadModule& service, QNetworkAccessManager& network,
    const TransferTrust& trust, const QString& path, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_network(network)
    , m_trust(trust)
    , m_path(path)
{
    const QFileInfo info(path);
    m_size = info.size();
    m_contentType = QMimeDatabase().mimeTypeForFile(info).name();
}

FileUpload::~FileUpload()
{
    if (m_reply) {
        m_reply->abort();
    }
}

QString FileUpload::fileName() const
{
    return Xmpp::UploadSlot::baseName(QFileInfo(m_path).fileName());
}

void FileUpload::start()
{
    if (m_state == State::Preparing || m_state == State::RequestingSlot
        || m_state == State::Uploading) {
        return;
    }
    if (m_state == State::Failed) {
        m_uploadPath.clear(); // tried again: the file may have changed, so described anew
        m_workDir.reset();
    }
    m_failure = Failure::None;
    m_detail.clear();
    m_sent = 0;
    m_pinnedRefused = false;
    const QFileInfo info(m_uploadPath.isEmpty() ? m_path : m_uploadPath);
    m_size = info.size();
    if (!info.isFile() || !info.isReadable()) {
        fail(Failure::Unreadable);
        return;
    }
    if (!m_service.isAvailable()) {
        fail(Failure::NoService);
        return;
    }
    m_limit = m_service.maxFileSize();
    // Refused before a byte goes out; a photo is judged once written anew without its
    // metadata, which changes its size.
    if (m_limit > 0 && m_size > m_limit && (!m_uploadPath.isEmpty() || !cleansPhoto())) {
        fail(Failure::TooLarge);
        return;
    }
    if (m_uploadPath.isEmpty()) {
        prepare(); // and checked again: a photo written anew has a size of its own
        return;
    }
    setState(State::RequestingSlot);
    m_service.requestSlot(fileName(), m_size, m_contentType, this,
        [this](const std::optional<Xmpp::UploadSlot>& slot, const Xmpp::StanzaError& error,
            std::optional<qint64> tooLarge) {
            if (m_state != State::RequestingSlot) {
                return; // cancelled meanwhile
            }
            if (tooLarge) {
                m_limit = qMax(qint64(0), *tooLarge);
                fail(Failure::TooLarge, error.text());
                return;
            }
            if (!slot) {
                fail(Failure::Refused, error.text());
                return;
            }
            m_getUrl = slot->getUrl;
            put(slot->putUrl, slot->headers);
        });
}

void FileUpload::put(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    m_file = new QFile(m_uploadPath, this);
    if (!m_file->open(QIODevice::ReadOnly) || m_file->size() != m_size) {
        delete m_file;
        m_file = nullptr;
        fail(Failure::Unreadable); // gone or changed since the slot was asked for
        return;
    }
    QNetworkRequest request(url);
    m_trust.apply(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_size);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    m_reply = m_network.put(request, m_file);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        m_sent = sent;
        Q_EMIT progressed(sent, m_size);
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>&) {
        const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
        if (m_trust.accepts(peer)) {
            m_reply->ignoreSslErrors();
        } else {
            m_pinnedRefused = m_trust.isPinned(peer);
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &FileUpload::onFinished);
    setState(State::Uploading); // with the reply there, so a cancel now aborts it
}

void FileUpload::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    m_reply = nullptr;
    if (m_file) {
        m_file->deleteLater();
        m_file = nullptr;
    }
    if (m_state != State::Uploading) {
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        fail(Failure::Certificate, reply->errorString());
    } else if (reply->error() != QNetworkReply::NoError || status < 200 || status > 299) {
        fail(Failure::Network, status > 0 ? u"HTTP %1"_s.arg(status) : reply->errorString());
    } else {
        m_sent = m_size;
        setState(State::Done);
    }
}

namespace {

struct Prepared
{
    QString path; // what goes
    bool failed = false;
    QByteArray sha256;
    QSize dimensions;
};

// What the file's message will say about it (XEP-0446): its hash, and a picture's size as
// shown (turned as its orientation says).
void describe(Prepared& prepared)
{
    QFile file(prepared.path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly) && hash.addData(&file)) {
        prepared.sha256 = hash.result();
    }
    QImageReader reader(prepared.path);
    if (reader.canRead() && reader.size().isValid()) {
        const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
        prepared.dimensions = turned ? reader.size().transposed() : reader.size();
    }
}

} // namespace

void FileUpload::prepare()
{
    // Photos are written again (turned upright, without their metadata) unless the original
    // is asked for.
    const bool clean = cleansPhoto();
    QString target;
    if (clean) {
        m_workDir = std::make_unique<QTemporaryDir>();
        if (!m_workDir->isValid()) {
            fail(Failure::Unreadable);
            return;
        }
        target = m_workDir->filePath(QFileInfo(m_path).fileName());
        // Qt refuses decodes above 256 MB by default: a 108-megapixel phone photo needs more.
        QImageReader::setAllocationLimit(qMax(QImageReader::allocationLimit(), 1024));
    }
    setState(State::Preparing);
    const QString source = m_path;
    QPointer<FileUpload> self(this);
    QThreadPool::globalInstance()->start([self, source, target, clean] {
        Prepared prepared;
        prepared.path = source;
        if (clean) {
            QImageReader reader(source);
            reader.setAutoTransform(true); // turned as the camera says, since the tag goes
            // No picture at all (named .jpg, but something else): it goes as it is, a file.
            // A picture that cannot be decoded fails, never goes with its metadata.
            if (reader.canRead()) {
                const QImage image = reader.read();
                QImageWriter writer(target, "jpeg");
                writer.setQuality(92);
                prepared.failed = image.isNull() || !writer.write(image);
                prepared.path = target;
            }
        }
        if (!prepared.failed) {
            describe(prepared);
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, prepared] {
                if (!self || self->m_state != State::Preparing) {
                    return; // cancelled meanwhile
                }
                if (prepared.failed) {
                    // Never the original instead: it would carry what the user wanted gone.
                    self->fail(Failure::Unreadable);
                    return;
                }
                self->m_uploadPath = prepared.path;
                self->m_sha256 = prepared.sha256;
                self->m_dimensions = prepared.dimensions;
                self->setState(State::Waiting);
                self->start();
            },
            Qt::QueuedConnection);
    });
}

Xmpp::SharedFile FileUpload::sharedFile() const
{
    Xmpp::SharedFile file;
    file.url = m_getUrl.toString(QUrl::FullyEncoded);
    file.name = fileName();
    file.mediaType = m_contentType;
    file.size = m_size;
    file.dimensions = m_dimensions;
    file.sha256 = m_sha256;
    return file;
}

void FileUpload::restore(
    Failure failure, const QString& detail, qint64 limit, const Xmpp::SharedFile& sent)
{
    if (failure == Failure::NotSent) {
        if (sent.isNull()) {
            failure = Failure::Interrupted; // its address is lost: uploaded again
        } else {
            m_getUrl = QUrl(sent.url, QUrl::StrictMode);
            m_size = sent.size;
            m_sha256 = sent.sha256;
            m_dimensions = sent.dimensions;
        }
    }
    m_limit = limit;
    fail(failure == Failure::None ? Failure::Interrupted : failure, detail);
}

void FileUpload::cancel()
{
    if (m_state == State::Done || m_state == State::Cancelled) {
        return;
    }
    setState(State::Cancelled);
    if (m_reply) {
        m_reply->abort();
    }
}

void FileUpload::fail(Failure failure, const QString& detail)
{
    m_failure = failure;
    m_detail = detail;
    setState(State::Failed);
}

void FileUpload::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Palaver::Im

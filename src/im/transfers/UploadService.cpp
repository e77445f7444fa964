#include "UploadService.h"

#include "FileUpload.h"
#include "im/services/MessageService.h"
#include "im/services/RoomService.h"
#include "xmpp/modules/xep0363_upload/HttpUploadModule.h"

#include <QFile>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Palaver::Im {

UploadService::UploadService(Xmpp::HttpUploadModule& module, MessageService& messages,
    RoomService& rooms, const TransferTrust& trust, const QNetworkProxy& proxy, QObject* parent)
    : QObject(parent)
    , m_module(module)
    , m_messages(messages)
    , m_rooms(rooms)
    , m_trust(trust)
    , m_network(new QNetworkAccessManager(this))
{
    // Files take the account's way out (its proxy, say Tor), never a direct one beside it.
    m_network->setProxy(proxy);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

UploadService::~UploadService() = default;

bool UploadService::isAvailable() const
{
    return m_module.isAvailable();
}

qint64 UploadService::maxFileSize() const
{
    return m_module.maxFileSize();
}

void UploadService::allowPinnedCertificateForFiles(bool allowed)
{
    m_trust.pinnedAllowedForFiles = allowed;
    Q_EMIT trustChanged();
}

FileUpload* UploadService::send(
    const Xmpp::Jid& peer, const QString& path, bool room, const SendOptions& options)
{
    FileUpload* upload = add({peer, room}, path, options);
    saveRecord();
    Q_EMIT uploadAdded(peer, upload);
    upload->start();
    return upload;
}

FileUpload* UploadService::add(
    const Target& target, const QString& path, const SendOptions& options)
{
    auto* upload = new FileUpload(m_module, *m_network, m_trust, path, this);
    upload->setKeepOriginal(options.keepOriginal);
    m_uploads.insert(upload, target);
    if (options.temporary) {
        m_temporary.insert(upload);
    }
    connect(upload, &FileUpload::stateChanged, this, [this, upload] { onStateChanged(upload); });
    return upload;
}

void UploadService::restore(const QString& record)
{
    m_record = new QSettings(record, QSettings::IniFormat, this);
    const int count = m_record->beginReadArray(u"pending"_s);
    for (int i = 0; i < count; ++i) {
        m_record->setArrayIndex(i);
        const Xmpp::Jid peer = Xmpp::Jid::fromString(m_record->value(u"peer"_s).toString());
        const QString path = m_record->value(u"path"_s).toString();
        if (!peer.isValid() || path.isEmpty()) {
            continue;
        }
        SendOptions options;
        options.temporary = m_record->value(u"temporary"_s).toBool();
        options.keepOriginal = m_record->value(u"keepOriginal"_s).toBool();
        FileUpload* upload = add({peer, m_record->value(u"room"_s).toBool()}, path, options);
        // Still on its way when the program closed: interrupted; failed: as it failed.
        const QMetaEnum failures = QMetaEnum::fromType<FileUpload::Failure>();
        bool known = false;
        const int failure = failures.keyToValue(
            m_record->value(u"failure"_s).toString().toLatin1().constData(), &known);
        Xmpp::SharedFile sent;
        sent.url = m_record->value(u"url"_s).toString();
        sent.size = m_record->value(u"size"_s, qint64(-1)).toLongLong();
        sent.sha256 = QByteArray::fromBase64(m_record->value(u"sha256"_s).toByteArray());
        sent.dimensions = m_record->value(u"dimensions"_s).toSize();
        upload->restore(known ? FileUpload::Failure(failure) : FileUpload::Failure::Interrupted,
            m_record->value(u"detail"_s).toString(), m_record->value(u"limit"_s).toLongLong(),
            sent);
        Q_EMIT uploadAdded(peer, upload);
    }
    m_record->endArray();
}

QList<Xmpp::Jid> UploadService::interruptedChats() const
{
    QList<Xmpp::Jid> peers;
    for (auto it = m_uploads.cbegin(); it != m_uploads.cend(); ++it) {
        if (!it->room && it.key()->failure() == FileUpload::Failure::Interrupted
            && !peers.contains(it->peer)) {
            peers.append(it->peer);
        }
    }
    return peers;
}

void UploadService::saveRecord()
{
    if (!m_record) {
        return;
    }
    m_record->remove(u"pending"_s);
    m_record->beginWriteArray(u"pending"_s, int(m_uploads.size()));
    int i = 0;
    for (auto it = m_uploads.cbegin(); it != m_uploads.cend(); ++it, ++i) {
        m_record->setArrayIndex(i);
        m_record->setValue(u"peer"_s, it->peer.toString());
        m_record->setValue(u"room"_s, it->room);
        m_record->setValue(u"path"_s, it.key()->path());
        m_record->setValue(u"temporary"_s, m_temporary.contains(it.key()));
        m_record->setValue(u"keepOriginal"_s, it.key()->keepsOriginal());
        const FileUpload* upload = it.key();
        if (upload->state() != FileUpload::State::Failed) {
            continue; // on its way: interrupted, if the program closes now
        }
        m_record->setValue(u"failure"_s,
            QString::fromLatin1(
                QMetaEnum::fromType<FileUpload::Failure>().valueToKey(int(upload->failure()))));
        m_record->setValue(u"detail"_s, upload->detail());
        m_record->setValue(u"limit"_s, upload->limit());
        if (upload->failure() == FileUpload::Failure::NotSent) {
            const Xmpp::SharedFile sent = upload->sharedFile(); // on the server: sent, not again
            m_record->setValue(u"url"_s, sent.url);
            m_record->setValue(u"size"_s, sent.size);
            m_record->setValue(u"sha256"_s, sent.sha256.toBase64());
            m_record->setValue(u"dimensions"_s, sent.dimensions);
        }
    }
    m_record->endArray();
    m_record->sync(); // a crash right after must not lose what the user chose
}

void UploadService::retry(FileUpload* upload)
{
    if (!m_uploads.contains(upload)) {
        return;
    }
    if (upload->failure() == FileUpload::Failure::NotSent) {
        sendMessageFor(upload); // the file is there already
        return;
    }
    upload->setTrust(m_trust); // the user may have allowed the pinned certificate since
    upload->start();
}

void UploadService::dismiss(FileUpload* upload)
{
    if (m_uploads.contains(upload)) {
        upload->cancel();
        remove(upload);
    }
}

QList<FileUpload*> UploadService::uploadsTo(const Xmpp::Jid& peer) const
{
    QList<FileUpload*> uploads;
    for (auto it = m_uploads.cbegin(); it != m_uploads.cend(); ++it) {
        if (it->peer == peer) {
            uploads.append(it.key());
        }
    }
    return uploads;
}

Xmpp::Jid UploadService::peerOf(const FileUpload* upload) const
{
    return m_uploads.value(const_cast<FileUpload*>(upload)).peer;
}

void UploadService::onStateChanged(FileUpload* upload)
{
    if (!m_uploads.contains(upload)) {
        return;
    }
    if (upload->state() == FileUpload::State::Done) {
        sendMessageFor(upload);
    } else if (upload->state() == FileUpload::State::Failed
        || upload->state() == FileUpload::State::RequestingSlot) {
        saveRecord(); // failed as it did, or on its way again after a retry
    }
}

void UploadService::sendMessageFor(FileUpload* upload)
{
    const Target target = m_uploads.value(upload);
    const Xmpp::SharedFile file = upload->sharedFile();
    const QString& url = file.url;
    // The body is the address alone, so clients that know no XEP-0066 still show the file.
    const bool sent = target.room ? m_rooms.sendMessage(target.peer, url, nullptr, file)
                                  : m_messages.sendMessage(target.peer, url, nullptr, file);
    if (sent) {
        Q_EMIT fileSent(target.peer, url);
        remove(upload);
    } else {
        upload->markNotSent(); // stays listed, to be sent again or removed
    }
}

void UploadService::remove(FileUpload* upload)
{
    m_uploads.remove(upload);
    if (m_temporary.remove(upload)) {
        QFile::remove(upload->path());
    }
    saveRecord();
    Q_EMIT uploadRemoved(upload);
    upload->deleteLater();
}

} // namespace Palaver::Im

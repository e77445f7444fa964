#include "SharedFile.h"

#include "../../core/Namespaces.h"
#include "MessageExtensions.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

namespace {

bool isWebAddress(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const bool web = url.scheme() == u"https" || url.scheme() == u"http";
    return url.isValid() && web && !url.host().isEmpty();
}

// A picture linked by its bare address, as clients send them that know no out-of-band data.
bool isPictureAddress(const QString& text)
{
    static const QRegularExpression picture(
        u"\\.(png|jpe?g|gif|webp)$"_s, QRegularExpression::CaseInsensitiveOption);
    const QUrl url(text, QUrl::StrictMode);
    return !text.contains(QRegularExpression(u"\\s"_s)) && url.isValid() && url.scheme() == u"https"
        && !url.host().isEmpty() && picture.match(url.path()).hasMatch();
}

qint64 boundedNumber(const XmlElement& parent, QStringView name, qint64 max)
{
    bool ok = false;
    const qint64 value = parent.firstChild(name, Ns::FileMetadata).text().trimmed().toLongLong(&ok);
    return ok && value >= 0 && value <= max ? value : -1;
}

// XEP-0446 metadata, each field checked on its own so one odd value loses only itself.
void readMetadata(const XmlElement& file, SharedFile& shared)
{
    const QString name = file.firstChild(u"name", Ns::FileMetadata).text().trimmed();
    if (name.size() <= 255) {
        shared.name = name;
    }
    static const QRegularExpression mediaType(u"^[\\w.+-]{1,63}/[\\w.+-]{1,63}$"_s);
    const QString type = file.firstChild(u"media-type", Ns::FileMetadata).text().trimmed();
    if (mediaType.match(type).hasMatch()) {
        shared.mediaType = type.toLower();
    }
    shared.size = boundedNumber(file, u"size", std::numeric_limits<qint64>::max());
    const qint64 width = boundedNumber(file, u"width", 65535);
    const qint64 height = boundedNumber(file, u"height", 65535);
    if (width > 0 && height > 0) {
        shared.dimensions = QSize(int(width), int(height));
    }
    for (const XmlElement& hash : file.childElements(u"hash", Ns::Hashes)) {
        const QByteArray digest = QByteArray::fromBase64(
            hash.text().trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (hash.attribute(u"algo") == u"sha-256" && digest.size() == 32) {
            shared.sha256 = digest;
        }
    }
}

} // namespace

QString SharedFile::displayName() const
{
    if (!name.isEmpty()) {
        return name;
    }
    const QString last = QUrl(url).fileName(QUrl::FullyDecoded);
    return last.isEmpty() ? url : last;
}

SharedFile sharedFileOf(const Message& message)
{
    SharedFile shared;
    shared.url = outOfBandUrl(message);
    for (const XmlElement& sharing : message.payloads(u"file-sharing", Ns::FileSharing)) {
        const XmlElement file = sharing.firstChild(u"file", Ns::FileMetadata);
        QString source;
        for (const XmlElement& data : sharing.firstChild(u"sources", Ns::FileSharing)
                                          .childElements(u"url-data", Ns::UrlData)) {
            if (isWebAddress(data.attribute(u"target"))) {
                source = data.attribute(u"target");
                break;
            }
        }
        // Details only for the file the message links to, never for another one.
        if (file.isNull() || source.isEmpty() || (!shared.url.isEmpty() && source != shared.url)) {
            continue;
        }
        shared.url = source;
        readMetadata(file, shared);
        break;
    }
    if (shared.url.isEmpty() && isPictureAddress(message.body().trimmed())) {
        shared.url = message.body().trimmed();
    }
    return shared;
}

void setSharedFile(Message& message, const SharedFile& file)
{
    setOutOfBandUrl(message, file.url);
    message.removePayloads(u"file-sharing", Ns::FileSharing);
    if (file.name.isEmpty() && file.size < 0 && file.mediaType.isEmpty()) {
        return;
    }
    XmlElement metadata(u"file"_s, Ns::FileMetadata);
    if (!file.mediaType.isEmpty()) {
        metadata.appendTextChild(u"media-type"_s, Ns::FileMetadata, file.mediaType);
    }
    if (!file.name.isEmpty()) {
        metadata.appendTextChild(u"name"_s, Ns::FileMetadata, file.name);
    }
    if (file.size >= 0) {
        metadata.appendTextChild(u"size"_s, Ns::FileMetadata, QString::number(file.size));
    }
    if (file.dimensions.isValid()) {
        metadata.appendTextChild(
            u"width"_s, Ns::FileMetadata, QString::number(file.dimensions.width()));
        metadata.appendTextChild(
            u"height"_s, Ns::FileMetadata, QString::number(file.dimensions.height()));
    }
    if (file.sha256.size() == 32) {
        XmlElement hash(u"hash"_s, Ns::Hashes);
        hash.setAttribute(u"algo"_s, u"sha-256"_s);
        hash.setText(QString::fromLatin1(file.sha256.toBase64()));
        metadata.appendChild(hash);
    }
    XmlElement source(u"url-data"_s, Ns::UrlData);
    source.setAttribute(u"target"_s, file.url);
    XmlElement sources(u"sources"_s, Ns::FileSharing);
    sources.appendChild(source);
    XmlElement sharing(u"file-sharing"_s, Ns::FileSharing);
    sharing.setAttribute(
        u"disposition"_s, file.mediaType.startsWith(u"image/"_s) ? u"inline"_s : u"attachment"_s);
    sharing.appendChild(metadata);
    sharing.appendChild(sources);
    message.appendPayload(sharing);
}

} // namespace Palaver::Xmpp

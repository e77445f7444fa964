#include "JingleFile.h"

#include "../../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
constexpr qsizetype MaxTextLength = 1024;
} // namespace

XmlElement JingleFile::toElement() const
{
    XmlElement file(u"file"_s, Ns::JingleFileTransfer);
    if (date.isValid()) {
        file.appendTextChild(u"date"_s, Ns::JingleFileTransfer, date.toUTC().toString(Qt::ISODate));
    }
    if (!description.isEmpty()) {
        file.appendTextChild(u"desc"_s, Ns::JingleFileTransfer, description);
    }
    if (!mediaType.isEmpty()) {
        file.appendTextChild(u"media-type"_s, Ns::JingleFileTransfer, mediaType);
    }
    file.appendTextChild(u"name"_s, Ns::JingleFileTransfer, name);
    file.appendTextChild(u"size"_s, Ns::JingleFileTransfer, QString::number(size));
    if (!sha256.isEmpty()) {
        XmlElement hash(u"hash"_s, Ns::Hashes);
        hash.setAttribute(u"algo"_s, u"sha-256"_s);
        hash.setText(QString::fromLatin1(sha256.toBase64()));
        file.appendChild(hash);
    }
    return file;
}

void JingleFile::readHashes(const XmlElement& file)
{
    for (const XmlElement& hash : file.childElements(u"hash", Ns::Hashes)) {
        const auto decoded = QByteArray::fromBase64Encoding(
            hash.text().trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            continue;
        }
        const QString algo = hash.attribute(u"algo");
        if (algo == u"sha-256" && decoded.decoded.size() == 32) {
            sha256 = *decoded;
        } else if (algo == u"sha-1" && decoded.decoded.size() == 20) {
            sha1 = *decoded;
        }
    }
}

std::optional<JingleFile> JingleFile::fromDescription(const XmlElement& description)
{
    const XmlElement element = description.firstChild(u"file", Ns::JingleFileTransfer);
    if (element.isNull()) {
        return std::nullopt;
    }
    const auto text = [&element](QStringView childName) {
        return element.firstChild(childName, Ns::JingleFileTransfer).text().left(MaxTextLength);
    };
    JingleFile file;
    bool ok = false;
    file.size = text(u"size").trimmed().toLongLong(&ok);
    if (!ok || file.size < 0) {
        return std::nullopt;
    }
    file.name = text(u"name");
    file.mediaType = text(u"media-type").trimmed();
    file.description = text(u"desc");
    file.date = QDateTime::fromString(text(u"date").trimmed(), Qt::ISODate);
    file.readHashes(element);
    return file;
}

} // namespace Palaver::Xmpp

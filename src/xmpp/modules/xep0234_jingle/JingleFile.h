// JingleFile: the file a Jingle file transfer offers (XEP-0234 §5): name, size, media type,
// date and hashes (XEP-0300). Everything here comes from the network when received: the name
// is to be cut to a safe base name before it names anything on disk.
#pragma once

#include "../../core/XmlElement.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Palaver::Xmpp {

struct JingleFile
{
    QString name;
    QString mediaType;
    QString description;
    QDateTime date;
    qint64 size = -1;
    QByteArray sha256; // raw bytes, when given
    QByteArray sha1; // some clients offer only this

    // <file/> in the file-transfer namespace.
    XmlElement toElement() const;
    // From a <description/>; nothing when it holds no file or the file has no valid size.
    static std::optional<JingleFile> fromDescription(const XmlElement& description);
    // Reads <hash/> children (of a <file/> or a <checksum/>'s <file/>) into the hashes.
    void readHashes(const XmlElement& file);
};

} // namespace Palaver::Xmpp

// UploadSlot: where a file may be put over HTTP and where others will get it (XEP-0363 §5),
// as a service hands it out; only what the specification allows is kept.
#pragma once

#include "../../core/XmlElement.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>

namespace Palaver::Xmpp {

struct UploadSlot
{
    QUrl putUrl;
    QUrl getUrl;
    // Only Authorization, Cookie and Expires, without line breaks (§5).
    QList<QPair<QByteArray, QByteArray>> headers;

    // The slot in a service's answer; nothing unless both addresses are https.
    static std::optional<UploadSlot> fromElement(const XmlElement& slot);
    // The request for a slot (§5): the name is cut to its last path part.
    static XmlElement request(const QString& fileName, qint64 size, const QString& contentType);
    // A file name as it may go into a request or onto a disk.
    static QString baseName(const QString& fileName);
};

} // namespace Palaver::Xmpp

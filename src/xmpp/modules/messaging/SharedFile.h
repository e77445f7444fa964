// SharedFile: a file a message shares: its address (XEP-0066 out-of-band data) and, where the
// sender describes it, its details (XEP-0447 stateless file sharing with XEP-0446 metadata).
// Everything here comes from the network: the name is what the sender says, to be cut to a
// safe base name before it names anything on disk.
#pragma once

#include "../../core/Message.h"

#include <QByteArray>
#include <QMetaType>
#include <QSize>
#include <QString>

namespace Palaver::Xmpp {

struct SharedFile
{
    QString url; // http(s)
    QString name;
    QString mediaType;
    qint64 size = -1; // unknown when negative
    QSize dimensions; // of a picture or video, when given
    QByteArray sha256; // XEP-0300, raw bytes, when given

    bool isNull() const { return url.isEmpty(); }
    // The name to show: the given one, else the last part of the address.
    QString displayName() const;
    friend bool operator==(const SharedFile&, const SharedFile&) = default;
};

// The file a message shares, if any: out-of-band data (its address wins), details from a
// file-sharing element for the same address, or a body that is nothing but the https address
// of a picture (as clients without either send them).
SharedFile sharedFileOf(const Message& message);
// Marks the message as sharing the file: out-of-band data, plus the details when known.
void setSharedFile(Message& message, const SharedFile& file);

} // namespace Palaver::Xmpp

Q_DECLARE_METATYPE(Palaver::Xmpp::SharedFile)

// ReceivedMessage: a message as the IM layer sees it, unwrapped from carbons or archive
// results, with where it came from and when it was sent.
#pragma once

#include "../../core/Message.h"

#include <QDateTime>

namespace Palaver::Xmpp {

struct ReceivedMessage
{
    enum class Origin {
        Live, // sent to this resource
        Carbon, // a copy of what another resource of ours sent or received (XEP-0280)
        Archive, // from our server's archive (XEP-0313)
    };

    Message message; // the real message, never the wrapper
    Origin origin = Origin::Live;
    bool outgoing = false; // sent by our own account, from another device or earlier
    // UTC: when our server or this device got it, which orders history. A sender's own
    // claim (XEP-0203) never does: it could put a message anywhere in the past or future.
    QDateTime timestamp;
    bool delayed = false; // the timestamp comes from our server's delay or archive stamp
    QDateTime sentAt; // when the sender says it was sent, if it says so (UTC, not in the future)
    QString archiveId; // the id in our server's archive, when known (XEP-0359 / XEP-0313)
    // XEP-0045 §7.5: marked as a private message within a room, so the peer is an occupant
    // (room@service/nick) even when the room is not one we are in.
    bool mucPrivate = false;

    // The other party: whom we wrote to, or who wrote to us.
    Jid peer() const { return outgoing ? message.to() : message.from(); }
};

} // namespace Palaver::Xmpp

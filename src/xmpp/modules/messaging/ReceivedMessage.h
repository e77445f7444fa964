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
    QDateTime timestamp; // UTC: when it was sent, as far as we can tell
    bool delayed = false; // the timestamp comes from a delay or archive stamp
    QString archiveId; // the id in our server's archive, when known (XEP-0359 / XEP-0313)

    // The other party: whom we wrote to, or who wrote to us.
    Jid peer() const { return outgoing ? message.to() : message.from(); }
};

} // namespace Palaver::Xmpp

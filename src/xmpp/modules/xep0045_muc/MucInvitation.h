// MucInvitation: an invitation to a group chat room, sent directly by a person (XEP-0249
// jabber:x:conference) or passed on by the room itself (XEP-0045 §7.8.2, muc#user <invite/>).
#pragma once

#include "../../core/Message.h"

#include <optional>

namespace Palaver::Xmpp {

struct MucInvitation
{
    Jid room;
    Jid inviter; // who invites; for a mediated one as the room says: maybe room/nick
    QString reason;
    QString password;
    bool mediated = false; // through the room: a decline can be sent back the same way

    // Reads either kind; nothing when the message is no invitation. A mediated invitation is
    // believed only from a room's own (bare) address.
    static std::optional<MucInvitation> fromMessage(const Message& message);
    // An invitation is not a conversation's message, even with a body.
    static bool isInvitation(const Message& message);
    // XEP-0249 §3.
    Message toDirect(const Jid& invitee) const;
    // XEP-0045 §7.8.2: to the room, which passes it on.
    static Message throughRoom(const Jid& room, const Jid& invitee, const QString& reason);
    // XEP-0045 §7.8.2: "no, thanks", through the room to the inviter.
    Message decline(const QString& reason) const;

private:
    static Message toRoom(
        const Jid& room, const QString& action, const Jid& to, const QString& reason);
};

} // namespace Palaver::Xmpp

Q_DECLARE_METATYPE(Palaver::Xmpp::MucInvitation)

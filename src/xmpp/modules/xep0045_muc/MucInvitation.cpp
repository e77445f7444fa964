#include "MucInvitation.h"

#include "../../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

namespace {
bool isRoomAddress(const Jid& jid)
{
    return jid.isValid() && !jid.local().isEmpty() && jid.isBare();
}
} // namespace

std::optional<MucInvitation> MucInvitation::fromMessage(const Message& message)
{
    if (message.type() == Message::Type::Error || message.type() == Message::Type::GroupChat) {
        return std::nullopt;
    }
    const XmlElement user = message.payload(u"x", Ns::MucUser);
    const XmlElement invite = user.firstChild(u"invite", Ns::MucUser);
    // First: rooms add a direct form to what they pass on, for older clients.
    if (!invite.isNull() && isRoomAddress(message.from())) {
        MucInvitation invitation;
        invitation.room = message.from();
        // A room that hides real addresses names the inviter by their place in the room.
        invitation.inviter = Jid::fromString(invite.attribute(u"from"));
        invitation.reason = invite.firstChild(u"reason", Ns::MucUser).text();
        invitation.password = user.firstChild(u"password", Ns::MucUser).text();
        invitation.mediated = true;
        return invitation;
    }
    const XmlElement direct = message.payload(u"x", Ns::Conference);
    if (!direct.isNull()) {
        MucInvitation invitation;
        invitation.room = Jid::fromString(direct.attribute(u"jid"));
        invitation.inviter = message.from().bare();
        invitation.reason = direct.attribute(u"reason");
        invitation.password = direct.attribute(u"password");
        if (!isRoomAddress(invitation.room) || !invitation.inviter.isValid()) {
            return std::nullopt;
        }
        return invitation;
    }
    return std::nullopt;
}

bool MucInvitation::isInvitation(const Message& message)
{
    return !message.payload(u"x", Ns::Conference).isNull()
        || message.payload(u"x", Ns::MucUser).hasChild(u"invite", Ns::MucUser);
}

Message MucInvitation::toDirect(const Jid& invitee) const
{
    Message message(Message::Type::Normal, invitee.bare());
    XmlElement x(u"x"_s, Ns::Conference);
    x.setAttribute(u"jid"_s, room.bare().toString());
    if (!reason.isEmpty()) {
        x.setAttribute(u"reason"_s, reason);
    }
    if (!password.isEmpty()) {
        x.setAttribute(u"password"_s, password);
    }
    message.appendPayload(x);
    return message;
}

// Both travel through the room: one muc#user element naming the other party.
Message MucInvitation::throughRoom(const Jid& room, const Jid& invitee, const QString& reason)
{
    return toRoom(room, u"invite"_s, invitee, reason);
}

Message MucInvitation::decline(const QString& declineReason) const
{
    return toRoom(room, u"decline"_s, inviter, declineReason); // as the room named them
}

Message MucInvitation::toRoom(
    const Jid& room, const QString& action, const Jid& to, const QString& reason)
{
    Message message(Message::Type::Normal, room.bare());
    XmlElement element(action, Ns::MucUser);
    element.setAttribute(u"to"_s, to.toString());
    if (!reason.isEmpty()) {
        element.appendTextChild(u"reason"_s, Ns::MucUser, reason);
    }
    XmlElement x(u"x"_s, Ns::MucUser);
    x.appendChild(element);
    message.appendPayload(x);
    return message;
}

} // namespace Palaver::Xmpp

#include "RoomText.h"

using namespace Qt::StringLiterals;
using Palaver::Xmpp::MucAffiliation;
using Palaver::Xmpp::MucRole;
using Palaver::Xmpp::MucRoom;
using Condition = Palaver::Xmpp::StanzaError::Condition;

namespace Palaver::Gui {

QString RoomText::withServerText(const QString& sentence, const Xmpp::StanzaError& error)
{
    const QString said = error.text().simplified().left(300);
    return said.isEmpty() ? sentence : tr("%1 The room says: “%2”").arg(sentence, said);
}

// XEP-0045 §7.2: the errors a room gives on entering.
QString RoomText::joinError(const Xmpp::StanzaError& error)
{
    QString sentence;
    switch (error.condition()) {
    case Condition::Conflict:
        sentence = tr("Someone in the room already uses this nickname. Choose another one.");
        break;
    case Condition::NotAuthorized:
        sentence = tr("This room needs a password. Enter it and join again.");
        break;
    case Condition::Forbidden:
        sentence = tr("You are banned from this room.");
        break;
    case Condition::RegistrationRequired:
        sentence = tr("Only members may enter this room. Ask an admin to add you.");
        break;
    case Condition::ServiceUnavailable:
        sentence = tr("The room is full. Try again later.");
        break;
    case Condition::ItemNotFound:
        sentence = tr("This room does not exist, or is locked while its owner sets it up.");
        break;
    case Condition::NotAllowed:
        sentence = tr("You may not create rooms on this service.");
        break;
    case Condition::NotAcceptable:
        sentence = tr("The room does not accept this nickname; it may have to be your "
                      "registered one.");
        break;
    case Condition::JidMalformed:
        sentence = tr("This nickname cannot be used. Choose another one.");
        break;
    case Condition::RemoteServerNotFound:
    case Condition::RemoteServerTimeout:
        sentence = tr("The room's server cannot be reached.");
        break;
    default:
        sentence = tr("The room refused to let you in.");
        break;
    }
    return withServerText(sentence, error);
}

QString RoomText::exit(MucRoom::Exit exit, const QString& reason)
{
    QString sentence;
    switch (exit) {
    case MucRoom::Exit::Left:
        return tr("You left the room.");
    case MucRoom::Exit::Kicked:
        sentence = tr("You were removed from the room by a moderator.");
        break;
    case MucRoom::Exit::Banned:
        sentence = tr("You were banned from the room.");
        break;
    case MucRoom::Exit::AffiliationChanged:
    case MucRoom::Exit::MembersOnly:
        sentence = tr("The room is now for members only, and you are not one.");
        break;
    case MucRoom::Exit::Shutdown:
        sentence = tr("The room's service is shutting down.");
        break;
    case MucRoom::Exit::Error:
        sentence = tr("You are no longer in the room because of an error.");
        break;
    }
    const QString said = reason.simplified().left(300);
    return said.isEmpty() ? sentence : tr("%1 Reason: “%2”").arg(sentence, said);
}

QString RoomText::refusal(const Xmpp::StanzaError& error)
{
    QString sentence;
    switch (error.condition()) {
    case Condition::Forbidden:
    case Condition::NotAllowed:
        sentence = tr("You are not allowed to do this in this room.");
        break;
    case Condition::NotAcceptable:
    case Condition::BadRequest:
        sentence = tr("The room did not accept this change.");
        break;
    case Condition::Conflict:
        sentence = tr("This is not possible while the room is in its current state.");
        break;
    case Condition::Timeout:
    case Condition::Disconnected:
        sentence = tr("The room did not answer. Check the connection and try again.");
        break;
    default:
        sentence = tr("The room refused the request.");
        break;
    }
    return withServerText(sentence, error);
}

QString RoomText::roleGroup(MucRole role, int count)
{
    switch (role) {
    case MucRole::Moderator:
        return tr("Moderators (%1)").arg(count);
    case MucRole::Participant:
        return tr("Participants (%1)").arg(count);
    case MucRole::Visitor:
        return tr("Visitors (%1)").arg(count);
    case MucRole::None:
        break;
    }
    return {};
}

QString RoomText::role(MucRole role)
{
    switch (role) {
    case MucRole::Moderator:
        return tr("Moderator");
    case MucRole::Participant:
        return tr("Participant");
    case MucRole::Visitor:
        return tr("Visitor (may not speak)");
    case MucRole::None:
        break;
    }
    return tr("Not in the room");
}

QString RoomText::affiliation(MucAffiliation affiliation)
{
    switch (affiliation) {
    case MucAffiliation::Owner:
        return tr("Owner");
    case MucAffiliation::Admin:
        return tr("Admin");
    case MucAffiliation::Member:
        return tr("Member");
    case MucAffiliation::Outcast:
        return tr("Banned");
    case MucAffiliation::None:
        break;
    }
    return tr("Guest");
}

} // namespace Palaver::Gui

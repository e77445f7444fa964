// RoomRevisions: what room messages do to earlier ones, both ways: reactions (XEP-0444),
// corrections (XEP-0308), retractions (XEP-0424) and a moderator's retractions (XEP-0425).
// In a room, other messages are named by the room's stanza id (a correction by the sender's
// own id), and a change is believed only from the occupant, the same person where the room
// shows who it is, who wrote the message; a moderation only from the room itself.
#pragma once

#include "../storage/MessageRecord.h"
#include "xmpp/core/Jid.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"

#include <functional>

namespace Palaver::Im {

class MessageService;

class RoomRevisions
{
public:
    // Writes a change, then runs done.
    using Revision = std::function<void(std::function<void()> done)>;

    RoomRevisions(MessageService& messages, QString account);

    // The change the message makes to another, to be applied after the messages before it
    // are stored; empty when it is a message of its own. A message that claims to change
    // another but may not gives a change that does nothing.
    Revision revisionOf(const Xmpp::Jid& room, const Xmpp::MucMessage& message) const;

    // How room messages name this one: the room's stanza id (none until the room echoed it).
    static QString referenceId(const MessageRecord& record) { return record.archiveId; }

    // Ours, sent to the room and kept here at once (the room's echo changes nothing more).
    // react gives the id of the message it sent (none when the target has no room id yet).
    QString react(
        Xmpp::MucRoom& room, const MessageRecord& target, const QStringList& emojis) const;
    bool retract(Xmpp::MucRoom& room, const MessageRecord& target) const;
    void correct(Xmpp::MucRoom& room, const QString& messageId, const QString& body) const;

private:
    MessageService& m_messages;
    QString m_account;
};

} // namespace Palaver::Im

// How our chat messages and history meet on the wire: the stanza for a stored message, and
// the record history keeps of a received one.
#pragma once

#include "../storage/MessageRecord.h"
#include "xmpp/core/Message.h"
#include "xmpp/modules/messaging/ReceivedMessage.h"

namespace Palaver::Im {

// The stanza for a stored message: its text, reply, shared file and ids (the same ids every
// time it is sent, so the other side can recognise a copy). privateChat: to a room's occupant
// (XEP-0045 §7.5). replaces: the id of the message it corrects (XEP-0308).
Xmpp::Message outgoingMessage(
    const MessageRecord& record, bool privateChat, const QString& replaces = {});

// What history keeps of a received message (ours from another device or the archive too) in
// the conversation with peer, for our account.
MessageRecord receivedRecord(const Xmpp::ReceivedMessage& received, const QString& account,
    const Xmpp::Jid& peer, bool countsAsUnread);

} // namespace Palaver::Im

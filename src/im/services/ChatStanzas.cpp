#include "ChatStanzas.h"

#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/messaging/MessageExtensions.h"
#include "xmpp/modules/messaging/MessageReferences.h"
#include "xmpp/modules/xep0333_markers/MarkersModule.h"

using namespace Qt::StringLiterals;
using namespace Palaver::Xmpp;

namespace Palaver::Im {

Message outgoingMessage(const MessageRecord& record, bool privateChat, const QString& replaces)
{
    Message message(Message::Type::Chat, Jid::fromString(record.peer), record.body);
    if (!record.replyTo.isEmpty()) {
        setReply(message, {record.replyTo, {}}, record.replyQuote, record.body);
    }
    if (!record.attachment.isNull()) {
        setSharedFile(message, record.attachment);
    }
    if (privateChat) {
        // XEP-0045 §7.5: marked as private within the room.
        message.appendPayload(XmlElement(u"x"_s, Ns::MucUser));
    }
    message.setId(record.messageId);
    // XEP-0359: one id for the stanza and the origin-id, so every copy can be recognised.
    setOriginId(message, record.originId.isEmpty() ? record.messageId : record.originId);
    if (!replaces.isEmpty()) {
        setReplacedId(message, replaces);
    }
    return message;
}

MessageRecord receivedRecord(
    const ReceivedMessage& received, const QString& account, const Jid& peer, bool countsAsUnread)
{
    const Message& message = received.message;
    MessageRecord record;
    record.account = account;
    record.peer = peer.toString();
    record.outgoing = received.outgoing;
    record.sender = message.from().isValid() ? message.from().toString()
                                             : (received.outgoing ? account : record.peer);
    record.timestamp = received.timestamp;
    record.sentAt = received.sentAt;
    record.markable = MarkersModule::isMarkable(message);
    record.body = bodyWithoutFallback(message);
    record.attachment = sharedFileOf(message);
    if (const std::optional<Reply> reply = replyOf(message)) {
        record.replyTo = reply->id;
        record.replyQuote = replyFallbackQuote(message);
    }
    record.messageId = message.id();
    record.originId = originId(message);
    record.archiveId = received.archiveId;
    // Our own message from another device or the archive: our server had it.
    record.state = received.outgoing ? MessageRecord::State::Sent : MessageRecord::State::Received;
    record.countsAsUnread = countsAsUnread;
    return record;
}

} // namespace Palaver::Im

#include "RoomRevisions.h"

#include "MessageService.h"
#include "xmpp/modules/messaging/MessageExtensions.h"
#include "xmpp/modules/messaging/MessageReferences.h"

#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Palaver::Xmpp;

namespace Palaver::Im {

RoomRevisions::RoomRevisions(MessageService& messages, QString account)
    : m_messages(messages)
    , m_account(std::move(account))
{ }

RoomRevisions::Revision RoomRevisions::revisionOf(const Jid& room, const MucMessage& message) const
{
    const Message& stanza = message.stanza;
    const QString peer = room.toString();
    MessageService* messages = &m_messages;
    const Revision nothing = [](const std::function<void()>& done) { done(); };
    if (message.nick.isEmpty()) {
        // The room itself: only it announces what a moderator took back.
        if (const std::optional<Moderation> moderation = moderationOf(stanza)) {
            return [messages, peer, moderation = *moderation](std::function<void()> done) {
                messages->applyModeration(peer, moderation.id, moderation.reason, std::move(done));
            };
        }
        return stanza.body().isEmpty() ? nothing : Revision();
    }
    // Said before we came (join history, the room's archive), our nickname may have been
    // someone else's: such a change is ours only where the room recorded our address.
    const bool own
        = message.own && (!message.history || message.realJid == Jid::fromString(m_account));
    const Reviser reviser {
        own, room.withResource(message.nick).toString(), message.realJid.toString(), true};
    if (const std::optional<Reactions> reactions = reactionsOf(stanza)) {
        // Ours are kept under our account, whatever our nickname was; others' under their
        // occupant address, which no bare account address can equal.
        const QString reactor = own ? m_account : room.withResource(message.nick).toString();
        return [messages, peer, reactions = *reactions, reactor](std::function<void()> done) {
            messages->applyReactions(
                peer, reactions.id, reactor, reactions.emojis, std::move(done));
        };
    }
    if (const QString retracted = retractedId(stanza); !retracted.isEmpty()) {
        return [messages, peer, reviser, retracted](std::function<void()> done) {
            messages->applyRetraction(peer, reviser, retracted, std::move(done));
        };
    }
    if (moderationOf(stanza)) {
        return nothing; // an occupant posing as the room
    }
    if (const QString replaced = replacedId(stanza);
        !replaced.isEmpty() && !stanza.body().isEmpty()) {
        return [messages, peer, reviser, replaced, body = bodyWithoutFallback(stanza)](
                   std::function<void()> done) {
            messages->applyCorrection(peer, reviser, replaced, body, std::move(done));
        };
    }
    return stanza.body().isEmpty() ? nothing : Revision();
}

QString RoomRevisions::react(
    MucRoom& room, const MessageRecord& target, const QStringList& emojis) const
{
    const QString id = referenceId(target);
    if (id.isEmpty()) {
        return {};
    }
    Message message(Message::Type::GroupChat, room.jid());
    message.setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    setReactions(message, {id, emojis});
    const QString sent = room.sendMessage(message);
    m_messages.applyReactions(room.jid().toString(), id, m_account, emojis);
    return sent;
}

bool RoomRevisions::retract(MucRoom& room, const MessageRecord& target) const
{
    if (!target.outgoing || target.retracted) {
        return false;
    }
    // XEP-0424: the room's id in the current form, our own in the earlier one.
    const QString ownId = target.originId.isEmpty() ? target.messageId : target.originId;
    const QString id = referenceId(target).isEmpty() ? ownId : referenceId(target);
    Message message(Message::Type::GroupChat, room.jid());
    message.setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    setRetraction(message, id,
        u"This person attempted to retract a previous message, but it's unsupported by your "
        "client."_s,
        ownId);
    room.sendMessage(message);
    m_messages.applyRetraction(room.jid().toString(), {true, {}, {}, true}, id);
    return true;
}

void RoomRevisions::correct(MucRoom& room, const QString& messageId, const QString& body) const
{
    Message message(Message::Type::GroupChat, room.jid(), body);
    message.setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    setReplacedId(message, messageId);
    room.sendMessage(message);
    m_messages.applyCorrection(room.jid().toString(), {true, {}, {}, true}, messageId, body);
}

} // namespace Palaver::Im

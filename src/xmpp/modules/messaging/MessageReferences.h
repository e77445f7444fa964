// MessageReferences: the payloads by which one message acts on another: reactions
// (XEP-0444), replies (XEP-0461) and retraction (XEP-0424), with the fallback bodies
// (XEP-0428) that let clients which know none of these still show something sensible.
#pragma once

#include "../../core/Message.h"

#include <optional>

namespace Palaver::Xmpp {

// XEP-0444: the whole set of reactions the sender now has on one message; an empty set
// takes every earlier reaction of the sender back.
struct Reactions
{
    QString id; // the message reacted to
    QStringList emojis; // de-duplicated, in the sender's order
};
std::optional<Reactions> reactionsOf(const Message& message);
void setReactions(Message& message, const Reactions& reactions);
// At most this many reactions per sender and message, each at most this long: a
// reaction is an emoji (with its modifiers), not a message.
inline constexpr int MaxReactions = 20;
inline constexpr int MaxReactionLength = 32;

// XEP-0461: the message this one answers, and who wrote it.
struct Reply
{
    QString id;
    Jid to; // the author of the message replied to (optional in the XEP)
};
std::optional<Reply> replyOf(const Message& message);
// Sets the reply and, when the quote is not empty, a fallback body: the quote as "> " lines
// ahead of the text, marked (XEP-0428) so that clients which know replies leave it out.
void setReply(Message& message, const Reply& reply, const QString& quote, const QString& text);
// The body without the fallback parts of features we show ourselves (reply quotes).
QString bodyWithoutFallback(const Message& message);
// The quoted part of a reply's fallback body, without the "> " marks; empty if none.
QString replyFallbackQuote(const Message& message);

// XEP-0424: the id of the message the sender takes back, in the current form
// (<retract id/>) or the earlier one (apply-to with retract:0).
QString retractedId(const Message& message);
// Both forms, a fallback body for clients that know neither, and a storage hint. In a room
// the current form names the room's stanza id, the earlier one the origin-id (legacyId).
void setRetraction(
    Message& message, const QString& id, const QString& fallbackText, const QString& legacyId = {});

// XEP-0425 (as rooms announce it): a moderator took a message back; set by the room only.
struct Moderation
{
    QString id; // the room's stanza-id of the message
    QString by; // the moderator, as the room names them
    QString reason;
};
std::optional<Moderation> moderationOf(const Message& message);
// A moderator's request to the room (an iq payload) to take back the message with this
// stanza id: the current form, or the earlier one through fastening (XEP-0422).
XmlElement moderationRequest(const QString& stanzaId, const QString& reason, bool current);

// Whether the message acts on another one (a reaction, a retraction, a moderation) and so
// matters without a body of its own.
bool actsOnAnother(const Message& message);

} // namespace Palaver::Xmpp

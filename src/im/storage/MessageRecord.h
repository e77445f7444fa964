// MessageRecord: one message as history keeps it.
#pragma once

#include "xmpp/modules/messaging/SharedFile.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Palaver::Im {

enum class ConversationKind {
    Chat = 0, // with a contact
    Room = 1, // a group chat room (XEP-0045): peer is the room, sender the occupant
};

// XEP-0444: what one person has reacted to a message with (their whole current set).
struct Reaction
{
    QString
        reactor; // bare address in a chat, the occupant's (room/nick) in a room; ours: our account
    QStringList emojis;
};

struct MessageRecord
{
    // Ordered: an outgoing message only moves forward (a receipt never undoes "read").
    enum class State {
        Pending = 0, // written, not yet acknowledged by our server
        Sent = 1, // our server has it (XEP-0198)
        Delivered = 2, // the recipient's device has it (XEP-0184)
        Displayed = 3, // the recipient has seen it (XEP-0333)
        Failed = 4, // the server returned an error
        Received = 5, // an incoming message
    };

    // Whether the message was encrypted end to end (OMEMO, XEP-0384). An outgoing message
    // marked so is never sent readable; Unreadable ones keep why in errorText (a code from
    // OmemoService, worded by the window).
    enum class Protection {
        None = 0, // readable by the servers on the way
        Trusted = 1, // encrypted, by (or to) devices the user trusts
        Untrusted = 2, // encrypted, but by a device the user does not trust
        Unreadable = 3, // encrypted, and this device could not decrypt it
    };

    qint64 id = 0; // row id, 0 until stored
    qint64 conversationId = 0;
    QString account; // our bare JID
    QString peer; // the conversation's bare JID
    bool outgoing = false;
    QString sender; // full JID of whoever wrote it
    QString senderIdentity; // a room occupant's real bare address, when the room shows it
    QDateTime timestamp; // UTC: when it came (or our server or room says it came)
    QDateTime sentAt; // UTC: when the sender says it sent it, if it says so
    QString body;
    QString messageId; // the stanza's id attribute
    QString originId; // XEP-0359 origin-id
    QString archiveId; // id in our server's archive, when known
    State state = State::Received;
    bool corrected = false;
    bool markable = false; // the sender asked for read markers (XEP-0333 §4)
    QString replyTo; // the id of the message this one answers (XEP-0461)
    QString replyQuote; // what the answer quotes, as its fallback had it
    Xmpp::SharedFile attachment; // a shared file (XEP-0066/0447), when there is one
    bool retracted = false; // taken back by its sender (XEP-0424) or a moderator: no body
    bool moderated = false; // taken back by a room's moderator (XEP-0425)
    QString moderationReason; // what the moderator gave as the reason, if anything
    QList<Reaction> reactions;
    QString errorText;
    Protection protection = Protection::None;
    ConversationKind kind = ConversationKind::Chat;
    // Whether a new incoming message counts as unread (not for history fetched on first use).
    bool countsAsUnread = true;

    // What identifies the message for de-duplication: the sender's id, made unique by the
    // sender for incoming messages; our own ids are unique already.
    QString dedupKey() const;
};

// Who asks to change a stored message (a correction, XEP-0308, or a retraction, XEP-0424):
// only the one who wrote it may.
struct Reviser
{
    bool outgoing = false; // we do, from this device or another of ours
    QString sender; // full address: a contact's (compared bare) or a room occupant's
    QString identity; // a room occupant's real bare address, when the room shows it
    bool room = false;

    // Whether this is who wrote a message stored with this sender and identity. In a room
    // the same person may have changed nickname; where either side's person is unknown, the
    // nickname must match.
    bool wrote(const QString& storedSender, const QString& storedIdentity) const;
};

struct ConversationRecord
{
    qint64 id = 0;
    QString account;
    QString peer;
    QDateTime lastActivity;
    int unread = 0;
    QString lastBody;
    bool lastOutgoing = false;
    ConversationKind kind = ConversationKind::Chat;
};

} // namespace Palaver::Im

Q_DECLARE_METATYPE(Palaver::Im::MessageRecord)

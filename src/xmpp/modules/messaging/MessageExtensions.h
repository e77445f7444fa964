// MessageExtensions: reading and writing the small message payloads that need no module of
// their own: unique ids (XEP-0359), delay stamps (XEP-0203), correction (XEP-0308).
#pragma once

#include "../../core/Message.h"

#include <QDateTime>

namespace Palaver::Xmpp {

// XEP-0359 origin-id; empty when absent.
QString originId(const Message& message);
void setOriginId(Message& message, const QString& id);
// XEP-0359 stanza-id, trusted only when set by the given entity (our own bare JID for our
// archive, a room for its archive): anyone else can put any id in a message.
QString stanzaIdBy(const Message& message, const Jid& by);

// XEP-0203 / XEP-0082: when the message was first sent, if it says so, and who says so.
struct Delay
{
    QDateTime stamp; // UTC, never later than now
    Jid from; // who added it: a server or room, or (unset) anyone
};
std::optional<Delay> delayOf(const XmlElement& element);
std::optional<QDateTime> parseXmppDateTime(const QString& text);

// XEP-0045 §7.5: a private message within a room (<x xmlns='…muc#user'/>, no invitation),
// between full addresses.
bool isMucPrivate(const Message& message, bool outgoing);

// XEP-0066: the address of a file the message shares (jabber:x:oob); empty when none or when it
// is no http(s) address.
QString outOfBandUrl(const Message& message);
void setOutOfBandUrl(Message& message, const QString& url);

// XEP-0308: the id of the message this one corrects; empty when it corrects nothing.
QString replacedId(const Message& message);
void setReplacedId(Message& message, const QString& id);

} // namespace Palaver::Xmpp

#include "MessageRecord.h"

namespace Palaver::Im {

QString MessageRecord::dedupKey() const
{
    const QString senderId = originId.isEmpty() ? messageId : originId;
    if (senderId.isEmpty()) {
        return {};
    }
    return outgoing ? senderId : sender + u'\n' + senderId;
}

bool Reviser::wrote(const QString& storedSender, const QString& storedIdentity) const
{
    if (outgoing) {
        return true; // our own, found among our own messages
    }
    if (!room) {
        return storedSender.section(u'/', 0, 0) == sender.section(u'/', 0, 0);
    }
    if (!storedIdentity.isEmpty() && !identity.isEmpty()) {
        return storedIdentity == identity;
    }
    return storedSender == sender;
}

} // namespace Palaver::Im

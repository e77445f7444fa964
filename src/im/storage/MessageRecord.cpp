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

} // namespace Palaver::Im

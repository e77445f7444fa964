#include "ReconnectPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Palaver::Xmpp {

int ReconnectPolicy::delayFor(int attempt, QRandomGenerator& random) const
{
    const int shift = std::clamp(attempt, 0, 30);
    const qint64 ceiling = std::min<qint64>(qint64(initialDelayMs) << shift, maximumDelayMs);
    const qint64 half = ceiling / 2;
    return int(half + (ceiling - half > 0 ? random.bounded(qint64(ceiling - half) + 1) : 0));
}

} // namespace Palaver::Xmpp

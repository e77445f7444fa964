// ReconnectPolicy: when to try again after losing the connection (exponential back-off with
// jitter). Only a session that stayed up for a while starts the back-off afresh: one that
// keeps ending soon after it began (something received makes it fail, say) is retried ever
// more slowly, never in a tight loop.
#pragma once

class QRandomGenerator;

namespace Palaver::Xmpp {

struct ReconnectPolicy
{
    bool enabled = true;
    int initialDelayMs = 1000;
    int maximumDelayMs = 5 * 60 * 1000;
    int stableSessionMs = 2 * 60 * 1000;

    // The n-th retry (from 0) waits between half and all of initial * 2^n, capped, so that
    // many clients cut off together do not return together.
    int delayFor(int attempt, QRandomGenerator& random) const;
};

} // namespace Palaver::Xmpp

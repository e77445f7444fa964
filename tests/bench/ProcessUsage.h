// ProcessUsage: what the benchmarks report about this process: CPU time and peak memory,
// and a wait on the event loop that does not add sleeps to what is being timed.
#pragma once

#include <functional>

namespace Palaver::Bench {

class ProcessUsage
{
public:
    // User plus system time so far.
    static double cpuSeconds();
    // Peak resident set size so far.
    static long peakKilobytes();
    // Resident set size now.
    static long residentKilobytes();
    // Runs the event loop until the condition holds. QTest::qWaitFor sleeps 10 ms between
    // rounds, which would add that to every network round trip being measured.
    static bool waitUntil(const std::function<bool()>& condition, int timeoutMs);
    // Runs the event loop for this long, for what is still arriving to settle.
    static void settle(int milliseconds);
};

} // namespace Palaver::Bench

// Stopwatch: wall time and this process's CPU time since it was started, as every benchmark
// reports them side by side.
#pragma once

#include <QElapsedTimer>

namespace Palaver::Bench {

class Stopwatch
{
public:
    Stopwatch() { restart(); }

    void restart();
    double wallSeconds() const;
    double cpuSeconds() const;

private:
    QElapsedTimer m_wall;
    double m_cpuAtStart = 0;
};

} // namespace Palaver::Bench

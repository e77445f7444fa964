#include "Stopwatch.h"

#include "ProcessUsage.h"

namespace Palaver::Bench {

void Stopwatch::restart()
{
    m_cpuAtStart = ProcessUsage::cpuSeconds();
    m_wall.start();
}

double Stopwatch::wallSeconds() const
{
    return double(m_wall.nsecsElapsed()) / 1e9;
}

double Stopwatch::cpuSeconds() const
{
    return ProcessUsage::cpuSeconds() - m_cpuAtStart;
}

} // namespace Palaver::Bench

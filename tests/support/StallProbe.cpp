#include "StallProbe.h"

namespace Palaver::Testing {

StallProbe::StallProbe(QObject* parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        m_longest = qMax(m_longest, now - m_last - 1);
        m_last = now;
    });
}

void StallProbe::start()
{
    m_clock.start();
    m_last = 0;
    m_longest = 0;
    m_timer.start();
}

} // namespace Palaver::Testing

#include "AutoAway.h"

#include "xmpp/core/Presence.h"

using Show = Palaver::Xmpp::Presence::Show;

namespace Palaver::App {

namespace {
constexpr int PollIntervalMs = 5000;
}

AutoAway::AutoAway(IdleSource idle, QObject* parent)
    : QObject(parent)
    , m_idle(std::move(idle))
{
    m_timer.setInterval(PollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AutoAway::poll);
}

void AutoAway::setDelays(int awayMinutes, int extendedAwayMinutes)
{
    m_awayAfterMs = qint64(awayMinutes) * 60 * 1000;
    m_extendedAwayAfterMs = qint64(extendedAwayMinutes) * 60 * 1000;
    if (m_awayAfterMs > 0 || m_extendedAwayAfterMs > 0) {
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void AutoAway::setChosenShow(int show)
{
    m_chosenShow = show;
    m_step = Step::Present;
}

void AutoAway::poll()
{
    const qint64 idle = m_idle();
    const bool available = m_chosenShow == int(Show::Online) || m_chosenShow == int(Show::Chat);
    if (!available) {
        return;
    }
    const qint64 firstStep = m_awayAfterMs > 0 ? m_awayAfterMs : m_extendedAwayAfterMs;
    if (m_step != Step::Present && (firstStep == 0 || idle < firstStep)) {
        m_step = Step::Present;
        Q_EMIT returned();
        return;
    }
    if (m_step != Step::ExtendedAway && m_extendedAwayAfterMs > 0
        && idle >= m_extendedAwayAfterMs) {
        m_step = Step::ExtendedAway;
        Q_EMIT awayChanged(int(Show::ExtendedAway));
    } else if (m_step == Step::Present && m_awayAfterMs > 0 && idle >= m_awayAfterMs) {
        m_step = Step::Away;
        Q_EMIT awayChanged(int(Show::Away));
    }
}

} // namespace Palaver::App

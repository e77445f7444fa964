#include "StopRequest.h"

#include <atomic>
#include <csignal>

namespace Palaver::Demo {
namespace {
// A signal handler may only set a flag; the event loop looks at it.
std::atomic<bool> stopWanted {false};
extern "C" void onStopSignal(int)
{
    stopWanted = true;
}
constexpr int Signals[] = {
    SIGINT,
    SIGTERM,
#ifdef SIGHUP
    SIGHUP,
#endif
};
} // namespace

StopRequest::StopRequest(QObject* parent)
    : QObject(parent)
{
    for (int number : Signals) {
        std::signal(number, onStopSignal);
    }
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (stopWanted.exchange(false)) {
            Q_EMIT requested();
        }
    });
    m_poll.start();
}

StopRequest::~StopRequest()
{
    for (int number : Signals) {
        std::signal(number, SIG_DFL);
    }
}

} // namespace Palaver::Demo

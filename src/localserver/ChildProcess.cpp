#include "ChildProcess.h"

#include <QProcess>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace Palaver::LocalServer {

void endWithParent(QProcess& process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process);
#endif
}

bool stopChild(QProcess& process, int graceMs)
{
    if (process.state() == QProcess::NotRunning) {
        return true;
    }
    process.terminate();
    if (process.waitForFinished(graceMs)) {
        return true;
    }
    process.kill();
    process.waitForFinished(5000);
    return false;
}

} // namespace Palaver::LocalServer

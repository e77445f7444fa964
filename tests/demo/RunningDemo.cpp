#include "RunningDemo.h"

#include "demo/DemoUserSetup.h"
#include "localserver/ChildProcess.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Palaver::Testing {

RunningDemo::RunningDemo(int crowd)
    : m_server(crowd)
{ }

RunningDemo::~RunningDemo()
{
    QString ignored;
    stop(&ignored);
}

bool RunningDemo::start(const QStringList& peerArguments, QString* error)
{
    if (!m_server.start(directory(), error)) {
        return false;
    }
    m_peers.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    LocalServer::endWithParent(m_peers); // should the test die
    m_peers.start(QStringLiteral(PALAVER_DEMO_PEERS),
        QStringList {u"--environment"_s, m_server.environmentFile()} + peerArguments);
    if (!m_peers.waitForStarted()
        || !QTest::qWaitFor([this] { return m_peers.canReadLine(); }, 300000)) {
        *error = u"the demo peers did not report ready"_s;
        return false;
    }
    const QByteArray ready = m_peers.readLine();
    if (!ready.startsWith("ready: ")) {
        *error = u"the demo peers said: "_s + QString::fromUtf8(ready);
        return false;
    }
    Demo::DemoUserSetup setup(m_server.environment());
    QSignalSpy finished(&setup, &Demo::DemoUserSetup::finished);
    setup.run();
    if (!finished.wait(15000)) {
        *error = u"setting up the demo user took too long"_s;
        return false;
    }
    *error = finished.first().first().toString();
    return error->isEmpty();
}

bool RunningDemo::stop(QString* error)
{
    const bool wasRunning = m_peers.state() != QProcess::NotRunning;
    const bool clean = LocalServer::stopChild(m_peers, 10000)
        && (!wasRunning
            || (m_peers.exitStatus() == QProcess::NormalExit && m_peers.exitCode() == 0));
    if (!clean) {
        *error = u"the demo peers did not stop cleanly"_s;
    }
    m_server.stop();
    return clean;
}

} // namespace Palaver::Testing

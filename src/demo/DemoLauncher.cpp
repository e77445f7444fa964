#include "DemoLauncher.h"

#include "DemoProfile.h"
#include "DemoUserSetup.h"
#include "localserver/ChildProcess.h"

#include <QDir>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Palaver::Demo {
namespace {
// Marks a folder the demo made, the only kind it clears.
const QString Marker = u".palaver-demo"_s;
constexpr int PeersReadyTimeoutMs = 60000;

std::unique_ptr<QProcess> childProcess()
{
    auto process = std::make_unique<QProcess>();
    LocalServer::endWithParent(*process); // whatever happens to the launcher
    return process;
}

void stopProcess(QProcess* process)
{
    if (process) {
        LocalServer::stopChild(*process, 5000);
    }
}
} // namespace

DemoLauncher::DemoLauncher(const DemoLauncherOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_server(options.crowd)
{ }

DemoLauncher::~DemoLauncher()
{
    stopProcess(m_palaver.get());
    stopProcess(m_peers.get());
    m_server.stop();
}

void DemoLauncher::report(const QString& line)
{
    std::fprintf(stderr, "palaver-demo: %s\n", qPrintable(line));
}

bool DemoLauncher::prepareDirectory(QString* error)
{
    QDir dir(m_options.directory);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (!dir.exists(Marker)) {
            *error = m_options.directory + u" is not a demo folder; it is left alone."_s;
            return false;
        }
        if (!dir.removeRecursively()) {
            *error = u"cannot clear the last demo in "_s + m_options.directory;
            return false;
        }
    }
    QFile marker(dir.filePath(Marker));
    if (!QDir().mkpath(m_options.directory) || !marker.open(QIODevice::WriteOnly)) {
        *error = u"cannot create the demo folder "_s + m_options.directory;
        return false;
    }
    marker.write("Palaver demo: cleared on each start.\n");
    return true;
}

void DemoLauncher::start()
{
    QString error;
    if (!m_server.isInstalled()) {
        fail(u"Prosody is not installed (on Debian: apt-get install prosody lua-sec)."_s);
        return;
    }
    if (!prepareDirectory(&error)) {
        fail(error);
        return;
    }
    report(u"starting the demo server in "_s + QDir(m_options.directory).absolutePath());
    if (!m_server.start(m_options.directory, &error)) {
        fail(u"the demo server did not start: "_s + error);
        return;
    }
    connect(&m_serverWatch, &QTimer::timeout, this, [this] {
        if (!m_server.prosody().isRunning() && !m_stopping) {
            fail(u"the demo server stopped; its log is "_s
                + QDir(m_server.prosody().directory()).filePath(u"prosody.log"_s));
        }
    });
    m_serverWatch.start(1000);
    startPeers();
}

void DemoLauncher::startPeers()
{
    report(u"signing in the demo people"_s);
    m_peers = childProcess();
    m_peers->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_peers.get(), &QProcess::readyReadStandardOutput, this, &DemoLauncher::onPeersOutput);
    connect(m_peers.get(), &QProcess::finished, this, [this](int code) {
        if (!m_stopping) {
            fail(u"the demo peers stopped (exit status %1)"_s.arg(code));
        }
    });
    m_peers->start(m_options.peersProgram,
        QStringList {u"--environment"_s, m_server.environmentFile()} + m_options.peersArguments);
    QTimer::singleShot(PeersReadyTimeoutMs, this, [this] {
        if (!m_peersReady && !m_stopping) {
            fail(u"the demo peers did not sign in within a minute"_s);
        }
    });
}

void DemoLauncher::onPeersOutput()
{
    while (m_peers->canReadLine()) {
        const QString line = QString::fromUtf8(m_peers->readLine()).trimmed();
        if (!m_peersReady && line.startsWith(u"ready"_s)) {
            m_peersReady = true;
            setUpUser();
        }
    }
}

void DemoLauncher::setUpUser()
{
    m_userSetup = std::make_unique<DemoUserSetup>(m_server.environment());
    connect(m_userSetup.get(), &DemoUserSetup::finished, this, [this](const QString& error) {
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
        startPalaver();
    });
    m_userSetup->run();
}

void DemoLauncher::startPalaver()
{
    const QString profile = QDir(m_options.directory).filePath(u"profile"_s);
    QString error;
    if (!writeDemoProfile(profile, m_server.environment(), &error)) {
        fail(u"cannot write the demo profile: "_s + error);
        return;
    }
    report(u"starting Palaver; close it (or press Ctrl+C) to end the demo"_s);
    m_palaver = childProcess();
    m_palaver->setProcessChannelMode(QProcess::ForwardedChannels);
    connect(
        m_palaver.get(), &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
            if (!m_stopping) {
                stop(status == QProcess::NormalExit ? code : 1);
            }
        });
    connect(m_palaver.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            fail(u"Palaver did not start: "_s + m_palaver->errorString());
        }
    });
    QStringList arguments = QStringList {u"--config-dir"_s, profile} + m_options.palaverArguments;
    // The conversation with the one who says hello, open from the start, unless the
    // arguments open something else.
    const DemoEnvironment& environment = m_server.environment();
    const bool opensLink = std::any_of(arguments.begin(), arguments.end(),
        [](const QString& argument) { return argument.startsWith(u"xmpp:"_s); });
    if (!environment.peers.isEmpty() && !opensLink) {
        arguments << u"xmpp:"_s + environment.jidOf(environment.peers.first().user).toString()
                + u"?message"_s;
    }
    m_palaver->start(m_options.palaverProgram, arguments);
}

void DemoLauncher::fail(const QString& error)
{
    report(error);
    stop(1);
}

void DemoLauncher::stop(int status)
{
    if (m_stopping) {
        return;
    }
    m_stopping = true;
    m_serverWatch.stop();
    stopProcess(m_palaver.get());
    stopProcess(m_peers.get());
    m_server.stop();
    report(u"demo stopped"_s);
    Q_EMIT finished(status);
}

} // namespace Palaver::Demo

// DemoLauncher: the demo from start to end: a fresh demo folder, the server, the demo peers,
// the user's bookmark and picture, a profile of its own, then Palaver; when Palaver closes
// (or on Ctrl+C) it stops everything it started.
#pragma once

#include "DemoServer.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

#include <memory>

namespace Palaver::Demo {

class DemoUserSetup;

struct DemoLauncherOptions
{
    QString directory; // cleared and filled on each start; nothing is written elsewhere
    QString palaverProgram;
    QString peersProgram;
    QStringList palaverArguments; // beyond --config-dir
    QStringList peersArguments; // beyond --environment
    int crowd = 0; // more contacts beyond the cast
};

class DemoLauncher : public QObject
{
    Q_OBJECT

public:
    explicit DemoLauncher(const DemoLauncherOptions& options, QObject* parent = nullptr);
    ~DemoLauncher() override;

    void start();
    // Stops whatever runs, then finished(status).
    void stop(int status);

Q_SIGNALS:
    void finished(int status);

private:
    bool prepareDirectory(QString* error);
    void startPeers();
    void onPeersOutput();
    void setUpUser();
    void startPalaver();
    void fail(const QString& error);
    static void report(const QString& line);

    DemoLauncherOptions m_options;
    DemoServer m_server;
    std::unique_ptr<QProcess> m_peers;
    std::unique_ptr<QProcess> m_palaver;
    std::unique_ptr<DemoUserSetup> m_userSetup;
    QTimer m_serverWatch;
    bool m_peersReady = false;
    bool m_stopping = false;
};

} // namespace Palaver::Demo

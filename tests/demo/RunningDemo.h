// RunningDemo: what palaver-demo sets up before Palaver starts (the server, the demo people as
// the real palaver-demo-peers program, the user's picture and bookmark), for tests to use
// with a client or the application of their own.
#pragma once

#include "demo/DemoServer.h"

#include <QProcess>
#include <QTemporaryDir>

namespace Palaver::Testing {

class RunningDemo
{
public:
    // crowd: more contacts beyond the cast, as palaver-demo --crowd.
    explicit RunningDemo(int crowd = 0);
    ~RunningDemo();

    // False with a reason when something did not come up.
    bool start(const QStringList& peerArguments, QString* error);
    // Stops the peers (checking they exit cleanly) and the server.
    bool stop(QString* error);

    Demo::DemoServer& server() { return m_server; }
    const Demo::DemoEnvironment& environment() const { return m_server.environment(); }
    QString directory() const { return m_dir.filePath(QStringLiteral("demo")); }

private:
    QTemporaryDir m_dir;
    Demo::DemoServer m_server;
    QProcess m_peers;
};

} // namespace Palaver::Testing

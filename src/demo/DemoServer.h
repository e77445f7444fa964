// DemoServer: the demo's Prosody (the same set-up as the integration tests') in the demo
// folder, with the user and the demo people in each other's rosters, and the environment
// file that tells the demo peers where it is.
#pragma once

#include "DemoEnvironment.h"
#include "localserver/ProsodyServer.h"

namespace Palaver::Demo {

class DemoServer
{
public:
    // crowd: more contacts beyond the cast (peer0001…), for trying big rosters and load.
    explicit DemoServer(int crowd = 0);
    ~DemoServer();

    bool isInstalled() const { return m_prosody.isInstalled(); }
    // Starts in directory/server and writes directory/environment.json.
    bool start(const QString& directory, QString* error);
    void stop();

    const DemoEnvironment& environment() const { return m_environment; }
    QString environmentFile() const { return m_environmentFile; }
    LocalServer::ProsodyServer& prosody() { return m_prosody; }

private:
    int m_crowd;
    LocalServer::ProsodyServer m_prosody;
    DemoEnvironment m_environment;
    QString m_environmentFile;
};

} // namespace Palaver::Demo

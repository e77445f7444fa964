// ProsodyServer: Debian's Prosody, run in the foreground from its own directory, stopped by its
// process id (and on Linux with the program that started it).
#pragma once

#include "localserver/LocalXmppServer.h"

class QProcess;

namespace Palaver::LocalServer {

class ProsodyServer : public LocalXmppServer
{
public:
    struct Options
    {
        int hibernationSeconds = 600; // XEP-0198 resumption window
        bool allowRegistration = false;
        QString extraConfig; // appended to the global section
    };

    ProsodyServer();
    explicit ProsodyServer(const Options& options);
    ~ProsodyServer() override;

    bool isInstalled() const override;
    void stop() override;
    bool isRunning() const override;
    QString name() const override { return QStringLiteral("Prosody"); }
    QString logTail() const;

protected:
    bool launch(const QList<ServerAccount>& accounts) override;

private:
    bool writeConfig();
    bool writeAccount(const ServerAccount& account);
    bool writeRoster(const ServerAccount& account);
    bool writeStore(const QString& store, const QString& user, const QByteArray& text);

    Options m_options;
    std::unique_ptr<QProcess> m_process;
};

} // namespace Palaver::LocalServer

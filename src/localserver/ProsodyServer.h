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
        // An HTTP file upload service (XEP-0363) at upload.<domain>, over https on a port of
        // its own, taking files up to this many bytes; 0 leaves it out.
        qint64 uploadSizeLimit = 0;
        // A SOCKS5 bytestream proxy (XEP-0065) at proxy.<domain>, on a port of its own.
        bool bytestreamProxy = false;
    };

    ProsodyServer();
    explicit ProsodyServer(const Options& options);
    ~ProsodyServer() override;

    bool isInstalled() const override;
    void stop() override;
    bool isRunning() const override;
    QString name() const override { return QStringLiteral("Prosody"); }
    QString logTail() const;
    // The https port of the upload service (0 without one).
    quint16 httpsPort() const { return m_httpsPort; }
    QString uploadDomain() const { return QStringLiteral("upload.") + domain(); }
    QString proxyDomain() const { return QStringLiteral("proxy.") + domain(); }

protected:
    bool launch(const QList<ServerAccount>& accounts) override;

private:
    bool writeConfig();
    bool writeAccount(const ServerAccount& account);
    bool writeRoster(const ServerAccount& account);
    bool writeStore(const QString& store, const QString& user, const QByteArray& text);

    Options m_options;
    std::unique_ptr<QProcess> m_process;
    quint16 m_httpsPort = 0;
};

} // namespace Palaver::LocalServer

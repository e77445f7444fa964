// EjabberdFixture: Debian's ejabberd, started unprivileged from a temp dir through ejabberdctl.
#pragma once

#include "localserver/LocalXmppServer.h"

namespace Palaver::Testing {

class EjabberdFixture : public LocalServer::LocalXmppServer
{
public:
    ~EjabberdFixture() override;

    bool isInstalled() const override;
    void stop() override;
    bool isRunning() const override;
    QString name() const override { return QStringLiteral("ejabberd"); }

protected:
    bool launch(const QList<LocalServer::ServerAccount>& accounts) override;

private:
    bool writeConfig();
    QStringList ctl(const QStringList& command) const;
    qint64 findBeamPid() const;
    QString nodeName() const;

    bool m_started = false;
};

} // namespace Palaver::Testing

// PingModule: answers XEP-0199 pings and pings the server when it has been quiet, so a dead
// link is noticed and the connection restored.
#pragma once

#include "../../Module.h"

#include <QTimer>

namespace Palaver::Xmpp {

class PingModule : public Module
{
    Q_OBJECT

public:
    explicit PingModule(QObject* parent = nullptr);

    // After idleMs without a byte from the server, ping it; no answer within timeoutMs means
    // the link is dead. Zero idleMs turns keep-alive off.
    void setKeepAlive(int idleMs, int timeoutMs);
    void ping(const Jid& entity, QObject* context, std::function<void(bool answered)> callback);

    void attach(Client& client) override;
    QStringList discoFeatures() const override;
    QStringList iqNamespaces() const override;
    bool handleIqRequest(const Iq& request) override;

private:
    void checkIdle();

    QTimer m_timer;
    int m_idleMs = 60000;
    int m_timeoutMs = 30000;
    bool m_pingOutstanding = false;
};

} // namespace Palaver::Xmpp

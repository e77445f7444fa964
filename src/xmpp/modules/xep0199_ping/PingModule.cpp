#include "PingModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPing, "palaver.xmpp.ping")

namespace Palaver::Xmpp {

PingModule::PingModule(QObject* parent)
    : Module(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &PingModule::checkIdle);
}

void PingModule::setKeepAlive(int idleMs, int timeoutMs)
{
    m_idleMs = idleMs;
    m_timeoutMs = timeoutMs;
    if (m_idleMs <= 0) {
        m_timer.stop();
    } else if (client() && client()->isConnected()) {
        m_timer.start(std::max(100, m_idleMs / 4));
    }
}

void PingModule::attach(Client& client)
{
    Module::attach(client);
    connect(&client, &Client::stateChanged, this, [this](Client::State state) {
        m_pingOutstanding = false;
        if (state == Client::State::Connected && m_idleMs > 0) {
            m_timer.start(std::max(100, m_idleMs / 4));
        } else {
            m_timer.stop();
        }
    });
}

QStringList PingModule::discoFeatures() const
{
    return {Ns::Ping};
}

QStringList PingModule::iqNamespaces() const
{
    return {Ns::Ping};
}

bool PingModule::handleIqRequest(const Iq& request)
{
    if (request.type() != Iq::Type::Get || request.payload().name() != u"ping") {
        return false;
    }
    client()->send(request.makeResult());
    return true;
}

void PingModule::ping(const Jid& entity, QObject* context, std::function<void(bool)> callback)
{
    Iq request(Iq::Type::Get, XmlElement(u"ping"_s, Ns::Ping));
    request.setTo(entity);
    client()->sendIq(
        request, context,
        [callback](const IqResult& result) {
            // Any answer, even an error, shows the link works; only silence does not.
            const StanzaError::Condition condition = result.error.condition();
            callback(result.isSuccess()
                || (condition != StanzaError::Condition::Timeout
                    && condition != StanzaError::Condition::Disconnected));
        },
        m_timeoutMs);
}

void PingModule::checkIdle()
{
    if (!client()->isConnected() || m_pingOutstanding || client()->idleMilliseconds() < m_idleMs) {
        return;
    }
    m_pingOutstanding = true;
    ping(client()->jid().domainJid(), this, [this](bool answered) {
        m_pingOutstanding = false;
        if (!answered && client()->isConnected()) {
            qCWarning(lcPing) << "the server stopped answering; reconnecting";
            client()->abortConnection(ConnectionError::make(ConnectionError::Kind::PingTimeout,
                u"no answer to a ping within %1 ms"_s.arg(m_timeoutMs)));
        }
    });
}

} // namespace Palaver::Xmpp

#include "StreamAcks.h"

#include "StreamManagement.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

StreamAcks::StreamAcks(StreamManagement& streamManagement,
    std::function<void(const XmlElement&)> writeElement, QObject* parent)
    : QObject(parent)
    , m_sm(streamManagement)
    , m_write(std::move(writeElement))
{
    m_request.setSingleShot(true);
    m_request.setInterval(0);
    m_answer.setSingleShot(true);
    m_answer.setInterval(0);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(DefaultDeadlineMs);
    connect(&m_request, &QTimer::timeout, this, [this] {
        m_request.setInterval(0);
        if (m_active && m_sm.isEnabled() && m_sm.unacknowledgedCount() > 0) {
            m_write(StreamManagement::ackRequest());
            if (!m_deadline.isActive()) {
                m_deadline.start();
            }
        }
    });
    connect(&m_answer, &QTimer::timeout, this, [this] {
        if (m_active && m_sm.isEnabled()) {
            m_write(m_sm.ackAnswer());
        }
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_active && m_sm.isEnabled() && m_sm.unacknowledgedCount() > 0) {
            Q_EMIT failed(ConnectionError::make(ConnectionError::Kind::PingTimeout,
                u"the server did not acknowledge what we sent"_s));
        }
    });
}

void StreamAcks::setActive(bool active)
{
    m_active = active;
    if (!active) {
        m_request.stop();
        m_answer.stop();
        m_deadline.stop();
    }
}

void StreamAcks::stanzaSent()
{
    m_request.setInterval(0);
    if (m_sm.unacknowledgedCount() > MaxUnacknowledged) {
        Q_EMIT failed(ConnectionError::make(ConnectionError::Kind::PingTimeout,
            u"the server left %1 stanzas unacknowledged"_s.arg(m_sm.unacknowledgedCount())));
        return;
    }
    // One <r/> after each burst, so acknowledgements follow quickly without one per stanza.
    if (!m_request.isActive()) {
        m_request.start();
    }
}

void StreamAcks::countAdvanced()
{
    if (!m_answer.isActive()) {
        m_answer.start();
    }
}

void StreamAcks::acknowledged()
{
    m_deadline.stop();
    // Some were sent after our last request, or the server is still at them: ask again in a
    // moment (at once could make a ping-pong of <r/> and <a/> with a slow server).
    if (m_sm.unacknowledgedCount() > 0 && !m_request.isActive()) {
        m_request.start(FollowUpMs);
    }
}

} // namespace Palaver::Xmpp

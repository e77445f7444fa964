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
        // Held back, not lost: messages and answers that did not go out are sent on the next
        // session. Requests (iq) and broadcast presence are the session's own: the next one
        // makes its own.
        QList<XmlElement> unsent = std::exchange(m_toTry, {});
        for (const XmlElement& stanza : std::exchange(m_heldBack, {})) {
            const bool broadcast = stanza.name() == u"presence" && !stanza.hasAttribute(u"to");
            if (stanza.name() != u"iq" && !broadcast) {
                unsent.append(stanza);
            }
        }
        if (!unsent.isEmpty()) {
            m_sm.keepUnsent(unsent);
        }
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

QList<XmlElement> StreamAcks::takeResend(QList<XmlElement> resend)
{
    m_triedAlone.clear();
    m_heldBack.clear();
    m_toTry.clear();
    if (!m_careful || resend.isEmpty() || !m_sm.isEnabled()) {
        return resend;
    }
    m_triedAlone = resend.first().attribute(u"id");
    m_triedSent = false;
    m_toTry = resend.mid(1);
    return {resend.first()};
}

bool StreamAcks::holdBack(const XmlElement& stanza)
{
    if (m_triedAlone.isEmpty()) {
        return false;
    }
    if (!m_triedSent && stanza.attribute(u"id") == m_triedAlone) {
        m_triedSent = true; // the one tried alone itself
        return false;
    }
    m_heldBack.append(stanza);
    return true;
}

void StreamAcks::acknowledged()
{
    m_deadline.stop();
    if (!m_triedAlone.isEmpty() && m_sm.unacknowledgedCount() == 0) {
        // Through: the next of those resent is tried alone, and once all are through, what
        // waited behind them goes.
        if (!m_toTry.isEmpty()) {
            const XmlElement next = m_toTry.takeFirst();
            m_triedAlone = next.attribute(u"id");
            m_triedSent = false;
            Q_EMIT released({next});
            return;
        }
        m_triedAlone.clear();
        m_careful = false;
        Q_EMIT released(std::exchange(m_heldBack, {}));
        return;
    }
    // Some were sent after our last request, or the server is still at them: ask again in a
    // moment (at once could make a ping-pong of <r/> and <a/> with a slow server).
    if (m_sm.unacknowledgedCount() > 0 && !m_request.isActive()) {
        m_request.start(FollowUpMs);
    }
}

} // namespace Palaver::Xmpp

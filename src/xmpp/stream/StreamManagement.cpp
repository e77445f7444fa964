#include "StreamManagement.h"

#include "../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
constexpr int SequenceBits = 40;
constexpr quint64 SequenceMask = (quint64(1) << SequenceBits) - 1;

bool readH(const XmlElement& element, quint32& h)
{
    bool ok = false;
    h = element.attribute(u"h").toUInt(&ok);
    return ok;
}

bool isBroadcastPresence(const XmlElement& stanza)
{
    return stanza.name() == u"presence" && !stanza.hasAttribute(u"to");
}
} // namespace

XmlElement StreamManagement::enableRequest()
{
    // XEP-0198 §4: the client's outbound count starts at zero when it sends <enable/>.
    reset();
    m_enabled = true;
    XmlElement enable(u"enable"_s, Ns::StreamManagement);
    enable.setAttribute(u"resume"_s, u"true"_s);
    return enable;
}

void StreamManagement::handleEnabled(const XmlElement& enabled, const Jid& boundJid)
{
    // ...and the inbound count when <enabled/> arrives.
    m_countingInbound = true;
    m_inbound = 0;
    m_held.clear();
    ++m_session;
    m_jid = boundJid;
    const QString resume = enabled.attribute(u"resume");
    if (resume == u"true" || resume == u"1") {
        m_resumptionId = enabled.attribute(u"id");
        m_location = enabled.attribute(u"location");
    }
}

void StreamManagement::handleEnableFailed()
{
    reset();
}

bool StreamManagement::canResume() const
{
    // Tried even when the server's stated maximum has passed: its <failed h=""/> still says
    // which stanzas it handled, so none is sent twice.
    return !m_resumptionId.isEmpty();
}

XmlElement StreamManagement::resumeRequest() const
{
    XmlElement resume(u"resume"_s, Ns::StreamManagement);
    resume.setAttribute(u"h"_s, QString::number(handledCount()));
    resume.setAttribute(u"previd"_s, m_resumptionId);
    return resume;
}

QList<XmlElement> StreamManagement::handleResumed(const XmlElement& resumed, bool& ok)
{
    quint32 h = 0;
    ok = readH(resumed, h);
    if (ok) {
        acknowledge(h, ok);
    }
    if (!ok) {
        return {};
    }
    m_enabled = true;
    m_countingInbound = true;
    QList<XmlElement> resend;
    for (const XmlElement& stanza : m_unacked) {
        if (!m_abandoned.contains(stanza.attribute(u"id"))) {
            resend.append(stanza);
        }
    }
    resend.append(std::exchange(m_unsent, {}));
    m_unacked.clear();
    m_abandoned.clear();
    m_outbound = m_lastAcknowledged; // resent stanzas are counted again as they go out
    return resend;
}

QList<XmlElement> StreamManagement::handleResumeFailed(const XmlElement& failed)
{
    // XEP-0198 §5: a <failed/> may still say how much the old session handled.
    quint32 h = 0;
    if (!failed.isNull() && readH(failed, h)) {
        bool ok = true;
        acknowledge(h, ok);
    }
    QList<XmlElement> resend;
    for (const XmlElement& stanza : m_unacked) {
        if (!isBroadcastPresence(stanza) && !m_abandoned.contains(stanza.attribute(u"id"))) {
            resend.append(stanza);
        }
    }
    resend.append(std::exchange(m_unsent, {}));
    reset();
    return resend;
}

void StreamManagement::stanzaSent(const XmlElement& stanza)
{
    if (m_enabled) {
        ++m_outbound;
        m_unacked.push_back(stanza);
    }
}

quint64 StreamManagement::stanzaReceived()
{
    if (!m_countingInbound) {
        return 0;
    }
    ++m_inbound;
    return (m_session << SequenceBits) | (m_inbound & SequenceMask);
}

void StreamManagement::hold(quint64 token)
{
    if (token >> SequenceBits == m_session && (token & SequenceMask) <= m_inbound) {
        m_held.insert(token & SequenceMask);
    }
}

bool StreamManagement::release(quint64 token)
{
    if (token >> SequenceBits != m_session) {
        return false;
    }
    const auto it = m_held.find(token & SequenceMask);
    if (it == m_held.end()) {
        return false;
    }
    const bool wasOldest = it == m_held.begin();
    m_held.erase(it);
    return wasOldest;
}

quint32 StreamManagement::handledCount() const
{
    // XEP-0198 §4: h wraps at 2^32.
    return quint32(m_held.empty() ? m_inbound : *m_held.begin() - 1);
}

QList<XmlElement> StreamManagement::handleAck(const XmlElement& ack, bool& ok)
{
    quint32 h = 0;
    ok = readH(ack, h);
    return ok ? acknowledge(h, ok) : QList<XmlElement>();
}

QList<XmlElement> StreamManagement::acknowledge(quint32 h, bool& ok)
{
    const quint32 newlyAcknowledged = h - m_lastAcknowledged; // modulo 2^32
    if (newlyAcknowledged > m_unacked.size()) {
        ok = false;
        return {};
    }
    ok = true;
    QList<XmlElement> acknowledged;
    acknowledged.reserve(newlyAcknowledged);
    for (quint32 i = 0; i < newlyAcknowledged; ++i) {
        acknowledged.append(std::move(m_unacked.front()));
        m_unacked.pop_front();
    }
    m_lastAcknowledged = h;
    return acknowledged;
}

XmlElement StreamManagement::abandon(const QString& id)
{
    const auto it = std::find_if(m_unacked.begin(), m_unacked.end(),
        [&id](const XmlElement& stanza) { return stanza.attribute(u"id") == id; });
    if (id.isEmpty() || it == m_unacked.end()) {
        return {};
    }
    m_abandoned.insert(id);
    return *it;
}

XmlElement StreamManagement::ackAnswer() const
{
    XmlElement a(u"a"_s, Ns::StreamManagement);
    a.setAttribute(u"h"_s, QString::number(handledCount()));
    return a;
}

XmlElement StreamManagement::ackRequest()
{
    return XmlElement(u"r"_s, Ns::StreamManagement);
}

void StreamManagement::streamLost()
{
    m_enabled = false;
    m_countingInbound = false;
}

void StreamManagement::reset()
{
    m_enabled = false;
    m_countingInbound = false;
    m_inbound = 0;
    m_held.clear();
    ++m_session;
    m_outbound = 0;
    m_lastAcknowledged = 0;
    m_unacked.clear();
    m_unsent.clear();
    m_abandoned.clear();
    m_resumptionId.clear();
    m_location.clear();
}

} // namespace Palaver::Xmpp

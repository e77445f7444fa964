// StreamManagement: XEP-0198 counters, the queue of unacknowledged stanzas and resumption.
#pragma once

#include "../core/Jid.h"
#include "../core/XmlElement.h"

#include <QList>
#include <QSet>

#include <deque>
#include <set>

namespace Palaver::Xmpp {

// Pure bookkeeping; the Connection decides when to call what. It outlives connections so a
// broken stream can be resumed, or its unacknowledged stanzas resent on a fresh session.
class StreamManagement
{
public:
    // On the stream currently open:
    bool isEnabled() const { return m_enabled; }
    XmlElement enableRequest();
    void handleEnabled(const XmlElement& enabled, const Jid& boundJid);
    // <failed/> in answer to <enable/>: the stanzas counted since are not tracked after all.
    void handleEnableFailed();

    // Resumption across streams:
    bool canResume() const;
    const QString& location() const { return m_location; }
    const Jid& resumedJid() const { return m_jid; }
    XmlElement resumeRequest() const;
    // <resumed/>: drops what the server acknowledged and returns the rest, to send again
    // (counted again as they go). Nothing returned and ok false: the h made no sense.
    QList<XmlElement> handleResumed(const XmlElement& resumed, bool& ok);
    // <failed/> in answer to <resume/>, or a server that no longer offers stream management:
    // returns what the server never acknowledged, to send on the new session, except
    // broadcast presence, which the presence layer sends afresh anyway.
    QList<XmlElement> handleResumeFailed(const XmlElement& failed);

    // Traffic on an enabled stream:
    void stanzaSent(const XmlElement& stanza);
    // Counts a received stanza; returns a token for it, or 0 when not counting. Tokens carry
    // the session they belong to, so one from an earlier session never releases a new hold.
    quint64 stanzaReceived();
    // A stanza whose handling is not finished (not yet stored, say) holds back the count we
    // acknowledge, so the server keeps it until it is safe with us.
    void hold(quint64 token);
    // True when the count we may acknowledge moved forward.
    bool release(quint64 token);
    // What we acknowledge: every stanza received before the oldest one still held.
    quint32 handledCount() const;
    // <a h/>: returns the newly acknowledged stanzas; ok is false when h acknowledges
    // stanzas never sent, which XEP-0198 §4 treats as a stream error.
    QList<XmlElement> handleAck(const XmlElement& ack, bool& ok);
    XmlElement ackAnswer() const;
    static XmlElement ackRequest();
    qsizetype unacknowledgedCount() const { return qsizetype(m_unacked.size()); }
    // Stanzas that never went out (held back, see StreamAcks): resent after the rest.
    void keepUnsent(const QList<XmlElement>& stanzas) { m_unsent.append(stanzas); }
    bool hasUnsent() const { return !m_unsent.isEmpty(); }
    // Gives up a stanza the server keeps refusing: it is not resent (but still counted, in
    // case the server did take it after all). Returns it; null when it is not waiting.
    XmlElement abandon(const QString& id);

    // The link dropped: counting stops until the next enable or resume.
    void streamLost();
    // The session ended on purpose: nothing is kept.
    void reset();

private:
    QList<XmlElement> acknowledge(quint32 h, bool& ok);

    bool m_enabled = false;
    bool m_countingInbound = false;
    quint64 m_inbound = 0; // 64 bits internally; h on the wire is this modulo 2^32
    std::multiset<quint64> m_held; // sequence numbers within this session
    quint64 m_session = 1; // changes whenever counting starts afresh
    quint32 m_outbound = 0;
    quint32 m_lastAcknowledged = 0;
    std::deque<XmlElement> m_unacked;
    QList<XmlElement> m_unsent;
    QSet<QString> m_abandoned; // ids in m_unacked not to resend
    QString m_resumptionId;
    QString m_location;
    Jid m_jid;
};

} // namespace Palaver::Xmpp

// StreamAcks: the XEP-0198 traffic of an established stream: one <r/> after each burst we send,
// an unasked <a/> once stanzas held back are safe (§4), and a deadline, so that a server that
// stops acknowledging ends the stream instead of making the queue of unacknowledged stanzas
// grow without end. After a stream the server ended over something we may have sent, what is
// resent goes one stanza at a time, each acknowledged before the next, so that a stanza the
// server refuses is found out and can be given up instead of ending every stream.
#pragma once

#include "../core/XmlElement.h"
#include "ConnectionError.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace Palaver::Xmpp {

class StreamManagement;

class StreamAcks : public QObject
{
    Q_OBJECT

public:
    // More than this unacknowledged, or an <r/> unanswered for the deadline, ends the stream.
    static constexpr qsizetype MaxUnacknowledged = 10000;
    static constexpr int DefaultDeadlineMs = 60000;
    static constexpr int FollowUpMs = 1000;

    StreamAcks(StreamManagement& streamManagement,
        std::function<void(const XmlElement&)> writeElement, QObject* parent = nullptr);

    void setDeadline(int milliseconds) { m_deadline.setInterval(milliseconds); }
    // Whether the stream is established: nothing is written otherwise.
    void setActive(bool active);

    // A stanza went out on an enabled stream.
    void stanzaSent();
    // A held stanza was released and the count we acknowledge moved forward.
    void countAdvanced();
    // The server acknowledged (<a/>).
    void acknowledged();

    // Whether the next session resends carefully.
    void setCareful(bool careful) { m_careful = careful; }
    // What to send now of what the server never acknowledged; the rest is held back.
    QList<XmlElement> takeResend(QList<XmlElement> resend);
    // Whether a stanza about to go out must wait behind the one being tried alone.
    bool holdBack(const XmlElement& stanza);
    // The id of the stanza being tried alone; empty when none is.
    const QString& triedAlone() const { return m_triedAlone; }

Q_SIGNALS:
    void failed(const Palaver::Xmpp::ConnectionError& error);
    // The stanza tried alone got through: what waited behind it can go.
    void released(const QList<Palaver::Xmpp::XmlElement>& stanzas);

private:
    StreamManagement& m_sm;
    std::function<void(const XmlElement&)> m_write;
    QTimer m_request;
    QTimer m_answer;
    QTimer m_deadline;
    bool m_active = false;
    bool m_careful = false;
    QString m_triedAlone;
    bool m_triedSent = false;
    QList<XmlElement> m_toTry; // resent, each alone, after the one being tried
    QList<XmlElement> m_heldBack; // new, after all of those
};

} // namespace Palaver::Xmpp

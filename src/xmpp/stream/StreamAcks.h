// StreamAcks: the XEP-0198 traffic of an established stream: one <r/> after each burst we send,
// an unasked <a/> once stanzas held back are safe (§4), and a deadline, so that a server that
// stops acknowledging ends the stream instead of making the queue of unacknowledged stanzas
// grow without end.
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

Q_SIGNALS:
    void failed(const Palaver::Xmpp::ConnectionError& error);

private:
    StreamManagement& m_sm;
    std::function<void(const XmlElement&)> m_write;
    QTimer m_request;
    QTimer m_answer;
    QTimer m_deadline;
    bool m_active = false;
};

} // namespace Palaver::Xmpp

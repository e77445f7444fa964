// Connection: one XMPP client stream from TCP connect to close: STARTTLS, SASL, resource
// binding, session and stream management negotiation (RFC 6120 §4-§7, XEP-0198).
#pragma once

#include "ConnectionError.h"
#include "ConnectionSettings.h"
#include "ResourceBinder.h"
#include "ServerTarget.h"
#include "StreamParser.h"
#include "TrafficLog.h"
#include "sasl/SaslAuthenticator.h"

#include <QObject>
#include <QTimer>

namespace Palaver::Xmpp {

class BackgroundTask;
class SocketTransport;
class StreamAcks;
class StreamManagement;

class Connection : public QObject, private StreamParser::Handler
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Connecting,
        Negotiating, // stream open, before or during TLS
        Authenticating,
        Binding, // resuming or binding a resource and starting the session
        Established,
        Closing,
    };
    Q_ENUM(State)

    explicit Connection(StreamManagement& streamManagement, QObject* parent = nullptr);
    ~Connection() override;

    // Tries the targets in order until one carries an authenticated stream.
    void open(const ConnectionSettings& settings, const QList<ServerTarget>& targets);
    // Ends the stream politely (RFC 6120 §4.4); closed() follows with no error.
    void close();
    // Drops the connection at once with this error, e.g. when the server stopped answering.
    void abort(const ConnectionError& error);

    // Sends a stanza on the established stream; false when there is none.
    bool sendStanza(const XmlElement& stanza);
    // Sends a top-level element that is not a stanza (XEP-0352 <active/>, say): not counted
    // or resent by stream management.
    bool sendNonza(const XmlElement& element);
    // Called while stanzaReceived() is being delivered: the stanza is not acknowledged to the
    // server (XEP-0198) until released. Returns the token to release it with; 0 when the
    // stream does not count stanzas.
    quint64 holdCurrentStanza();
    void releaseStanza(quint64 token);
    void setTrafficLogging(bool enabled) { m_trafficLogging = enabled; }
    // See StreamAcks: after a stream the server ended over something we sent.
    StreamAcks& acks() { return *m_acks; }

    State state() const { return m_state; }
    const Jid& boundJid() const { return m_boundJid; }
    bool isEncrypted() const;
    QString mechanismName() const { return m_sasl.mechanismName(); }
    // The features of the final stream, for later checks (roster versioning, CSI, ...).
    const XmlElement& streamFeatures() const { return m_features; }

Q_SIGNALS:
    void stateChanged(Palaver::Xmpp::Connection::State state);
    void established(bool resumed);
    void stanzaReceived(const Palaver::Xmpp::XmlElement& stanza);
    // A stanza broke a limit of the parser and was left out; element has only its own
    // attributes. It counts as handled (XEP-0198), so the server never sends it again.
    void stanzaDropped(const Palaver::Xmpp::XmlElement& element, const QString& reason);
    void stanzasAcknowledged(const QList<Palaver::Xmpp::XmlElement>& stanzas);
    void closed(const Palaver::Xmpp::ConnectionError& error);
    void trafficLogged(Palaver::Xmpp::TrafficDirection direction, const QString& xml);
    void dataReceived();

private:
    void streamOpened(const StreamHeader& header) override;
    void elementReceived(const XmlElement& element) override;
    void elementDropped(const XmlElement& element, StreamParser::Error reason) override;
    void streamClosed() override;

    void tryNextTarget();
    void onTransportReady();
    void onTransportEncrypted();
    void onTransportFailed(const ConnectionError& error);
    void onData(const QByteArray& data);
    void openStream();
    void handleFeatures(const XmlElement& features);
    void handleSasl(const XmlElement& element);
    void applySaslStep(const SaslAuthenticator::Step& step);
    void startRegistrationStream(const XmlElement& features);
    void startBinding();
    void applyBindingStep(const ResourceBinder::Step& step);
    void handleStreamManagement(const XmlElement& element);
    void handleStreamError(const XmlElement& element);
    void finishEstablishment(bool resumed);

    void writeElement(const XmlElement& element);
    void writeText(const QString& text);
    void failWithStreamError(StreamError::Condition condition, ConnectionError error);
    enum class Link {
        Flush, // write what is queued, then close
        Drop,
    };
    void finish(const ConnectionError& error, Link link = Link::Drop);
    void setState(State state);

    StreamManagement& m_sm;
    SocketTransport* m_transport;
    StreamParser m_parser;
    SaslAuthenticator m_sasl;
    ResourceBinder m_binder;
    ConnectionSettings m_settings;
    QList<ServerTarget> m_targets;
    ConnectionError m_lastTargetError;
    QTimer m_negotiationTimer;
    QTimer m_closeTimer;
    QTimer m_stanzaTimer; // a stanza begun and not yet finished
    StreamAcks* m_acks;
    BackgroundTask* m_keyDerivation;
    quint64 m_currentStanza = 0;
    State m_state = State::Idle;
    XmlElement m_features;
    Jid m_boundJid;
    QList<XmlElement> m_resendAfterBind;
    bool m_authenticated = false;
    bool m_streamOpen = false;
    bool m_trafficLogging = false;
};

} // namespace Palaver::Xmpp

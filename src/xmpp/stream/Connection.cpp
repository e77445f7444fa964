#include "Connection.h"

#include "../core/Namespaces.h"
#include "../core/Stanza.h"
#include "BackgroundTask.h"
#include "SocketTransport.h"
#include "StreamAcks.h"
#include "StreamManagement.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnection, "palaver.xmpp.connection")

namespace Palaver::Xmpp {
namespace {
constexpr int CloseTimeoutMs = 3000;
} // namespace

Connection::Connection(StreamManagement& streamManagement, QObject* parent)
    : QObject(parent)
    , m_sm(streamManagement)
    , m_transport(new SocketTransport(this))
    , m_parser(*this)
    , m_acks(new StreamAcks(
          streamManagement, [this](const XmlElement& element) { writeElement(element); }, this))
    , m_keyDerivation(new BackgroundTask(this))
{
    connect(m_keyDerivation, &BackgroundTask::finished, this, [this](const QByteArray& result) {
        if (m_state == State::Authenticating) {
            applySaslStep(m_sasl.resume(result));
        }
    });
    connect(m_transport, &SocketTransport::ready, this, &Connection::onTransportReady);
    connect(m_transport, &SocketTransport::encrypted, this, &Connection::onTransportEncrypted);
    connect(m_transport, &SocketTransport::failed, this, &Connection::onTransportFailed);
    connect(m_transport, &SocketTransport::dataReceived, this, &Connection::onData);
    m_negotiationTimer.setSingleShot(true);
    connect(&m_negotiationTimer, &QTimer::timeout, this, [this] {
        finish(ConnectionError::make(ConnectionError::Kind::Timeout,
            u"the server did not answer during stream negotiation"_s));
    });
    m_stanzaTimer.setSingleShot(true);
    connect(&m_stanzaTimer, &QTimer::timeout, this, [this] {
        finish(ConnectionError::make(ConnectionError::Kind::Timeout,
            u"the server began a stanza and did not finish it in time"_s));
    });
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] { finish({}, Link::Flush); });
    connect(m_acks, &StreamAcks::released, this, [this](const QList<XmlElement>& stanzas) {
        for (const XmlElement& stanza : stanzas) {
            sendStanza(stanza);
        }
    });
    connect(m_acks, &StreamAcks::failed, this, [this](const ConnectionError& error) {
        qCWarning(lcConnection) << "ending the stream:" << error.detail;
        finish(error);
    });
}

Connection::~Connection() = default;

void Connection::open(const ConnectionSettings& settings, const QList<ServerTarget>& targets)
{
    m_settings = settings;
    m_targets = targets;
    m_lastTargetError = ConnectionError::make(
        ConnectionError::Kind::HostNotFound, u"no server to connect to for this domain"_s);
    m_transport->setProxy(settings.proxy);
    m_transport->setConnectTimeout(settings.connectTimeoutMs);
    m_negotiationTimer.setInterval(settings.negotiationTimeoutMs);
    tryNextTarget();
}

void Connection::tryNextTarget()
{
    if (m_targets.isEmpty()) {
        finish(m_lastTargetError);
        return;
    }
    m_authenticated = false;
    m_streamOpen = false;
    m_features = {};
    m_resendAfterBind.clear();
    setState(State::Connecting);
    const ServerTarget target = m_targets.takeFirst();
    TlsPolicy policy;
    policy.peerName = m_settings.jid.domainAce();
    policy.pinnedFingerprint = m_settings.pinnedCertificate;
    policy.additionalCaCertificates = m_settings.additionalCaCertificates;
    m_transport->open(target, policy);
}

void Connection::onTransportReady()
{
    setState(State::Negotiating);
    openStream();
}

void Connection::onTransportEncrypted()
{
    openStream(); // RFC 6120 §5.4.3.3: a new stream over the encrypted link
}

void Connection::onTransportFailed(const ConnectionError& error)
{
    // Before any stream was opened, another target may work; a certificate problem is the
    // user's to decide and is not papered over by trying elsewhere.
    if (m_state == State::Connecting
        && error.kind != ConnectionError::Kind::CertificateNotTrusted) {
        m_lastTargetError = error;
        tryNextTarget();
        return;
    }
    finish(error);
}

void Connection::openStream()
{
    m_parser.reset();
    m_streamOpen = false;
    m_negotiationTimer.start();
    QString header = u"<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                     "xmlns:stream='http://etherx.jabber.org/streams' version='1.0' to='"_s;
    appendEscapedXml(header, m_settings.jid.domain());
    header += u"' xml:lang='"_s;
    appendEscapedXml(header, m_settings.language);
    header += u'\'';
    if (m_transport->isEncrypted()) {
        // RFC 6120 §4.7.1: once the link is protected, say who we are.
        header += u" from='"_s;
        appendEscapedXml(header, m_settings.jid.bare().toString());
        header += u'\'';
    }
    header += u'>';
    writeText(header);
}

void Connection::onData(const QByteArray& data)
{
    Q_EMIT dataReceived();
    if (!m_parser.feed(data) && m_state != State::Idle) {
        qCWarning(lcConnection) << "refusing the server's stream:" << m_parser.errorDescription();
        if (m_parser.error() == StreamParser::Error::StanzaTooLarge && m_state == State::Established
            && m_sm.isEnabled()) {
            // Counted as handled, so that resuming does not bring it back to end the next
            // stream too.
            m_sm.stanzaReceived();
            writeElement(m_sm.ackAnswer());
        }
        failWithStreamError(StreamParser::streamCondition(m_parser.error()),
            ConnectionError::make(
                ConnectionError::Kind::ServerProtocolError, m_parser.errorDescription()));
        return;
    }
    // A stanza begun must be finished in reasonable time: a server trickling a byte now and
    // then would otherwise keep it open, and the link looking alive, for ever.
    if (m_state == State::Established && m_parser.isInsideElement()) {
        if (!m_stanzaTimer.isActive()) {
            m_stanzaTimer.start(m_settings.stanzaTimeoutMs);
        }
    } else {
        m_stanzaTimer.stop();
    }
}

void Connection::streamOpened(const StreamHeader& header)
{
    if (m_trafficLogging) {
        Q_EMIT trafficLogged(TrafficDirection::Incoming,
            u"<stream:stream from='%1' id='%2' version='%3'>"_s.arg(
                header.from, header.id, header.version));
    }
    // RFC 6120 §4.7.5: without version 1.0 this is a pre-XMPP server, and we never fall back
    // to its legacy authentication, which sends the password in clear.
    if (!header.version.startsWith(u"1.")) {
        failWithStreamError(StreamError::Condition::UnsupportedVersion,
            ConnectionError::make(ConnectionError::Kind::ServerProtocolError,
                u"the server does not speak XMPP 1.0 (version '%1')"_s.arg(header.version)));
        return;
    }
    m_streamOpen = true;
}

void Connection::streamClosed()
{
    m_streamOpen = false;
    if (m_state == State::Closing) {
        finish({}, Link::Flush);
        return;
    }
    writeText(u"</stream:stream>"_s);
    finish(ConnectionError::make(
               ConnectionError::Kind::ConnectionLost, u"the server closed the stream"_s),
        Link::Flush);
}

void Connection::elementReceived(const XmlElement& element)
{
    if (m_trafficLogging) {
        Q_EMIT trafficLogged(TrafficDirection::Incoming, maskedForLog(element).toXml(Ns::Client));
    }
    const QString& ns = element.namespaceUri();
    if (element.is(u"error", Ns::Stream)) {
        handleStreamError(element);
    } else if ((m_state == State::Established || m_state == State::Closing)
        && Stanza::isStanza(element)) {
        // Stanzas the server sent before it saw our closing tag are still delivered.
        m_currentStanza = m_sm.stanzaReceived();
        Q_EMIT stanzaReceived(element);
        m_currentStanza = 0;
    } else if (ns == Ns::StreamManagement) {
        handleStreamManagement(element);
    } else if (m_state == State::Closing || m_state == State::Established) {
        qCDebug(lcConnection) << "ignoring" << element.name() << ns;
    } else if (element.is(u"features", Ns::Stream)) {
        handleFeatures(element);
    } else if (ns == Ns::Tls && element.name() == u"proceed" && m_state == State::Negotiating) {
        m_parser.reset(); // anything after <proceed/> belongs to TLS
        m_transport->startTls();
    } else if (ns == Ns::Tls && element.name() == u"failure") {
        finish(ConnectionError::make(
            ConnectionError::Kind::TlsFailed, u"the server could not start TLS"_s));
    } else if (ns == Ns::Sasl && m_state == State::Authenticating) {
        handleSasl(element);
    } else if (element.is(u"iq", Ns::Client) && m_state == State::Binding) {
        applyBindingStep(m_binder.handle(element));
    } else {
        qCDebug(lcConnection) << "ignoring" << element.name() << ns << "during negotiation";
    }
}

// Contained, not escalated: a relayed stanza that breaks a local limit would come back after
// every reconnect if it ended the stream. Before the session it can only be the server's.
void Connection::elementDropped(const XmlElement& element, StreamParser::Error reason)
{
    const QString why = StreamParser::describe(reason);
    if (m_trafficLogging) {
        Q_EMIT trafficLogged(TrafficDirection::Incoming,
            maskedForLog(element).toXml(Ns::Client) + u" (left out: "_s + why + u')');
    }
    if ((m_state != State::Established && m_state != State::Closing)
        || !Stanza::isStanza(element)) {
        failWithStreamError(StreamError::Condition::PolicyViolation,
            ConnectionError::make(ConnectionError::Kind::ServerProtocolError, why));
        return;
    }
    m_sm.stanzaReceived();
    Q_EMIT stanzaDropped(element, why);
}

void Connection::handleFeatures(const XmlElement& features)
{
    m_negotiationTimer.start();
    m_features = features;
    if (!m_transport->isEncrypted()) {
        // RFC 7590 §3.1: we never talk without TLS, whatever the server allows.
        if (!features.hasChild(u"starttls", Ns::Tls)) {
            failWithStreamError(StreamError::Condition::PolicyViolation,
                ConnectionError::make(ConnectionError::Kind::TlsUnavailable,
                    u"the server does not offer STARTTLS"_s));
            return;
        }
        writeElement(XmlElement(u"starttls"_s, Ns::Tls));
        return;
    }
    if (m_settings.registration) {
        startRegistrationStream(features);
        return;
    }
    if (!m_authenticated) {
        setState(State::Authenticating);
        const SaslAuthenticator::Step step = m_sasl.start(features, m_settings.jid,
            m_settings.password, m_transport->peerCertificate(), m_transport->isEncrypted());
        if (step.kind == SaslAuthenticator::Step::Kind::Send) {
            writeElement(step.element);
            return;
        }
        ConnectionError error
            = ConnectionError::make(ConnectionError::Kind::AuthenticationFailed, step.failure.text);
        error.sasl = step.failure;
        failWithStreamError(StreamError::Condition::PolicyViolation, error);
        return;
    }
    setState(State::Binding);
    const bool offersSm = features.hasChild(u"sm", Ns::StreamManagement);
    if (offersSm && m_sm.canResume()) {
        writeElement(m_sm.resumeRequest());
        return;
    }
    if (m_sm.canResume() || m_sm.unacknowledgedCount() > 0 || m_sm.hasUnsent()) {
        m_resendAfterBind = m_sm.handleResumeFailed({});
    }
    startBinding();
}

// XEP-0077 §3: on the encrypted stream, before authentication, stanzas to the server only.
void Connection::startRegistrationStream(const XmlElement& features)
{
    if (!features.hasChild(u"register", Ns::RegisterFeature)) {
        writeText(u"</stream:stream>"_s);
        finish(ConnectionError::make(ConnectionError::Kind::RegistrationUnavailable,
                   u"the server does not offer in-band registration"_s),
            Link::Flush);
        return;
    }
    finishEstablishment(false);
}

void Connection::handleSasl(const XmlElement& element)
{
    m_negotiationTimer.start();
    applySaslStep(m_sasl.handle(element));
}

void Connection::applySaslStep(const SaslAuthenticator::Step& step)
{
    switch (step.kind) {
    case SaslAuthenticator::Step::Kind::Compute:
        m_keyDerivation->start(step.work); // up to a million rounds: not on the GUI thread
        return;
    case SaslAuthenticator::Step::Kind::Send:
        writeElement(step.element);
        return;
    case SaslAuthenticator::Step::Kind::Succeeded:
        qCDebug(lcConnection) << "authenticated with" << m_sasl.mechanismName();
        m_authenticated = true;
        openStream(); // RFC 6120 §6.4.6: restart
        return;
    case SaslAuthenticator::Step::Kind::Failed:
        break;
    }
    if (!step.element.isNull()) {
        writeElement(step.element);
    }
    ConnectionError error
        = ConnectionError::make(ConnectionError::Kind::AuthenticationFailed, step.failure.text);
    error.sasl = step.failure;
    qCWarning(lcConnection) << "authentication failed:"
                            << SaslFailure::conditionName(step.failure.condition)
                            << step.failure.text;
    writeText(u"</stream:stream>"_s);
    finish(error, Link::Flush);
}

void Connection::startBinding()
{
    applyBindingStep(m_binder.start(m_settings.jid, m_features));
}

void Connection::applyBindingStep(const ResourceBinder::Step& step)
{
    switch (step.kind) {
    case ResourceBinder::Step::Kind::Ignore:
        qCDebug(lcConnection) << "ignoring an iq that answers nothing we asked";
        return;
    case ResourceBinder::Step::Kind::Send:
        m_negotiationTimer.start();
        writeElement(step.request);
        return;
    case ResourceBinder::Step::Kind::Failed:
        failWithStreamError(StreamError::Condition::UndefinedCondition, step.error);
        return;
    case ResourceBinder::Step::Kind::Bound:
        break;
    }
    m_boundJid = step.jid;
    if (m_features.hasChild(u"sm", Ns::StreamManagement)) {
        writeElement(m_sm.enableRequest());
    }
    finishEstablishment(false);
}

void Connection::handleStreamManagement(const XmlElement& element)
{
    const QString& name = element.name();
    if (name == u"r" && m_state == State::Established) {
        writeElement(m_sm.ackAnswer());
    } else if (name == u"a" && m_sm.isEnabled()) {
        bool ok = false;
        const QList<XmlElement> acknowledged = m_sm.handleAck(element, ok);
        if (!ok) {
            // XEP-0198 §4: acknowledging more than we sent is a stream error.
            failWithStreamError(StreamError::Condition::UndefinedCondition,
                ConnectionError::make(ConnectionError::Kind::ServerProtocolError,
                    u"the server acknowledged stanzas we never sent"_s));
            return;
        }
        m_acks->acknowledged();
        if (!acknowledged.isEmpty()) {
            Q_EMIT stanzasAcknowledged(acknowledged);
        }
    } else if (name == u"enabled" && m_state == State::Established) {
        m_sm.handleEnabled(element, m_boundJid);
    } else if (name == u"resumed" && m_state == State::Binding && !m_binder.isPending()) {
        bool ok = false;
        const QList<XmlElement> resend = m_sm.handleResumed(element, ok);
        if (!ok || element.attribute(u"previd").isEmpty()) {
            failWithStreamError(StreamError::Condition::UndefinedCondition,
                ConnectionError::make(ConnectionError::Kind::ServerProtocolError,
                    u"the server's resumption acknowledged stanzas we never sent"_s));
            return;
        }
        m_boundJid = m_sm.resumedJid();
        m_resendAfterBind = resend;
        qCDebug(lcConnection) << "stream resumed; sending" << resend.size() << "stanzas again";
        finishEstablishment(true);
    } else if (name == u"failed" && m_state == State::Binding) {
        m_resendAfterBind = m_sm.handleResumeFailed(element);
        qCDebug(lcConnection) << "resumption failed;" << m_resendAfterBind.size()
                              << "stanzas to send on the new session";
        startBinding();
    } else if (name == u"failed" && m_state == State::Established) {
        m_sm.handleEnableFailed();
    }
}

void Connection::handleStreamError(const XmlElement& element)
{
    const StreamError streamError = StreamError::fromElement(element);
    ConnectionError error = ConnectionError::make(ConnectionError::Kind::StreamErrorReceived,
        StreamError::conditionName(streamError.condition())
            + (streamError.text().isEmpty() ? QString() : u": "_s + streamError.text()));
    error.streamCondition = streamError.condition();
    error.otherHost = streamError.otherHost();
    qCWarning(lcConnection) << "stream error from the server:" << error.detail;
    // RFC 6120 §4.9.1.1: the stream is closed; answer with our closing tag.
    writeText(u"</stream:stream>"_s);
    finish(error, Link::Flush);
}

void Connection::finishEstablishment(bool resumed)
{
    m_negotiationTimer.stop();
    setState(State::Established);
    // What the server never acknowledged goes first, ahead of anything new.
    const QList<XmlElement> resend = m_acks->takeResend(std::exchange(m_resendAfterBind, {}));
    for (const XmlElement& stanza : resend) {
        sendStanza(stanza);
    }
    Q_EMIT established(resumed);
}

bool Connection::sendStanza(const XmlElement& stanza)
{
    if (m_state != State::Established) {
        return false;
    }
    if (m_acks->holdBack(stanza)) {
        return true;
    }
    writeElement(stanza);
    if (m_sm.isEnabled()) {
        m_sm.stanzaSent(stanza);
        m_acks->stanzaSent();
    }
    return true;
}

quint64 Connection::holdCurrentStanza()
{
    m_sm.hold(m_currentStanza);
    return m_currentStanza;
}

void Connection::releaseStanza(quint64 token)
{
    if (m_sm.release(token)) {
        m_acks->countAdvanced(); // an unasked <a/> (XEP-0198 §4), so the server can let go
    }
}

bool Connection::sendNonza(const XmlElement& element)
{
    if (m_state != State::Established) {
        return false;
    }
    writeElement(element);
    return true;
}

void Connection::close()
{
    if (m_state == State::Idle || m_state == State::Closing) {
        return;
    }
    if (m_state == State::Connecting || !m_streamOpen) {
        finish({}, Link::Drop);
        return;
    }
    if (m_state == State::Established && m_sm.unacknowledgedCount() > 0) {
        writeElement(StreamManagement::ackRequest());
    }
    setState(State::Closing);
    writeText(u"</stream:stream>"_s);
    m_closeTimer.start(CloseTimeoutMs);
}

void Connection::abort(const ConnectionError& error)
{
    if (m_state != State::Idle) {
        finish(error);
    }
}

void Connection::writeElement(const XmlElement& element)
{
    const QString xml = element.toXml(Ns::Client);
    m_transport->write(xml.toUtf8());
    if (m_trafficLogging) {
        Q_EMIT trafficLogged(TrafficDirection::Outgoing, maskedForLog(element).toXml(Ns::Client));
    }
}

void Connection::writeText(const QString& text)
{
    m_transport->write(text.toUtf8());
    if (m_trafficLogging) {
        Q_EMIT trafficLogged(TrafficDirection::Outgoing, text);
    }
}

void Connection::failWithStreamError(StreamError::Condition condition, ConnectionError error)
{
    if (m_state == State::Idle) {
        return;
    }
    writeElement(StreamError(condition).toElement());
    writeText(u"</stream:stream>"_s);
    finish(error, Link::Flush);
}

void Connection::finish(const ConnectionError& error, Link link)
{
    if (m_state == State::Idle) {
        return;
    }
    m_negotiationTimer.stop();
    m_stanzaTimer.stop();
    m_closeTimer.stop();
    m_acks->setActive(false);
    m_keyDerivation->cancel();
    m_parser.reset();
    m_streamOpen = false;
    if (link == Link::Flush) {
        m_transport->close();
    } else {
        m_transport->abort();
    }
    if (error.isError()) {
        m_sm.streamLost();
    } else {
        m_sm.reset(); // a deliberate close ends the session; nothing is resumed later
    }
    setState(State::Idle);
    Q_EMIT closed(error);
}

void Connection::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        m_acks->setActive(state == State::Established);
        Q_EMIT stateChanged(state);
    }
}

bool Connection::isEncrypted() const
{
    return m_transport->isEncrypted();
}

} // namespace Palaver::Xmpp

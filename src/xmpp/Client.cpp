#include "Client.h"

#include "core/Namespaces.h"
#include "stream/Connection.h"
#include "stream/ServerResolver.h"
#include "stream/StreamAcks.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClient, "palaver.xmpp.client")

namespace Palaver::Xmpp {
namespace {
constexpr qsizetype MaxOutbox = 10000;
constexpr int MaxRedirects = 3;

// "host", "host:port", "[v6]" or "[v6]:port", as in see-other-host and XEP-0198 locations.
std::optional<ServerTarget> parseHostPort(const QString& text, quint16 defaultPort)
{
    const QString trimmed = text.trimmed();
    QString host = trimmed;
    QString port;
    if (trimmed.startsWith(u'[')) {
        const qsizetype close = trimmed.indexOf(u']');
        if (close < 0) {
            return std::nullopt;
        }
        host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':')) {
            return std::nullopt;
        }
        port = rest.mid(1);
    } else if (trimmed.count(u':') == 1) {
        host = trimmed.section(u':', 0, 0);
        port = trimmed.section(u':', 1);
    }
    bool ok = true;
    const quint16 number = port.isEmpty() ? defaultPort : port.toUShort(&ok);
    if (host.isEmpty() || !ok || number == 0) {
        return std::nullopt;
    }
    return ServerTarget {host, number, false};
}
} // namespace

Client::Client(QObject* parent)
    : QObject(parent)
    , m_connection(new Connection(m_streamManagement, this))
    , m_resolver(new ServerResolver(this))
    , m_iqTracker(new IqTracker(this))
{
    connect(m_connection, &Connection::established, this, &Client::onEstablished);
    connect(m_connection, &Connection::closed, this, &Client::onClosed);
    connect(m_connection, &Connection::stanzaReceived, this, &Client::onStanza);
    connect(m_connection, &Connection::stanzasAcknowledged, this, &Client::onAcknowledged);
    connect(m_connection, &Connection::stanzaDropped, this, &Client::onDropped);
    connect(m_connection, &Connection::trafficLogged, this, &Client::trafficLogged);
    connect(m_connection, &Connection::dataReceived, this, [this] { m_lastReceived.start(); });
    connect(
        m_resolver, &ServerResolver::resolved, this, [this](const QList<ServerTarget>& targets) {
            if (targets.isEmpty()) {
                onClosed(ConnectionError::make(ConnectionError::Kind::HostNotFound,
                    u"the domain says it offers no XMPP service"_s));
                return;
            }
            startConnection(targets);
        });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_wantConnected) {
            qCDebug(lcClient) << "reconnecting, attempt" << m_reconnectAttempt;
            ++m_reconnectAttempt;
            connectToServer();
        }
    });
    m_lastReceived.start();
}

Client::~Client() = default;

void Client::setSettings(const ConnectionSettings& settings)
{
    m_settings = settings;
}

Jid Client::jid() const
{
    return m_state == State::Connected ? m_connection->boundJid() : m_settings.jid;
}

const XmlElement& Client::streamFeatures() const
{
    return m_connection->streamFeatures();
}

qsizetype Client::maxStanzaBytes() const
{
    bool ok = false;
    const qsizetype announced = streamFeatures()
                                    .firstChild(u"limits", Ns::StreamLimits)
                                    .firstChild(u"max-bytes", Ns::StreamLimits)
                                    .text()
                                    .trimmed()
                                    .toLongLong(&ok);
    return ok && announced > 0 ? announced : DefaultMaxStanzaBytes;
}

bool Client::fitsInStanza(const QString& text) const
{
    constexpr qsizetype Envelope = 4096;
    qsizetype bytes = Envelope;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // Escaped markup characters take up to six bytes, other text up to three per unit.
        bytes += u < 0x80
            ? ((u == u'&' || u == u'<' || u == u'>' || u == u'\'' || u == u'"') ? 6 : 1)
            : (u < 0x800 ? 2 : 3);
    }
    return bytes <= maxStanzaBytes();
}

qint64 Client::idleMilliseconds() const
{
    return m_lastReceived.elapsed();
}

void Client::connectToServer()
{
    if (m_state == State::Connecting || m_state == State::Connected) {
        return;
    }
    const bool signIn = !m_settings.registration;
    if (!m_settings.jid.isValid()
        || (signIn && (m_settings.jid.local().isEmpty() || m_settings.password.isEmpty()))) {
        m_wantConnected = false;
        onClosed(ConnectionError::make(
            ConnectionError::Kind::InvalidSettings, u"an address and a password are needed"_s));
        return;
    }
    m_wantConnected = true;
    m_reconnectTimer.stop();
    setState(State::Connecting);
    if (!m_settings.host.isEmpty()) {
        const quint16 port
            = m_settings.port ? m_settings.port : (m_settings.directTls ? 5223 : 5222);
        startConnection({ServerTarget {m_settings.host, port, m_settings.directTls}});
        return;
    }
    m_resolver->resolve(m_settings.jid.domainAce());
}

void Client::startConnection(const QList<ServerTarget>& targets)
{
    QList<ServerTarget> ordered = targets;
    // XEP-0198 §5: a resumable session is best resumed where the server said it lives.
    if (m_streamManagement.canResume() && !m_streamManagement.location().isEmpty()) {
        if (const auto location = parseHostPort(m_streamManagement.location(), 5222)) {
            ordered.prepend(*location);
        }
    }
    m_connection->open(m_settings, ordered);
}

void Client::disconnectFromServer()
{
    m_wantConnected = false;
    m_reconnectTimer.stop();
    m_reconnectAttempt = 0; // signing in again later is a fresh start
    m_resolver->cancel();
    if (m_connection->state() == Connection::State::Idle) {
        m_iqTracker->failAll(StanzaError::Condition::Disconnected);
        setState(State::Disconnected);
        return;
    }
    m_connection->close();
}

void Client::abortConnection(const ConnectionError& error)
{
    m_connection->abort(error);
}

void Client::onEstablished(bool resumed)
{
    qCDebug(lcClient) << (resumed ? "session resumed as" : "session started as")
                      << m_connection->boundJid().toString();
    m_sessionAge.start();
    m_redirects = 0;
    m_lastError = {};
    if (!resumed) {
        m_iqTracker->failDelivered(StanzaError::Condition::Disconnected);
    }
    setState(State::Connected);
    const QList<XmlElement> outbox = std::exchange(m_outbox, {});
    for (const XmlElement& stanza : outbox) {
        m_connection->sendStanza(stanza);
    }
    Q_EMIT sessionStarted(resumed);
}

namespace {
// Stream errors a server gives for what it was sent, not for its own reasons.
bool endedOverWhatWeSent(const ConnectionError& error)
{
    using C = StreamError::Condition;
    if (error.kind != ConnectionError::Kind::StreamErrorReceived || !error.streamCondition) {
        return false;
    }
    switch (*error.streamCondition) {
    case C::BadFormat:
    case C::BadNamespacePrefix:
    case C::ImproperAddressing:
    case C::InternalServerError:
    case C::InvalidFrom:
    case C::InvalidNamespace:
    case C::InvalidXml:
    case C::NotWellFormed:
    case C::PolicyViolation:
    case C::ResourceConstraint:
    case C::RestrictedXml:
    case C::UndefinedCondition:
    case C::UnsupportedEncoding:
    case C::UnsupportedStanzaType:
        return true;
    default:
        return false;
    }
}
} // namespace

// A session the server ended over something we may have sent: the next one resends one
// stanza at a time. A stanza that ends the stream twice when sent on its own is given up,
// so that it cannot end every session from now on.
void Client::blameStanza(const ConnectionError& error)
{
    StreamAcks& acks = m_connection->acks();
    if (!endedOverWhatWeSent(error)) {
        return;
    }
    if (const QString tried = acks.triedAlone(); !tried.isEmpty() && ++m_strikes[tried] >= 2) {
        m_strikes.remove(tried);
        const XmlElement refused = m_streamManagement.abandon(tried);
        if (!refused.isNull()) {
            qCWarning(lcClient) << "giving up a" << refused.name()
                                << "the server refuses:" << tried;
            Q_EMIT stanzaRefused(refused);
        }
    }
    acks.setCareful(true);
}

void Client::onClosed(const ConnectionError& error)
{
    m_lastError = error;
    if (m_sessionAge.isValid()) {
        blameStanza(error);
    }
    if (m_sessionAge.isValid() && m_sessionAge.elapsed() >= m_reconnectPolicy.stableSessionMs) {
        m_reconnectAttempt = 0;
    }
    m_sessionAge.invalidate();
    if (error.isError()) {
        qCDebug(lcClient) << "connection ended:" << ConnectionError::kindName(error.kind)
                          << error.detail;
        Q_EMIT errorOccurred(error);
    }
    const bool redirect = error.streamCondition == StreamError::Condition::SeeOtherHost;
    if (m_wantConnected && redirect && m_redirects < MaxRedirects) {
        if (const auto target = parseHostPort(error.otherHost, 5222)) {
            ++m_redirects;
            qCDebug(lcClient) << "the server sends us to" << target->host << target->port;
            setState(State::Connecting);
            startConnection({*target});
            return;
        }
    }
    if (m_wantConnected && error.isError() && error.isRecoverable() && m_reconnectPolicy.enabled) {
        scheduleReconnect();
        return;
    }
    m_wantConnected = false;
    m_iqTracker->failAll(StanzaError::Condition::Disconnected);
    setState(State::Disconnected);
}

void Client::scheduleReconnect()
{
    if (!m_streamManagement.canResume() && m_streamManagement.unacknowledgedCount() == 0) {
        // Nothing will be resent or resumed: answers to requests in flight are lost.
        m_iqTracker->failAll(StanzaError::Condition::Disconnected);
    }
    const int delay = m_reconnectPolicy.delayFor(m_reconnectAttempt, *QRandomGenerator::global());
    qCDebug(lcClient) << "next connection attempt in" << delay << "ms";
    setState(State::WaitingToReconnect);
    m_reconnectTimer.start(delay);
}

void Client::onStanza(const XmlElement& element)
{
    const QString& name = element.name();
    if (name == u"message") {
        const Message message(element);
        if (hasValidAddresses(message)) {
            Q_EMIT messageReceived(message);
        }
    } else if (name == u"presence") {
        const Presence presence(element);
        if (hasValidAddresses(presence)) {
            Q_EMIT presenceReceived(presence);
        }
    } else if (name == u"iq") {
        const Iq iq(element);
        if (hasValidAddresses(iq)) {
            handleIq(iq);
        }
    }
}

// RFC 6120 §8.1.1, §8.1.2: an address that does not parse names nobody. Such a stanza is left
// out, never taken as coming from the server (which an absent 'from' means).
bool Client::hasValidAddresses(const Stanza& stanza)
{
    const XmlElement& element = stanza.element();
    if ((!stanza.from().isValid() && element.hasAttribute(u"from"))
        || (!stanza.to().isValid() && element.hasAttribute(u"to"))) {
        onDropped(element, u"an address that is not a valid JID"_s);
        return false;
    }
    return true;
}

void Client::onDropped(const XmlElement& element, const QString& reason)
{
    qCWarning(lcClient) << "left out a" << element.name() << "stanza from"
                        << element.attribute(u"from") << "with id" << element.attribute(u"id")
                        << "-" << reason;
    const QString type = element.attribute(u"type");
    const Iq iq(element);
    // RFC 6120 §8.2.3: a get or set is always answered; one we could not read, with an error.
    if (element.name() == u"iq" && (type == u"get" || type == u"set") && iq.from().isValid()) {
        send(iq.makeError(StanzaError(
            StanzaError::Type::Modify, StanzaError::Condition::PolicyViolation, reason)));
    }
    Q_EMIT stanzaDropped(element, reason);
}

void Client::handleIq(const Iq& iq)
{
    if (iq.isResponse()) {
        m_iqTracker->handleResponse(iq, jid());
        return;
    }
    if (!iq.isRequest()) {
        return; // an iq without a valid type gets no answer, so no error loops
    }
    const XmlElement payload = iq.payload();
    if (payload.isNull()) {
        send(iq.makeError(
            StanzaError(StanzaError::Type::Modify, StanzaError::Condition::BadRequest)));
        return;
    }
    if (Module* module = m_iqHandlers.value(payload.namespaceUri());
        module && module->handleIqRequest(iq)) {
        return;
    }
    // RFC 6120 §8.4: requests for what we do not support get service-unavailable.
    send(iq.makeError(
        StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::ServiceUnavailable)));
}

void Client::onAcknowledged(const QList<XmlElement>& stanzas)
{
    for (const XmlElement& stanza : stanzas) {
        if (stanza.name() == u"iq") {
            m_iqTracker->markDelivered(stanza.attribute(u"id"));
        }
    }
    Q_EMIT stanzasAcknowledged(stanzas);
}

QString Client::send(const Stanza& stanza)
{
    XmlElement element = stanza.element();
    QString id = element.attribute(u"id");
    if (id.isEmpty()) {
        id = IqTracker::newId();
        element.setAttribute(u"id"_s, id);
    }
    for (Module* module : std::as_const(m_modules)) {
        module->decorateOutgoing(element);
    }
    if (m_state == State::Connected && m_connection->sendStanza(element)) {
        return id;
    }
    if (m_outbox.size() >= MaxOutbox) {
        qCWarning(lcClient) << "too much waiting to be sent; dropping the oldest stanza";
        m_outbox.removeFirst();
    }
    m_outbox.append(element);
    return id;
}

bool Client::sendNonza(const XmlElement& element)
{
    return m_state == State::Connected && m_connection->sendNonza(element);
}

quint64 Client::holdAcknowledgement()
{
    return m_connection->holdCurrentStanza();
}

void Client::releaseAcknowledgement(quint64 token)
{
    if (token != 0) {
        m_connection->releaseStanza(token);
    }
}

void Client::sendIq(Iq request, QObject* context, IqCallback callback, int timeoutMs)
{
    m_iqTracker->track(request, context, std::move(callback), timeoutMs);
    send(request);
}

void Client::addModule(Module* module)
{
    module->setParent(this);
    m_modules.append(module);
    for (const QString& ns : module->iqNamespaces()) {
        m_iqHandlers.insert(ns, module);
    }
    module->attach(*this);
}

void Client::setTrafficLogging(bool enabled)
{
    m_connection->setTrafficLogging(enabled);
}

void Client::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

} // namespace Palaver::Xmpp

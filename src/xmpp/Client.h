// Client: one account's connection to its server: finds the server, stays connected, and
// routes stanzas between the stream and the modules (RFC 6120, RFC 6121).
#pragma once

#include "IqTracker.h"
#include "Module.h"
#include "ReconnectPolicy.h"
#include "core/Message.h"
#include "core/Presence.h"
#include "stream/ConnectionError.h"
#include "stream/ConnectionSettings.h"
#include "stream/StreamManagement.h"
#include "stream/TrafficLog.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Palaver::Xmpp {

class Connection;
class ServerResolver;
struct ServerTarget;

class Client : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Disconnected,
        Connecting,
        Connected,
        WaitingToReconnect,
    };
    Q_ENUM(State)

    explicit Client(QObject* parent = nullptr);
    ~Client() override;

    void setSettings(const ConnectionSettings& settings);
    const ConnectionSettings& settings() const { return m_settings; }
    void setReconnectPolicy(const ReconnectPolicy& policy) { m_reconnectPolicy = policy; }
    // Tests point DNS lookups at their own server.
    ServerResolver& resolver() const { return *m_resolver; }

    void connectToServer();
    // Ends the session politely; no reconnect follows.
    void disconnectFromServer();
    // Drops the link as if the network failed (the keep-alive uses this); reconnects.
    void abortConnection(const ConnectionError& error);

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    // Stanzas sent that the server has not yet confirmed (XEP-0198); 0 without the feature.
    qsizetype unacknowledgedCount() const { return m_streamManagement.unacknowledgedCount(); }
    // The bound full JID while connected; the configured address otherwise.
    Jid jid() const;
    const ConnectionError& lastError() const { return m_lastError; }
    const XmlElement& streamFeatures() const;
    // The largest stanza the server takes: what it says (XEP-0478), else what servers take by
    // default (Prosody and ejabberd: 256 KiB).
    qsizetype maxStanzaBytes() const;
    static constexpr qsizetype DefaultMaxStanzaBytes = 256 * 1024;
    // Whether a message with this text fits, with room for what goes around it (ids, receipt
    // requests, the server's own additions).
    bool fitsInStanza(const QString& text) const;
    // Time since the server last sent anything.
    qint64 idleMilliseconds() const;

    // Sends now or, while disconnected, as soon as a session is up again. Gives the stanza an
    // id when it has none and returns it.
    QString send(const Stanza& stanza);
    // While a received stanza is being delivered (in a messageReceived() handler, say), keeps
    // it from being acknowledged to the server until released: for stanzas that must be
    // stored first, so a crash before then cannot lose them. Returns 0 when there is
    // nothing to hold (no stream management, or not inside a delivery).
    quint64 holdAcknowledgement();
    void releaseAcknowledgement(quint64 token);
    // Sends a top-level element that is no stanza, on the current session only (false when
    // there is none).
    bool sendNonza(const XmlElement& element);
    // Sends a get or set and calls back with its result, error or timeout.
    void sendIq(Iq request, QObject* context, IqCallback callback, int timeoutMs = -1);

    // Takes ownership; modules see every session from then on.
    void addModule(Module* module);
    template<typename T> T* findModule() const
    {
        for (Module* module : m_modules) {
            if (auto* found = qobject_cast<T*>(module)) {
                return found;
            }
        }
        return nullptr;
    }
    const QList<Module*>& modules() const { return m_modules; }

    void setTrafficLogging(bool enabled);

Q_SIGNALS:
    void stateChanged(Palaver::Xmpp::Client::State state);
    // A session is ready for stanzas. resumed: XEP-0198 carried the old one over, so
    // nothing needs to be sent again (no presence, no roster fetch).
    void sessionStarted(bool resumed);
    void errorOccurred(const Palaver::Xmpp::ConnectionError& error);
    void messageReceived(const Palaver::Xmpp::Message& message);
    void presenceReceived(const Palaver::Xmpp::Presence& presence);
    // The server confirmed it has these stanzas (XEP-0198).
    void stanzasAcknowledged(const QList<Palaver::Xmpp::XmlElement>& stanzas);
    // The server ended the stream each time this stanza was sent on its own: it is given up,
    // never sent again.
    void stanzaRefused(const Palaver::Xmpp::XmlElement& stanza);
    // A received stanza broke a rule (a limit of the parser, an address that does not parse)
    // and was left out; the session goes on. element may lack its content.
    void stanzaDropped(const Palaver::Xmpp::XmlElement& element, const QString& reason);
    void trafficLogged(Palaver::Xmpp::TrafficDirection direction, const QString& xml);

private:
    void startConnection(const QList<ServerTarget>& targets);
    void onEstablished(bool resumed);
    void onClosed(const ConnectionError& error);
    void onStanza(const XmlElement& element);
    void onDropped(const XmlElement& element, const QString& reason);
    bool hasValidAddresses(const Stanza& stanza);
    void onAcknowledged(const QList<XmlElement>& stanzas);
    void handleIq(const Iq& iq);
    void scheduleReconnect();
    void blameStanza(const ConnectionError& error);
    void setState(State state);

    ConnectionSettings m_settings;
    ReconnectPolicy m_reconnectPolicy;
    StreamManagement m_streamManagement;
    Connection* m_connection;
    ServerResolver* m_resolver;
    IqTracker* m_iqTracker;
    QList<Module*> m_modules;
    QHash<QString, Module*> m_iqHandlers;
    QList<XmlElement> m_outbox; // stanzas waiting for a session
    QTimer m_reconnectTimer;
    QElapsedTimer m_lastReceived;
    QElapsedTimer m_sessionAge; // while a session is up

    ConnectionError m_lastError;
    State m_state = State::Disconnected;
    int m_reconnectAttempt = 0;
    QHash<QString, int> m_strikes; // stanza id -> streams it ended, sent on its own
    int m_redirects = 0;
    bool m_wantConnected = false;
};

} // namespace Palaver::Xmpp

// RawXmppPeer: a minimal client for hostile-peer tests that writes whatever bytes it is given
// once signed in (STARTTLS, SASL PLAIN, resource binding): stanzas Palaver's own library would
// never produce. Written without Palaver's stream code, so it shares none of its bugs.
#pragma once

#include "localserver/LocalXmppServer.h"

#include <QByteArray>
#include <QSslSocket>

namespace Palaver::Testing {

class RawXmppPeer
{
public:
    explicit RawXmppPeer(const LocalServer::LocalXmppServer& server);

    // Signs in as user (with the server's password for it) and sends initial presence.
    bool signIn(const QString& user, const QString& resource = QStringLiteral("raw"));
    // Writes bytes as they are; false when the link is gone.
    bool sendRaw(const QByteArray& xml);
    // Waits until everything written has left the socket.
    bool flush(int timeoutMs = 10000);
    // Waits until what the server sent since the last call contains text.
    bool waitForReceived(const QByteArray& text, int timeoutMs = 10000);
    QByteArray received() const { return m_received; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QString jid() const { return m_jid; }
    void disconnect();

private:
    bool openStream();

    const LocalServer::LocalXmppServer& m_server;
    QSslSocket m_socket;
    QByteArray m_received;
    qsizetype m_seen = 0; // what waitForReceived() has already matched
    QString m_jid;
};

} // namespace Palaver::Testing

// SlixmppPeer: a client Palaver did not write (slixmpp, tests/peers/slixmpp_peer.py), signed in
// to a fixture server as one of its accounts, driven by commands and reporting what it got.
#pragma once

#include "localserver/LocalXmppServer.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>

namespace Palaver::Testing {

class SlixmppPeer
{
public:
    SlixmppPeer(
        const LocalServer::LocalXmppServer& server, const QString& user, const QString& password);
    ~SlixmppPeer();

    // Whether python3-slixmpp is installed (tests skip without it, fail under CI).
    static bool isInstalled();
    // Starts the peer and waits until its session is up.
    bool start(int timeoutMs = 20000);
    QString errorString() const { return m_error; }

    // Sends one command ({"do": …, "to": …, …}) and waits until the peer has carried it out.
    bool run(const QJsonObject& command, int timeoutMs = 10000);
    // Waits for a received message that satisfies the predicate; returns it (empty on timeout).
    QJsonObject waitForMessage(
        const std::function<bool(const QJsonObject&)>& predicate, int timeoutMs = 15000);
    // Waits for a reported event of this kind ("jingle_received", say); empty on timeout.
    QJsonObject waitForEvent(const QString& kind, int timeoutMs = 15000);

private:
    void readEvents();

    const LocalServer::LocalXmppServer& m_server;
    QString m_jid;
    QString m_password;
    QTemporaryDir m_dir;
    QProcess m_process;
    QList<QJsonObject> m_events;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace Palaver::Testing

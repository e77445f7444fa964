#include "Socks5Listener.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Palaver::Xmpp {
namespace {
constexpr int MaxPending = 8;
constexpr int GreetingTimeoutMs = 10000;
} // namespace

Socks5Listener::Socks5Listener(const QByteArray& dstaddr, QObject* parent)
    : QObject(parent)
    , m_dstaddr(dstaddr)
{ }

Socks5Listener::~Socks5Listener()
{
    delete m_accepted;
}

bool Socks5Listener::listen(const QList<QHostAddress>& addresses)
{
    for (const QHostAddress& address : addresses) {
        auto* server = new QTcpServer(this);
        if (!server->listen(address)) {
            delete server;
            continue;
        }
        server->setMaxPendingConnections(MaxPending);
        connect(
            server, &QTcpServer::newConnection, this, [this, server] { onNewConnection(server); });
        m_servers.append(server);
    }
    return !m_servers.isEmpty();
}

QList<Socks5Listener::Endpoint> Socks5Listener::endpoints() const
{
    QList<Endpoint> endpoints;
    for (const QTcpServer* server : m_servers) {
        endpoints.append({server->serverAddress(), server->serverPort()});
    }
    return endpoints;
}

QTcpSocket* Socks5Listener::takeSocket()
{
    QTcpSocket* socket = m_accepted;
    if (socket) {
        socket->disconnect(this);
        socket->setParent(nullptr);
        m_accepted = nullptr;
    }
    return socket;
}

void Socks5Listener::close()
{
    qDeleteAll(m_servers);
    m_servers.clear();
    qDeleteAll(m_pending);
    m_pending.clear();
}

void Socks5Listener::onNewConnection(QTcpServer* server)
{
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        if (m_accepted || m_pending.size() >= MaxPending) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        m_pending.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_pending.removeOne(socket)) {
                socket->deleteLater();
            }
        });
        QTimer::singleShot(GreetingTimeoutMs, socket, [this, socket] {
            if (m_pending.removeOne(socket)) {
                socket->abort();
                socket->deleteLater();
            }
        });
    }
}

void Socks5Listener::onReadyRead(QTcpSocket* socket)
{
    const auto drop = [this, socket] {
        m_pending.removeOne(socket);
        socket->abort();
        socket->deleteLater();
    };
    // The greeting: version 5, n methods, the methods; "no authentication" must be one.
    if (!socket->property("greeted").toBool()) {
        const QByteArray head = socket->peek(2);
        if (head.size() < 2) {
            return;
        }
        const int methods = static_cast<unsigned char>(head.at(1));
        if (head.at(0) != 5) {
            drop();
            return;
        }
        if (socket->bytesAvailable() < 2 + methods) {
            return;
        }
        if (!socket->read(2 + methods).mid(2).contains('\0')) {
            socket->write(QByteArray("\x05\xff", 2));
            drop();
            return;
        }
        socket->setProperty("greeted", true);
        socket->write(QByteArray("\x05\x00", 2));
    }
    // The request: CONNECT to a domain name that must be our hash, any port.
    const QByteArray head = socket->peek(5);
    if (head.size() < 5) {
        return;
    }
    const int length = static_cast<unsigned char>(head.at(4));
    if (head.at(0) != 5 || head.at(1) != 1 || head.at(3) != 3) {
        drop();
        return;
    }
    if (socket->bytesAvailable() < 5 + length + 2) {
        return;
    }
    const QByteArray request = socket->read(5 + length + 2);
    if (request.mid(5, length) != m_dstaddr || m_accepted) {
        socket->write(QByteArray("\x05\x02\x00\x01\x00\x00\x00\x00\x00\x00", 10));
        drop();
        return;
    }
    QByteArray reply("\x05\x00\x00\x03", 4);
    reply += char(m_dstaddr.size());
    reply += m_dstaddr;
    reply += QByteArray("\x00\x00", 2);
    socket->write(reply);
    m_pending.removeOne(socket);
    socket->disconnect(this);
    m_accepted = socket;
    Q_EMIT accepted();
}

} // namespace Palaver::Xmpp

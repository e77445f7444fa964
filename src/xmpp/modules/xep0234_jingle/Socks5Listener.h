// Socks5Listener: our own stream host for direct connections (XEP-0065 §6 as the target
// sees it, XEP-0260 "direct" candidates): listens on the addresses we offer, answers the
// SOCKS5 greeting, and hands over the one connection that names the expected address hash.
// Anything else is closed: a stranger who finds the port learns nothing and gets nothing.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace Palaver::Xmpp {

class Socks5Listener : public QObject
{
    Q_OBJECT

public:
    explicit Socks5Listener(const QByteArray& dstaddr, QObject* parent = nullptr);
    ~Socks5Listener() override;

    // Listens on each address (a port of its own each); false when none could be used.
    bool listen(const QList<QHostAddress>& addresses);
    struct Endpoint
    {
        QHostAddress address;
        quint16 port = 0;
    };
    QList<Endpoint> endpoints() const;
    // The accepted connection, after accepted(); the caller owns it from then on.
    QTcpSocket* takeSocket();
    void close();

Q_SIGNALS:
    void accepted();

private:
    void onNewConnection(QTcpServer* server);
    void onReadyRead(QTcpSocket* socket);

    QByteArray m_dstaddr;
    QList<QTcpServer*> m_servers;
    QList<QTcpSocket*> m_pending; // still greeting
    QTcpSocket* m_accepted = nullptr;
};

} // namespace Palaver::Xmpp

#include "TcpCutProxy.h"

namespace Palaver::Testing {

TcpCutProxy::TcpCutProxy(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpCutProxy::onNewConnection);
}

TcpCutProxy::~TcpCutProxy()
{
    cutAll();
}

bool TcpCutProxy::listen(quint16 targetPort)
{
    m_targetPort = targetPort;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void TcpCutProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        if (m_refusing) {
            client->abort();
            client->deleteLater();
            continue;
        }
        ++m_accepted;
        auto* server = new QTcpSocket(this);
        client->setParent(this);
        const Pair pair {client, server};
        m_pairs.append(pair);
        connect(client, &QTcpSocket::readyRead, this, [this, pair] {
            const QByteArray data = pair.client->readAll();
            if (!m_swallowClient && !m_blackHole && pair.server) {
                pair.server->write(data);
            }
        });
        connect(server, &QTcpSocket::readyRead, this, [this, pair] {
            const QByteArray data = pair.server->readAll();
            if (!m_blackHole && pair.client) {
                pair.client->write(data);
            }
        });
        const auto closeBoth = [pair] {
            if (pair.client) {
                pair.client->disconnectFromHost();
            }
            if (pair.server) {
                pair.server->disconnectFromHost();
            }
        };
        connect(client, &QTcpSocket::disconnected, this, closeBoth);
        connect(server, &QTcpSocket::disconnected, this, closeBoth);
        server->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void TcpCutProxy::cutAll()
{
    for (const Pair& pair : std::as_const(m_pairs)) {
        for (QTcpSocket* socket : {pair.client.data(), pair.server.data()}) {
            if (socket) {
                socket->disconnect(this);
                socket->abort();
                socket->deleteLater();
            }
        }
    }
    m_pairs.clear();
}

} // namespace Palaver::Testing

#include "Socks5Connector.h"

#include <QTcpSocket>

namespace Palaver::Xmpp {

Socks5Connector::Socks5Connector(
    const QString& host, quint16 port, const QByteArray& dstaddr, QObject* parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
    , m_host(host)
    , m_port(port)
    , m_dstaddr(dstaddr)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &Socks5Connector::fail);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->write(QByteArray("\x05\x01\x00", 3)); // version 5, one method: none
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &Socks5Connector::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &Socks5Connector::fail);
}

Socks5Connector::~Socks5Connector() = default;

void Socks5Connector::start(int timeoutMs)
{
    m_timeout.start(timeoutMs);
    m_socket->connectToHost(m_host, m_port);
}

QTcpSocket* Socks5Connector::takeSocket()
{
    if (!m_succeeded || !m_socket) {
        return nullptr;
    }
    QTcpSocket* socket = m_socket;
    socket->disconnect(this);
    socket->setParent(nullptr);
    m_socket = nullptr;
    return socket;
}

void Socks5Connector::onReadyRead()
{
    if (m_finished) {
        return;
    }
    if (!m_greeted) {
        if (m_socket->bytesAvailable() < 2) {
            return;
        }
        if (m_socket->read(2) != QByteArray("\x05\x00", 2)) {
            fail();
            return;
        }
        m_greeted = true;
        // CONNECT to the "domain name" that is the hash, port 0 (XEP-0065 §6.3.2).
        QByteArray request("\x05\x01\x00\x03", 4);
        request += char(m_dstaddr.size());
        request += m_dstaddr;
        request += QByteArray("\x00\x00", 2);
        m_socket->write(request);
    }
    // The reply, read to its exact end: what follows is the stream's.
    const QByteArray head = m_socket->peek(5);
    if (head.size() < 5) {
        return;
    }
    if (head.at(0) != 5 || head.at(1) != 0) {
        fail();
        return;
    }
    qint64 length = 0;
    switch (head.at(3)) {
    case 1:
        length = 4 + 4 + 2;
        break;
    case 3:
        length = 5 + static_cast<unsigned char>(head.at(4)) + 2;
        break;
    case 4:
        length = 4 + 16 + 2;
        break;
    default:
        fail();
        return;
    }
    if (m_socket->bytesAvailable() < length) {
        return;
    }
    m_socket->read(length);
    m_finished = true;
    m_succeeded = true;
    m_timeout.stop();
    Q_EMIT connected();
}

void Socks5Connector::fail()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timeout.stop();
    m_socket->abort();
    Q_EMIT failed();
}

} // namespace Palaver::Xmpp

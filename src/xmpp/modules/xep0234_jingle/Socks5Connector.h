// Socks5Connector: reaches a SOCKS5 stream host (a peer's listener or a bytestream proxy,
// XEP-0065 §6) and asks it for the stream named by its address hash; hands the socket over
// once the host says yes, with nothing of the stream read from it.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace Palaver::Xmpp {

class Socks5Connector : public QObject
{
    Q_OBJECT

public:
    Socks5Connector(
        const QString& host, quint16 port, const QByteArray& dstaddr, QObject* parent = nullptr);
    ~Socks5Connector() override;

    void start(int timeoutMs);
    // The connected socket, once connected() came; the caller owns it from then on.
    QTcpSocket* takeSocket();

Q_SIGNALS:
    void connected();
    void failed();

private:
    void onReadyRead();
    void fail();

    QTcpSocket* m_socket;
    QString m_host;
    quint16 m_port;
    QByteArray m_dstaddr;
    QTimer m_timeout;
    bool m_greeted = false;
    bool m_finished = false;
    bool m_succeeded = false;
};

} // namespace Palaver::Xmpp

// TcpCutProxy: a loopback TCP relay that tests can cut, stall or refuse, to break a working
// connection the way real networks do.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Palaver::Testing {

class TcpCutProxy : public QObject
{
    Q_OBJECT

public:
    explicit TcpCutProxy(QObject* parent = nullptr);
    ~TcpCutProxy() override;

    bool listen(quint16 targetPort);
    quint16 port() const { return m_server.serverPort(); }

    // Drops every relayed connection at once, both sides, with nothing more forwarded.
    void cutAll();
    // New connections are closed as soon as they arrive.
    void setRefusing(bool refusing) { m_refusing = refusing; }
    // Bytes from the client are swallowed instead of forwarded, as on a link that died
    // without anyone noticing.
    void setSwallowingClientData(bool swallowing) { m_swallowClient = swallowing; }
    // Bytes in both directions are swallowed.
    void setBlackHole(bool blackHole) { m_blackHole = blackHole; }
    int acceptedConnections() const { return m_accepted; }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
    };

    void onNewConnection();

    QTcpServer m_server;
    quint16 m_targetPort = 0;
    QList<Pair> m_pairs;
    bool m_refusing = false;
    bool m_swallowClient = false;
    bool m_blackHole = false;
    int m_accepted = 0;
};

} // namespace Palaver::Testing

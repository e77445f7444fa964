// FakeDnsServer: answers SRV queries over UDP on a loopback address, port 53, so the real
// QDnsLookup path can be tested without the network. Binding port 53 needs root.
#pragma once

#include "xmpp/stream/ServerResolver.h"

#include <QHash>
#include <QUdpSocket>

namespace Palaver::Testing {

class FakeDnsServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeDnsServer(QObject* parent = nullptr);

    // Listens on 127.0.0.153:53; false when that is not allowed (not root) or taken.
    bool start();
    QHostAddress address() const { return m_address; }
    QString errorString() const { return m_socket.errorString(); }

    // Names without records answer NXDOMAIN.
    void setSrvRecords(const QString& name, const QList<Xmpp::SrvRecord>& records);
    int queries() const { return m_queries; }

private:
    void onReadyRead();
    QByteArray answer(const QByteArray& query);

    QUdpSocket m_socket;
    QHostAddress m_address {QStringLiteral("127.0.0.153")};
    QHash<QString, QList<Xmpp::SrvRecord>> m_records;
    int m_queries = 0;
};

} // namespace Palaver::Testing

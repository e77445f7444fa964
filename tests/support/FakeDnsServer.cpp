#include "FakeDnsServer.h"

#include <QNetworkDatagram>
#include <QtEndian>

namespace Palaver::Testing {
namespace {
void appendName(QByteArray& out, const QString& name)
{
    for (const QString& label : name.split(u'.', Qt::SkipEmptyParts)) {
        const QByteArray bytes = label.toUtf8();
        out.append(char(bytes.size()));
        out.append(bytes);
    }
    out.append('\0');
}

void appendU16(QByteArray& out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xFF));
}

void appendU32(QByteArray& out, quint32 value)
{
    appendU16(out, quint16(value >> 16));
    appendU16(out, quint16(value & 0xFFFF));
}
} // namespace

FakeDnsServer::FakeDnsServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_socket, &QUdpSocket::readyRead, this, &FakeDnsServer::onReadyRead);
}

bool FakeDnsServer::start()
{
    return m_socket.bind(m_address, 53);
}

void FakeDnsServer::setSrvRecords(const QString& name, const QList<Xmpp::SrvRecord>& records)
{
    m_records.insert(name.toLower(), records);
}

void FakeDnsServer::onReadyRead()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram();
        ++m_queries;
        const QByteArray reply = answer(datagram.data());
        if (!reply.isEmpty()) {
            // A plain send from the bound address: makeReply() lets Linux pick 127.0.0.1 as
            // the source, and the resolver ignores answers from an address it did not ask.
            m_socket.writeDatagram(reply, datagram.senderAddress(), quint16(datagram.senderPort()));
        }
    }
}

QByteArray FakeDnsServer::answer(const QByteArray& query)
{
    if (query.size() < 12) {
        return {};
    }
    // Read the question's name (no compression in questions).
    qsizetype pos = 12;
    QStringList labels;
    while (pos < query.size() && query[pos] != 0) {
        const int length = quint8(query[pos]);
        labels << QString::fromUtf8(query.mid(pos + 1, length));
        pos += 1 + length;
    }
    const qsizetype questionEnd = pos + 1 + 4; // terminator, type, class
    if (questionEnd > query.size()) {
        return {};
    }
    const quint16 type = qFromBigEndian<quint16>(query.constData() + pos + 1);
    const QList<Xmpp::SrvRecord> records = m_records.value(labels.join(u'.').toLower());
    const bool found = type == 33 && !records.isEmpty();

    QByteArray reply = query.left(2); // id
    appendU16(reply, found ? 0x8180 : 0x8183); // response, recursion available, NXDOMAIN if not
    appendU16(reply, 1); // questions
    appendU16(reply, found ? quint16(records.size()) : 0);
    appendU16(reply, 0);
    appendU16(reply, 0);
    reply.append(query.mid(12, questionEnd - 12));
    if (found) {
        for (const Xmpp::SrvRecord& record : records) {
            appendU16(reply, 0xC00C); // the question's name
            appendU16(reply, 33); // SRV
            appendU16(reply, 1); // IN
            appendU32(reply, 60);
            QByteArray data;
            appendU16(data, record.priority);
            appendU16(data, record.weight);
            appendU16(data, record.port);
            appendName(data, record.target);
            appendU16(reply, quint16(data.size()));
            reply.append(data);
        }
    }
    return reply;
}

} // namespace Palaver::Testing

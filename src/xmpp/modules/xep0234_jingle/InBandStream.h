// InBandStream: a file's bytes as base64 blocks in iq stanzas through the server (XEP-0047,
// as a Jingle transport XEP-0261): slow, but it passes wherever the chat does. One block is
// acknowledged before the next goes; a block out of order or too large ends the stream.
#pragma once

#include "../../core/Iq.h"

#include <QIODevice>
#include <QObject>
#include <QPointer>

namespace Palaver::Xmpp {

class Client;

class InBandStream : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultBlockSize = 8192;
    static constexpr int MaxBlockSize = 65535;

    InBandStream(Client& client, const Jid& peer, const QString& sid,
        int blockSize = DefaultBlockSize, QObject* parent = nullptr);

    const QString& sid() const { return m_sid; }
    // The Jingle <transport/> that names this stream.
    XmlElement transport() const;
    // Sending: opens the stream, then sends size bytes of source and closes it.
    void send(QIODevice* source, qint64 size);
    // Receiving: an open, data or close request from the peer; answers it.
    void handle(const Iq& request);
    // XEP-0261: the receiver may ask for smaller blocks than offered.
    void limitBlockSize(int blockSize) { m_blockSize = qBound(1, blockSize, m_blockSize); }
    // Ends the stream here: nothing more is read or sent, whatever answers still come.
    void stop();

Q_SIGNALS:
    void opened();
    void sent(qint64 bytes);
    void received(const QByteArray& bytes);
    void closed();
    void failed();

private:
    void sendNextBlock();

    Client& m_client;
    Jid m_peer;
    QString m_sid;
    int m_blockSize;
    QPointer<QIODevice> m_source;
    qint64 m_remaining = 0;
    quint16 m_sequence = 0; // wraps at 65535 to 0 (§2.2)
    bool m_open = false;
};

} // namespace Palaver::Xmpp

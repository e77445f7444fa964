// JingleSession: one file sent or received directly between two devices (XEP-0234 over
// XEP-0166), through SOCKS5 bytestreams (XEP-0260: a direct connection either way, or the
// server's proxy) or, when neither connects, in-band through the server (XEP-0261/0047).
// The file's bytes come from and go to devices the caller opens; the receiver checks them
// against the hash the offer named before it says the transfer succeeded.
#pragma once

#include "../../core/Iq.h"
#include "JingleFile.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QIODevice;
class QTcpSocket;

namespace Palaver::Xmpp {

class JingleFileTransferModule;
class InBandStream;
class S5bNegotiation;

class JingleSession : public QObject
{
    Q_OBJECT

public:
    enum class Direction {
        Outgoing,
        Incoming,
    };
    Q_ENUM(Direction)
    enum class State {
        Offered, // waiting for the receiver to say yes
        Connecting,
        Transferring,
        Done,
        Failed,
    };
    Q_ENUM(State)
    enum class Method {
        None,
        Direct,
        Proxy,
        InBand,
    };
    Q_ENUM(Method)
    enum class Failure {
        None,
        Declined, // the receiver said no
        Cancelled, // by us
        CancelledByPeer,
        Connectivity, // no way to connect, or the connection broke
        Damaged, // not the bytes the offer described
        Refused, // the peer's device or server refused the offer
        PeerGone, // the peer's device went offline
        Unwritable, // our device could not take the bytes
    };
    Q_ENUM(Failure)

    ~JingleSession() override;

    const QString& sid() const { return m_sid; }
    const Jid& peer() const { return m_peer; }
    Direction direction() const { return m_direction; }
    const JingleFile& file() const { return m_file; }
    State state() const { return m_state; }
    Method method() const { return m_method; }
    Failure failure() const { return m_failure; }
    qint64 transferred() const { return m_transferred; }

    // Receives into sink (open for writing, not owned; it must outlive the session's end).
    void accept(QIODevice* sink);
    void decline();
    void cancel();
    // Ends without telling the peer (the stream to the server is gone, or the peer is).
    void abandon(Failure failure);

Q_SIGNALS:
    void stateChanged();
    void progressed();

private:
    friend class JingleFileTransferModule;

    JingleSession(
        JingleFileTransferModule& module, Direction direction, const Jid& peer, const QString& sid);
    void offer(const JingleFile& file, QIODevice* source);
    // From a session-initiate; false when it is no file offered to us in a way we speak.
    bool takeOffer(const XmlElement& jingle);
    void handleJingle(const Iq& iq, const XmlElement& jingle);
    void handleIbb(const Iq& iq);

    // Signalling
    XmlElement jingle(const QString& action) const;
    XmlElement content() const;
    void sendJingle(const XmlElement& jingle);
    void terminate(const QString& reason, Failure failure);
    void onTerminate(const XmlElement& jingle);
    void onChecksum(const XmlElement& jingle);

    // SOCKS5 bytestreams
    void startS5b(const QString& sid);
    void useSocket(QTcpSocket* socket);
    void closeStreams();
    QByteArray dstaddr(bool ours) const;

    // In-band bytestreams
    bool useInBand(const QString& sid, int blockSize);
    void replaceWithInBand();

    // The bytes
    void startTransfer();
    void pump();
    void receive(const QByteArray& bytes);
    void finishReceiving();
    void setState(State state);
    void fail(Failure failure);

    JingleFileTransferModule& m_module;
    Direction m_direction;
    Jid m_peer;
    Jid m_self;
    QString m_sid;
    QString m_contentName = QStringLiteral("file");
    JingleFile m_file;
    State m_state = State::Offered;
    Method m_method = Method::None;
    Failure m_failure = Failure::None;

    QPointer<QIODevice> m_source;
    QPointer<QIODevice> m_sink;
    QCryptographicHash m_sha256 {QCryptographicHash::Sha256};
    QCryptographicHash m_sha1 {QCryptographicHash::Sha1};
    qint64 m_transferred = 0;
    QTimer m_watchdog; // no progress for too long ends the transfer

    InBandStream* m_ibb = nullptr;
    S5bNegotiation* m_s5b = nullptr;
    QTcpSocket* m_socket = nullptr; // the chosen stream

    bool m_waitingForChecksum = false;
    bool m_peerTerminated = false; // the sender said success before we had every byte
};

} // namespace Palaver::Xmpp

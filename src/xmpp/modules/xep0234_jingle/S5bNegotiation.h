// S5bNegotiation: finds the SOCKS5 bytestream of one Jingle session (XEP-0260): offers our
// candidates (listeners on our addresses, the server's proxy), tries the peer's, tells the
// peer which one we reached, and picks the same one the peer picks (the higher priority, on
// a tie the one the initiator reached). A proxy we offered is activated by us (XEP-0065 §6.3).
#pragma once

#include "S5bCandidate.h"

#include <QObject>

class QTcpSocket;

namespace Palaver::Xmpp {

class JingleFileTransferModule;
class Socks5Connector;
class Socks5Listener;

class S5bNegotiation : public QObject
{
    Q_OBJECT

public:
    S5bNegotiation(JingleFileTransferModule& module, const Jid& self, const Jid& peer,
        bool initiator, const QString& sid, QObject* parent = nullptr);
    ~S5bNegotiation() override;

    const QString& sid() const { return m_sid; }
    // Our <transport/>: with our candidates (listening from the first call on), or bare.
    XmlElement transport(bool withCandidates);
    // Reads the peer's candidates from its <transport/>.
    void addPeerCandidates(const XmlElement& transport);
    // Tries the peer's candidates, best first.
    void start();
    // A transport-info's <transport/> from the peer.
    void handleInfo(const XmlElement& transport);

Q_SIGNALS:
    // A <transport/> to send to the peer in a transport-info.
    void info(const Palaver::Xmpp::XmlElement& transport);
    // The chosen stream, ready for the file; the receiver owns the socket.
    void connected(QTcpSocket* socket, bool throughProxy);
    // Neither side reached a candidate of the other.
    void failed();
    // The chosen proxy could not be reached or activated.
    void broken();

private:
    void offerCandidates();
    void tryNextCandidate();
    void sendReport();
    void decide();
    void activateProxy(const S5bCandidate& candidate);
    void sendOutcome(const QString& name, const QString& cid = {});
    QByteArray dstaddr(bool ours) const;

    JingleFileTransferModule& m_module;
    Jid m_self;
    Jid m_peer;
    bool m_initiator;
    QString m_sid;
    bool m_offered = false;
    QList<S5bCandidate> m_ownCandidates;
    QList<S5bCandidate> m_peerCandidates;
    Socks5Listener* m_listener = nullptr;
    Socks5Connector* m_connector = nullptr;
    qsizetype m_nextCandidate = 0;
    QTcpSocket* m_outbound = nullptr; // to the peer's candidate we reached
    QString m_usedPeerCid; // the peer's candidate we reached
    QString m_usedOwnCid; // ours that the peer reached
    bool m_reportSent = false;
    bool m_peerReported = false;
    bool m_decided = false;
    bool m_waitingForActivation = false;
};

} // namespace Palaver::Xmpp

#include "S5bNegotiation.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"
#include "JingleFileTransferModule.h"
#include "Socks5Connector.h"
#include "Socks5Listener.h"

#include <QCryptographicHash>
#include <QTcpSocket>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
constexpr int CandidateTimeoutMs = 5000; // XEP-0260 §3: do not wait for TCP's own timeout
constexpr qsizetype MaxCandidates = 16;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

S5bNegotiation::S5bNegotiation(JingleFileTransferModule& module, const Jid& self, const Jid& peer,
    bool initiator, const QString& sid, QObject* parent)
    : QObject(parent)
    , m_module(module)
    , m_self(self)
    , m_peer(peer)
    , m_initiator(initiator)
    , m_sid(sid)
{ }

S5bNegotiation::~S5bNegotiation()
{
    delete m_outbound;
}

XmlElement S5bNegotiation::transport(bool withCandidates)
{
    XmlElement transport(u"transport"_s, Ns::JingleS5b);
    transport.setAttribute(u"sid"_s, m_sid);
    if (withCandidates) {
        if (!m_offered) {
            offerCandidates();
        }
        transport.setAttribute(u"dstaddr"_s, QString::fromLatin1(dstaddr(true)));
        transport.setAttribute(u"mode"_s, u"tcp"_s);
        for (const S5bCandidate& candidate : m_ownCandidates) {
            transport.appendChild(candidate.toElement());
        }
    }
    return transport;
}

void S5bNegotiation::addPeerCandidates(const XmlElement& transport)
{
    for (const XmlElement& child : transport.childElements(u"candidate", Ns::JingleS5b)) {
        if (const auto candidate = S5bCandidate::fromElement(child);
            candidate && m_peerCandidates.size() < MaxCandidates) {
            m_peerCandidates.append(*candidate);
        }
    }
}

void S5bNegotiation::sendOutcome(const QString& name, const QString& cid)
{
    XmlElement outcome(name, Ns::JingleS5b);
    if (!cid.isEmpty()) {
        outcome.setAttribute(u"cid"_s, cid);
    }
    XmlElement bare = transport(false);
    bare.appendChild(outcome);
    Q_EMIT info(bare);
}

QByteArray S5bNegotiation::dstaddr(bool ours) const
{
    // XEP-0260 §2.2: SHA-1 of the stream id, the offerer's address and the other's.
    const Jid& offerer = ours ? m_self : m_peer;
    const Jid& other = ours ? m_peer : m_self;
    return QCryptographicHash::hash(
        (m_sid + offerer.toString() + other.toString()).toUtf8(), QCryptographicHash::Sha1)
        .toHex();
}

void S5bNegotiation::offerCandidates()
{
    m_offered = true;
    const QList<QHostAddress> addresses = m_module.directAddresses();
    if (!addresses.isEmpty()) {
        m_listener = new Socks5Listener(dstaddr(true), this);
        m_listener->listen(addresses);
        int preference = 65535;
        for (const Socks5Listener::Endpoint& endpoint : m_listener->endpoints()) {
            S5bCandidate candidate;
            candidate.cid = newId();
            candidate.host = endpoint.address.toString();
            candidate.port = endpoint.port;
            candidate.jid = m_self;
            candidate.priority
                = S5bCandidate::priorityFor(S5bCandidate::Type::Direct, preference--);
            m_ownCandidates.append(candidate);
        }
    }
    if (const auto proxy = m_module.proxy()) {
        S5bCandidate candidate;
        candidate.cid = newId();
        candidate.host = proxy->host;
        candidate.port = proxy->port;
        candidate.jid = proxy->jid;
        candidate.type = S5bCandidate::Type::Proxy;
        candidate.priority = S5bCandidate::priorityFor(S5bCandidate::Type::Proxy, 0);
        m_ownCandidates.append(candidate);
    }
}

void S5bNegotiation::start()
{
    std::stable_sort(m_peerCandidates.begin(), m_peerCandidates.end(),
        [](const S5bCandidate& a, const S5bCandidate& b) { return a.priority > b.priority; });
    m_nextCandidate = 0;
    tryNextCandidate();
}

void S5bNegotiation::tryNextCandidate()
{
    if (m_reportSent) {
        return;
    }
    if (m_nextCandidate >= m_peerCandidates.size()) {
        sendReport();
        return;
    }
    const S5bCandidate candidate = m_peerCandidates.at(m_nextCandidate++);
    m_connector = new Socks5Connector(candidate.host, candidate.port, dstaddr(false), this);
    connect(m_connector, &Socks5Connector::connected, this, [this, cid = candidate.cid] {
        m_outbound = m_connector->takeSocket();
        m_connector->deleteLater();
        m_connector = nullptr;
        m_usedPeerCid = cid;
        sendReport();
    });
    connect(m_connector, &Socks5Connector::failed, this, [this] {
        m_connector->deleteLater();
        m_connector = nullptr;
        tryNextCandidate();
    });
    m_connector->start(CandidateTimeoutMs);
}

void S5bNegotiation::sendReport()
{
    m_reportSent = true;
    if (m_usedPeerCid.isEmpty()) {
        sendOutcome(u"candidate-error"_s);
    } else {
        sendOutcome(u"candidate-used"_s, m_usedPeerCid);
    }
    decide();
}

void S5bNegotiation::handleInfo(const XmlElement& transport)
{
    if (transport.isNull() || transport.attribute(u"sid") != m_sid) {
        return;
    }
    if (const XmlElement used = transport.firstChild(u"candidate-used", Ns::JingleS5b);
        !used.isNull() && !m_peerReported) {
        const QString cid = used.attribute(u"cid");
        const bool ours = std::any_of(m_ownCandidates.cbegin(), m_ownCandidates.cend(),
            [&cid](const S5bCandidate& candidate) { return candidate.cid == cid; });
        m_usedOwnCid = ours ? cid : QString();
        m_peerReported = true;
        decide();
    } else if (transport.hasChild(u"candidate-error", Ns::JingleS5b) && !m_peerReported) {
        m_peerReported = true;
        decide();
    } else if (const XmlElement activated = transport.firstChild(u"activated", Ns::JingleS5b);
               !activated.isNull() && m_waitingForActivation
               && activated.attribute(u"cid") == m_usedPeerCid) {
        m_waitingForActivation = false;
        QTcpSocket* socket = m_outbound;
        m_outbound = nullptr;
        Q_EMIT connected(socket, true);
    } else if (transport.hasChild(u"proxy-error", Ns::JingleS5b)) {
        Q_EMIT broken();
    }
}

void S5bNegotiation::decide()
{
    if (!m_reportSent || !m_peerReported || m_decided) {
        return;
    }
    m_decided = true;
    const auto find = [](const QList<S5bCandidate>& candidates, const QString& cid) {
        const auto found = std::find_if(candidates.cbegin(), candidates.cend(),
            [&cid](const S5bCandidate& candidate) { return candidate.cid == cid; });
        return found == candidates.cend() || cid.isEmpty() ? std::optional<S5bCandidate>()
                                                           : std::optional(*found);
    };
    const std::optional<S5bCandidate> theirs = find(m_peerCandidates, m_usedPeerCid);
    const std::optional<S5bCandidate> ours = find(m_ownCandidates, m_usedOwnCid);
    if (!theirs && !ours) {
        Q_EMIT failed();
        return;
    }
    // §2.4: the higher priority wins; on a tie, the candidate the initiator reached.
    const bool useTheirs = theirs
        && (!ours || theirs->priority > ours->priority
            || (theirs->priority == ours->priority && m_initiator));
    if (useTheirs) {
        delete m_listener; // the peer's own connection to it, if any, goes too
        m_listener = nullptr;
        if (theirs->type == S5bCandidate::Type::Proxy) {
            m_waitingForActivation = true; // the peer offered it, so the peer activates it
            return;
        }
        QTcpSocket* socket = m_outbound;
        m_outbound = nullptr;
        Q_EMIT connected(socket, false);
        return;
    }
    delete m_outbound;
    m_outbound = nullptr;
    m_usedPeerCid.clear();
    if (ours->type == S5bCandidate::Type::Proxy) {
        activateProxy(*ours);
        return;
    }
    QTcpSocket* socket = m_listener ? m_listener->takeSocket() : nullptr;
    if (m_listener) {
        m_listener->close(); // chosen: nobody else connects any more
    }
    if (!socket) {
        Q_EMIT broken();
        return;
    }
    Q_EMIT connected(socket, false);
}

void S5bNegotiation::activateProxy(const S5bCandidate& candidate)
{
    m_connector = new Socks5Connector(candidate.host, candidate.port, dstaddr(true), this);
    connect(m_connector, &Socks5Connector::failed, this, [this] {
        m_connector->deleteLater();
        m_connector = nullptr;
        sendOutcome(u"proxy-error"_s);
        Q_EMIT broken();
    });
    connect(m_connector, &Socks5Connector::connected, this, [this, candidate] {
        m_outbound = m_connector->takeSocket();
        m_connector->deleteLater();
        m_connector = nullptr;
        XmlElement query(u"query"_s, Ns::Bytestreams);
        query.setAttribute(u"sid"_s, m_sid);
        query.appendTextChild(u"activate"_s, Ns::Bytestreams, m_peer.toString());
        Iq activate(Iq::Type::Set, query);
        activate.setTo(candidate.jid);
        m_module.client()->sendIq(
            activate, this, [this, cid = candidate.cid](const IqResult& result) {
                if (!result.isSuccess()) {
                    sendOutcome(u"proxy-error"_s);
                    Q_EMIT broken();
                    return;
                }
                sendOutcome(u"activated"_s, cid);
                QTcpSocket* socket = m_outbound;
                m_outbound = nullptr;
                Q_EMIT connected(socket, true);
            });
    });
    m_connector->start(CandidateTimeoutMs);
}

} // namespace Palaver::Xmpp

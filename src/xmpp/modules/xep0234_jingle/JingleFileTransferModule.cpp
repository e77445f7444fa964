#include "JingleFileTransferModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"
#include "../../core/Presence.h"
#include "../xep0030_disco/DiscoModule.h"
#include "InBandStream.h"

#include <QNetworkInterface>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
constexpr qsizetype MaxOpenOffers = 16; // offers from others not yet answered
} // namespace

JingleFileTransferModule::JingleFileTransferModule(QObject* parent)
    : Module(parent)
{ }

JingleFileTransferModule::~JingleFileTransferModule() = default;

void JingleFileTransferModule::setOfferFilter(std::function<bool(const Jid&)> filter)
{
    m_offerFilter = std::move(filter);
}

void JingleFileTransferModule::setDirectAddresses(
    const std::optional<QList<QHostAddress>>& addresses)
{
    m_directAddresses = addresses;
}

QList<QHostAddress> JingleFileTransferModule::directAddresses() const
{
    if (m_directAddresses) {
        return *m_directAddresses;
    }
    const QString host = client()->settings().host;
    const QHostAddress server(host);
    if (host == u"localhost" || (!server.isNull() && server.isLoopback())) {
        return {QHostAddress::LocalHost};
    }
    QList<QHostAddress> addresses;
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && !address.isLinkLocal() && !address.isMulticast()) {
            addresses.append(address);
        }
    }
    return addresses;
}

std::optional<JingleFileTransferModule::Proxy> JingleFileTransferModule::proxy() const
{
    return m_proxyAllowed ? m_proxy : std::nullopt;
}

bool JingleFileTransferModule::canReceive(const DiscoInfo& info)
{
    return info.hasFeature(Ns::Jingle) && info.hasFeature(Ns::JingleFileTransfer)
        && (info.hasFeature(Ns::JingleS5b) || info.hasFeature(Ns::JingleIbb));
}

Jid JingleFileTransferModule::ownJid() const
{
    return client()->jid();
}

JingleSession* JingleFileTransferModule::offer(
    const Jid& to, const JingleFile& file, QIODevice* source)
{
    auto* session = new JingleSession(*this, JingleSession::Direction::Outgoing, to,
        QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_sessions.append(session);
    session->offer(file, source);
    return session;
}

void JingleFileTransferModule::discard(JingleSession* session)
{
    if (m_sessions.removeOne(session)) {
        session->cancel();
        session->deleteLater();
    }
}

void JingleFileTransferModule::attach(Client& client)
{
    Module::attach(client);
    // A new session (not a resumed one) lost whatever was on the way: transfers end.
    connect(&client, &Client::sessionStarted, this, [this](bool resumed) {
        if (!resumed) {
            for (JingleSession* session : std::as_const(m_sessions)) {
                session->abandon(JingleSession::Failure::Connectivity);
            }
        }
    });
    connect(&client, &Client::stateChanged, this, [this](Client::State state) {
        if (state == Client::State::Disconnected) {
            for (JingleSession* session : std::as_const(m_sessions)) {
                session->abandon(JingleSession::Failure::Connectivity);
            }
        }
    });
    connect(&client, &Client::presenceReceived, this, [this](const Presence& presence) {
        if (presence.type() != Presence::Type::Unavailable) {
            return;
        }
        for (JingleSession* session : std::as_const(m_sessions)) {
            if (session->peer() == presence.from()) {
                session->abandon(JingleSession::Failure::PeerGone);
            }
        }
    });
    if (auto* disco = client.findModule<DiscoModule>()) {
        connect(disco, &DiscoModule::serverInfoReceived, this, [this] {
            ++m_discovery;
            m_proxy.reset();
            discoverProxy();
        });
    }
}

void JingleFileTransferModule::discoverProxy()
{
    // Only a proxy of our own server: one elsewhere is not ours to trust.
    const int discovery = m_discovery;
    client()->findModule<DiscoModule>()->requestOwnServices(
        this, [this, discovery](const Jid& service, const DiscoInfo& info) {
            if (discovery != m_discovery || m_proxy
                || !info.hasIdentity(u"proxy", u"bytestreams")) {
                return;
            }
            Iq request(Iq::Type::Get, XmlElement(u"query"_s, Ns::Bytestreams));
            request.setTo(service);
            client()->sendIq(request, this, [this, discovery, service](const IqResult& r) {
                const XmlElement host = r.response.payload(u"query", Ns::Bytestreams)
                                            .firstChild(u"streamhost", Ns::Bytestreams);
                bool ok = false;
                const uint port = host.attribute(u"port").toUInt(&ok);
                if (r.isSuccess() && discovery == m_discovery && !m_proxy && ok && port > 0
                    && port <= 65535 && !host.attribute(u"host").isEmpty()) {
                    m_proxy = Proxy {service, host.attribute(u"host"), quint16(port)};
                }
            });
        });
}

QStringList JingleFileTransferModule::discoFeatures() const
{
    // The bytestreams serve Jingle only; on their own (XEP-0065, XEP-0047) they are not offered.
    return {Ns::Jingle, Ns::JingleFileTransfer, Ns::JingleS5b, Ns::JingleIbb, Ns::Hashes,
        Ns::HashSha256};
}

QStringList JingleFileTransferModule::iqNamespaces() const
{
    return {Ns::Jingle, Ns::Ibb};
}

JingleSession* JingleFileTransferModule::findSession(const Jid& peer, const QString& sid) const
{
    for (JingleSession* session : m_sessions) {
        if (session->peer() == peer && session->sid() == sid) {
            return session;
        }
    }
    return nullptr;
}

bool JingleFileTransferModule::handleIqRequest(const Iq& request)
{
    const XmlElement payload = request.payload();
    const auto refuse = [this, &request](StanzaError::Condition condition) {
        client()->send(request.makeError(StanzaError(StanzaError::Type::Cancel, condition)));
        return true;
    };
    if (request.type() != Iq::Type::Set || !request.from().isFull()) {
        return refuse(StanzaError::Condition::BadRequest);
    }
    if (payload.namespaceUri() == Ns::Ibb) {
        // In-band data belongs to the session whose transport it names, from its peer only.
        const QString sid = payload.attribute(u"sid");
        for (JingleSession* session : std::as_const(m_sessions)) {
            if (session->peer() == request.from() && session->m_ibb && session->m_ibb->sid() == sid
                && !sid.isEmpty()) {
                session->handleIbb(request);
                return true;
            }
        }
        // A sender closing a stream we already finished (all bytes in) is answered politely.
        const bool known = std::any_of(m_sessions.cbegin(), m_sessions.cend(),
            [&request](const JingleSession* session) { return session->peer() == request.from(); });
        if (payload.name() == u"close" && known) {
            client()->send(request.makeResult());
            return true;
        }
        return refuse(StanzaError::Condition::ItemNotFound);
    }
    if (!payload.is(u"jingle", Ns::Jingle)) {
        return refuse(StanzaError::Condition::BadRequest);
    }
    if (payload.attribute(u"action") == u"session-initiate") {
        onInitiate(request, payload);
        return true;
    }
    JingleSession* session = findSession(request.from(), payload.attribute(u"sid"));
    if (!session) {
        return refuse(StanzaError::Condition::ItemNotFound);
    }
    session->handleJingle(request, payload);
    return true;
}

void JingleFileTransferModule::onInitiate(const Iq& request, const XmlElement& jingle)
{
    const Jid from = request.from();
    const QString sid = jingle.attribute(u"sid");
    // Strangers learn nothing: to them we take no files at all.
    if (!m_offerFilter || !m_offerFilter(from)) {
        client()->send(request.makeError(
            StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::ServiceUnavailable)));
        return;
    }
    qsizetype open = 0;
    for (const JingleSession* session : std::as_const(m_sessions)) {
        open += session->direction() == JingleSession::Direction::Incoming
            && session->state() == JingleSession::State::Offered;
    }
    if (sid.isEmpty() || sid.size() > 256 || findSession(from, sid) || open >= MaxOpenOffers
        || (jingle.hasAttribute(u"initiator")
            && jingle.attribute(u"initiator") != from.toString())) {
        client()->send(request.makeError(
            StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::NotAcceptable)));
        return;
    }
    auto* session = new JingleSession(*this, JingleSession::Direction::Incoming, from, sid);
    if (!session->takeOffer(jingle)) {
        delete session;
        client()->send(request.makeError(
            StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::FeatureNotImplemented)));
        return;
    }
    m_sessions.append(session);
    client()->send(request.makeResult());
    Q_EMIT offerReceived(session);
}

} // namespace Palaver::Xmpp

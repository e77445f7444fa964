#include "CapsModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"
#include "../xep0030_disco/DiscoModule.h"
#include "../xep0045_muc/OccupantPresence.h"
#include "VerificationString.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCaps, "palaver.xmpp.caps")

namespace Palaver::Xmpp {
namespace {
const QString sha1 = u"sha-1"_s;

QString cacheKey(const QString& ver)
{
    return sha1 + u' ' + ver;
}
} // namespace

CapsModule::CapsModule(QObject* parent)
    : Module(parent)
    , m_ownCache(std::make_unique<MemoryCapsCache>())
    , m_cache(m_ownCache.get())
{ }

CapsModule::~CapsModule() = default;

void CapsModule::setCache(CapsCache* cache)
{
    m_cache = cache ? cache : m_ownCache.get();
}

void CapsModule::attach(Client& client)
{
    Module::attach(client);
    m_disco = client.findModule<DiscoModule>();
    connect(&client, &Client::presenceReceived, this, &CapsModule::onPresence);
    connect(&client, &Client::sessionStarted, this, [this](bool resumed) {
        if (!resumed) {
            m_resourceVer.clear(); // presences come again on a new session
        }
    });
}

QStringList CapsModule::discoFeatures() const
{
    return {Ns::Caps};
}

QString CapsModule::ownVerification()
{
    if (m_ownVerification.isEmpty() && m_disco) {
        m_ownVerification = verificationString(m_disco->ownInfo().toQuery()).value_or(QString());
        m_disco->addOwnNode(m_node + u'#' + m_ownVerification);
    }
    return m_ownVerification;
}

void CapsModule::invalidateOwnVerification()
{
    if (m_disco && !m_ownVerification.isEmpty()) {
        m_disco->removeOwnNode(m_node + u'#' + m_ownVerification);
    }
    m_ownVerification.clear();
}

void CapsModule::decorateOutgoing(XmlElement& stanza)
{
    // Available presence only: typed presences (subscriptions, unavailable) carry no caps.
    if (stanza.name() != u"presence" || stanza.hasAttribute(u"type")
        || stanza.hasChild(u"c", Ns::Caps)) {
        return;
    }
    const QString ver = ownVerification();
    if (ver.isEmpty()) {
        return;
    }
    XmlElement c(u"c"_s, Ns::Caps);
    c.setAttribute(u"hash"_s, sha1);
    c.setAttribute(u"node"_s, m_node);
    c.setAttribute(u"ver"_s, ver);
    stanza.appendChild(c);
}

std::optional<DiscoInfo> CapsModule::capabilities(const Jid& resource) const
{
    const auto it = m_resourceVer.constFind(resource);
    return it == m_resourceVer.cend() ? std::nullopt : m_cache->find(cacheKey(*it));
}

void CapsModule::onPresence(const Presence& presence)
{
    const Jid from = presence.from();
    if (!from.isFull() || isOccupantPresence(presence)) {
        return;
    }
    if (presence.type() == Presence::Type::Unavailable) {
        m_resourceVer.remove(from);
        return;
    }
    const XmlElement c = presence.payload(u"c", Ns::Caps);
    if (presence.type() != Presence::Type::Available || c.isNull()
        || c.attribute(u"hash") != sha1) {
        return; // legacy caps without a hash cannot be verified, so they are not trusted
    }
    const QString ver = c.attribute(u"ver");
    if (ver.isEmpty() || m_resourceVer.value(from) == ver) {
        return;
    }
    m_resourceVer.insert(from, ver);
    if (m_cache->find(cacheKey(ver))) {
        Q_EMIT capabilitiesChanged(from);
        return;
    }
    resolve(from, c.attribute(u"node"), ver);
}

void CapsModule::resolve(const Jid& resource, const QString& node, const QString& ver)
{
    // One query per verification string, however many resources announce it.
    QSet<Jid>& waiting = m_waiting[ver];
    const bool alreadyAsked = !waiting.isEmpty();
    waiting.insert(resource);
    if (alreadyAsked || !m_disco) {
        return;
    }
    XmlElement query(u"query"_s, Ns::DiscoInfo);
    query.setAttribute(u"node"_s, node + u'#' + ver);
    Iq request(Iq::Type::Get, query);
    request.setTo(resource);
    client()->sendIq(request, this, [this, ver, resource](const IqResult& result) {
        const QSet<Jid> resources = m_waiting.take(ver);
        const XmlElement answer = result.response.payload(u"query", Ns::DiscoInfo);
        if (!result.isSuccess() || answer.isNull()) {
            return;
        }
        if (verificationString(answer) != ver) {
            // XEP-0115 §5.4: a mismatch must not be cached, or one liar would poison what we
            // believe of everyone announcing that string.
            qCWarning(lcCaps) << resource.toString() << "announced capabilities that do not match"
                              << ver;
            return;
        }
        m_cache->store(cacheKey(ver), DiscoInfo::fromQuery(answer));
        for (const Jid& waiter : resources) {
            if (m_resourceVer.value(waiter) == ver) {
                Q_EMIT capabilitiesChanged(waiter);
            }
        }
    });
}

} // namespace Palaver::Xmpp

#include "BlockingModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"
#include "../xep0030_disco/DiscoModule.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBlocking, "palaver.xmpp.blocking")

namespace Palaver::Xmpp {

BlockingModule::BlockingModule(QObject* parent)
    : Module(parent)
{ }

void BlockingModule::attach(Client& client)
{
    Module::attach(client);
    if (auto* disco = client.findModule<DiscoModule>()) {
        connect(disco, &DiscoModule::serverInfoReceived, this, [this](const DiscoInfo& info) {
            m_supported = info.hasFeature(Ns::Blocking);
            if (m_supported) {
                requestBlocklist();
            }
        });
    }
}

QStringList BlockingModule::iqNamespaces() const
{
    return {Ns::Blocking};
}

bool BlockingModule::isBlocked(const Jid& jid) const
{
    // A blocked domain or bare JID covers every address under it (XEP-0191 §3.2).
    return m_blocked.contains(jid) || m_blocked.contains(jid.bare())
        || m_blocked.contains(jid.domainJid());
}

QList<Jid> BlockingModule::itemsOf(const XmlElement& element)
{
    QList<Jid> jids;
    for (const XmlElement& item : element.childElements(u"item", Ns::Blocking)) {
        const Jid jid = Jid::fromString(item.attribute(u"jid"));
        if (jid.isValid()) {
            jids.append(jid);
        }
    }
    return jids;
}

void BlockingModule::requestBlocklist()
{
    client()->sendIq(Iq(Iq::Type::Get, XmlElement(u"blocklist"_s, Ns::Blocking)), this,
        [this](const IqResult& result) {
            if (!result.isSuccess()) {
                return;
            }
            const QList<Jid> jids = itemsOf(result.response.payload(u"blocklist", Ns::Blocking));
            m_blocked = QSet<Jid>(jids.begin(), jids.end());
            Q_EMIT blocklistChanged();
        });
}

void BlockingModule::block(const QList<Jid>& jids, QObject* context, Completion done)
{
    change(u"block"_s, jids, context, std::move(done));
}

void BlockingModule::unblock(const QList<Jid>& jids, QObject* context, Completion done)
{
    change(u"unblock"_s, jids, context, std::move(done));
}

void BlockingModule::change(
    const QString& element, const QList<Jid>& jids, QObject* context, Completion done)
{
    XmlElement payload(element, Ns::Blocking);
    for (const Jid& jid : jids) {
        payload.appendChild(
            XmlElement(u"item"_s, Ns::Blocking).setAttribute(u"jid"_s, jid.toString()));
    }
    // The server's push updates our list, here and on our other devices.
    client()->sendIq(
        Iq(Iq::Type::Set, payload), context ? context : this, [done](const IqResult& result) {
            if (done) {
                done(result.isSuccess() ? nullptr : &result.error);
            }
        });
}

bool BlockingModule::handleIqRequest(const Iq& request)
{
    if (request.type() != Iq::Type::Set) {
        return false;
    }
    // Like roster pushes: only our own account may change our block list.
    if (!request.rawFrom().isEmpty() && request.from() != client()->jid().bare()) {
        qCWarning(lcBlocking) << "ignoring a block list push from" << request.rawFrom();
        client()->send(request.makeError(
            StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::ServiceUnavailable)));
        return true;
    }
    const XmlElement payload = request.payload();
    const QList<Jid> jids = itemsOf(payload);
    if (payload.name() == u"block") {
        for (const Jid& jid : jids) {
            m_blocked.insert(jid);
        }
    } else if (payload.name() == u"unblock") {
        if (jids.isEmpty()) {
            m_blocked.clear();
        }
        for (const Jid& jid : jids) {
            m_blocked.remove(jid);
        }
    } else {
        return false;
    }
    client()->send(request.makeResult());
    Q_EMIT blocklistChanged();
    return true;
}

} // namespace Palaver::Xmpp

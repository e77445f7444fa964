#include "DiscoModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDisco, "palaver.xmpp.disco")

namespace Palaver::Xmpp {

DiscoModule::DiscoModule(QObject* parent)
    : Module(parent)
    , m_identity {u"client"_s, u"pc"_s, u"Palaver"_s, {}}
{ }

void DiscoModule::attach(Client& client)
{
    Module::attach(client);
    connect(&client, &Client::sessionStarted, this, [this](bool resumed) {
        if (resumed) {
            return; // the server has not changed under a resumed session
        }
        m_serverInfo = {};
        requestInfo(this->client()->jid().domainJid(), {}, this,
            [this](const std::optional<DiscoInfo>& info, const StanzaError& error) {
                if (!info) {
                    qCWarning(lcDisco) << "the server did not describe itself:"
                                       << StanzaError::conditionName(error.condition());
                    return;
                }
                m_serverInfo = *info;
                Q_EMIT serverInfoReceived(m_serverInfo);
            });
    });
}

DiscoInfo DiscoModule::ownInfo() const
{
    DiscoInfo info;
    info.identities = {m_identity};
    if (client()) {
        for (const Module* module : client()->modules()) {
            for (const QString& feature : module->discoFeatures()) {
                if (!info.features.contains(feature)) {
                    info.features.append(feature);
                }
            }
        }
    }
    info.features.sort();
    return info;
}

QStringList DiscoModule::discoFeatures() const
{
    return {Ns::DiscoInfo};
}

QStringList DiscoModule::iqNamespaces() const
{
    return {Ns::DiscoInfo, Ns::DiscoItems};
}

bool DiscoModule::handleIqRequest(const Iq& request)
{
    if (request.type() != Iq::Type::Get) {
        return false;
    }
    const XmlElement query = request.payload();
    const QString node = query.attribute(u"node");
    if (query.namespaceUri() == Ns::DiscoItems) {
        // We host no items; an empty list is the honest answer.
        XmlElement items(u"query"_s, Ns::DiscoItems);
        if (!node.isEmpty()) {
            items.setAttribute(u"node"_s, node);
        }
        client()->send(request.makeResult(items));
        return true;
    }
    if (!node.isEmpty() && !m_ownNodes.contains(node)) {
        client()->send(request.makeError(
            StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::ItemNotFound)));
        return true;
    }
    client()->send(request.makeResult(ownInfo().toQuery(node)));
    return true;
}

void DiscoModule::requestInfo(
    const Jid& entity, const QString& node, QObject* context, InfoCallback callback)
{
    XmlElement query(u"query"_s, Ns::DiscoInfo);
    if (!node.isEmpty()) {
        query.setAttribute(u"node"_s, node);
    }
    Iq request(Iq::Type::Get, query);
    request.setTo(entity);
    client()->sendIq(request, context, [callback](const IqResult& result) {
        if (!result.isSuccess()) {
            callback(std::nullopt, result.error);
            return;
        }
        const XmlElement answer = result.response.payload(u"query", Ns::DiscoInfo);
        if (answer.isNull()) {
            callback(std::nullopt,
                StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::BadRequest));
            return;
        }
        callback(DiscoInfo::fromQuery(answer), {});
    });
}

void DiscoModule::requestItems(const Jid& entity, QObject* context, ItemsCallback callback)
{
    Iq request(Iq::Type::Get, XmlElement(u"query"_s, Ns::DiscoItems));
    request.setTo(entity);
    client()->sendIq(request, context, [callback](const IqResult& result) {
        if (!result.isSuccess()) {
            callback(std::nullopt, result.error);
            return;
        }
        QList<DiscoItem> items;
        const XmlElement answer = result.response.payload(u"query", Ns::DiscoItems);
        for (const XmlElement& item : answer.childElements(u"item", Ns::DiscoItems)) {
            const Jid jid = Jid::fromString(item.attribute(u"jid"));
            if (jid.isValid()) {
                items.append({jid, item.attribute(u"name"), item.attribute(u"node")});
            }
        }
        callback(items, {});
    });
}

void DiscoModule::requestOwnServices(QObject* context, ServiceCallback found)
{
    const QString domain = client()->jid().domain();
    requestItems(client()->jid().domainJid(), context,
        [this, context, domain, found = std::move(found)](
            const std::optional<QList<DiscoItem>>& items, const StanzaError&) {
            for (const DiscoItem& item : items.value_or(QList<DiscoItem>())) {
                if (!item.node.isEmpty() || !item.jid.local().isEmpty()
                    || !item.jid.resource().isEmpty()
                    || !(
                        item.jid.domain() == domain || item.jid.domain().endsWith(u'.' + domain))) {
                    continue;
                }
                requestInfo(item.jid, {}, context,
                    [found, jid = item.jid](
                        const std::optional<DiscoInfo>& info, const StanzaError&) {
                        if (info) {
                            found(jid, *info);
                        }
                    });
            }
        });
}

} // namespace Palaver::Xmpp

// DiscoModule: answers service discovery about us and asks others, the server first (XEP-0030).
#pragma once

#include "../../Module.h"
#include "DiscoInfo.h"

#include <QSet>

#include <functional>
#include <optional>

namespace Palaver::Xmpp {

class DiscoModule : public Module
{
    Q_OBJECT

public:
    using InfoCallback
        = std::function<void(const std::optional<DiscoInfo>& info, const StanzaError& error)>;

    explicit DiscoModule(QObject* parent = nullptr);

    void setIdentity(const DiscoIdentity& identity) { m_identity = identity; }
    // Nodes that describe us as a whole (XEP-0115 "node#ver"): queries for them get ownInfo().
    void addOwnNode(const QString& node) { m_ownNodes.insert(node); }
    void removeOwnNode(const QString& node) { m_ownNodes.remove(node); }
    // What we announce: our identity and every attached module's features.
    DiscoInfo ownInfo() const;
    // The server's answer from the current session; empty until serverInfoReceived().
    const DiscoInfo& serverInfo() const { return m_serverInfo; }

    void requestInfo(
        const Jid& entity, const QString& node, QObject* context, InfoCallback callback);
    using ItemsCallback = std::function<void(
        const std::optional<QList<DiscoItem>>& items, const StanzaError& error)>;
    // §4: what an entity lists (a server's services, a chat service's rooms). Items with
    // addresses that are no addresses are left out.
    void requestItems(const Jid& entity, QObject* context, ItemsCallback callback);
    // Each service our own server lists (its domain or a subdomain of it, no node, no user or
    // resource part), with what the service says it is; called once per service that answers.
    // A service elsewhere is left out: our server cannot vouch for it.
    using ServiceCallback = std::function<void(const Jid& service, const DiscoInfo& info)>;
    void requestOwnServices(QObject* context, ServiceCallback found);

    void attach(Client& client) override;
    QStringList discoFeatures() const override;
    QStringList iqNamespaces() const override;
    bool handleIqRequest(const Iq& request) override;

Q_SIGNALS:
    void serverInfoReceived(const Palaver::Xmpp::DiscoInfo& info);

private:
    DiscoIdentity m_identity;
    QSet<QString> m_ownNodes;
    DiscoInfo m_serverInfo;
};

} // namespace Palaver::Xmpp

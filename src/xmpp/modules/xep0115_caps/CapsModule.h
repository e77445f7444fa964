// CapsModule: entity capabilities (XEP-0115). Puts our verification string on presence,
// answers queries for it, and learns contacts' features from theirs, verified and cached.
#pragma once

#include "../../Module.h"
#include "../../core/Presence.h"
#include "../xep0030_disco/DiscoInfo.h"
#include "CapsCache.h"

#include <QHash>
#include <QSet>

namespace Palaver::Xmpp {

class DiscoModule;

class CapsModule : public Module
{
    Q_OBJECT

public:
    explicit CapsModule(QObject* parent = nullptr);
    ~CapsModule() override;

    // Not owned; by default an in-memory cache.
    void setCache(CapsCache* cache);
    void setNode(const QString& node) { m_node = node; }
    // Our verification string, from what DiscoModule announces.
    QString ownVerification();
    // Recomputes our string when the features we announce change.
    void invalidateOwnVerification();

    // What a resource can do, once known.
    std::optional<DiscoInfo> capabilities(const Jid& resource) const;

    void attach(Client& client) override;
    QStringList discoFeatures() const override;
    void decorateOutgoing(XmlElement& stanza) override;

Q_SIGNALS:
    void capabilitiesChanged(const Palaver::Xmpp::Jid& resource);

private:
    void onPresence(const Presence& presence);
    void resolve(const Jid& resource, const QString& node, const QString& ver);

    std::unique_ptr<MemoryCapsCache> m_ownCache;
    CapsCache* m_cache;
    DiscoModule* m_disco = nullptr;
    QString m_node = QStringLiteral("https://palaver.im");
    QString m_ownVerification;
    QHash<Jid, QString> m_resourceVer; // resource -> verification string it announced
    QHash<QString, QSet<Jid>> m_waiting; // verification string being looked up -> resources
};

} // namespace Palaver::Xmpp

// CapsStore: the entity capabilities cache (XEP-0115) on disk, read into memory at start.
#pragma once

#include "Database.h"
#include "xmpp/modules/xep0115_caps/CapsCache.h"

#include <QObject>

namespace Palaver::Im {

class CapsStore : public QObject, public Xmpp::CapsCache
{
    Q_OBJECT

public:
    explicit CapsStore(Database& database, QObject* parent = nullptr);

    // Reads what earlier sessions learnt; done when it is in memory.
    void load(QObject* context = nullptr, std::function<void()> done = {});
    qsizetype size() const { return m_entries.size(); }

    std::optional<Xmpp::DiscoInfo> find(const QString& key) const override;
    void store(const QString& key, const Xmpp::DiscoInfo& info) override;

private:
    Database& m_database;
    QHash<QString, Xmpp::DiscoInfo> m_entries;
};

} // namespace Palaver::Im

// CapsCache: what each verification string stands for, so a contact's features are known
// without asking it (XEP-0115 §6.3). The IM layer keeps it on disk; tests use MemoryCapsCache.
#pragma once

#include "../xep0030_disco/DiscoInfo.h"

#include <QHash>

#include <optional>

namespace Palaver::Xmpp {

class CapsCache
{
public:
    virtual ~CapsCache() = default;
    // key: the hash function's name and the verification string, e.g. "sha-1 QgayPK...".
    virtual std::optional<DiscoInfo> find(const QString& key) const = 0;
    virtual void store(const QString& key, const DiscoInfo& info) = 0;
};

class MemoryCapsCache : public CapsCache
{
public:
    std::optional<DiscoInfo> find(const QString& key) const override;
    void store(const QString& key, const DiscoInfo& info) override;

private:
    QHash<QString, DiscoInfo> m_entries;
};

} // namespace Palaver::Xmpp

#include "CapsCache.h"

namespace Palaver::Xmpp {

std::optional<DiscoInfo> MemoryCapsCache::find(const QString& key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? std::nullopt : std::optional<DiscoInfo>(*it);
}

void MemoryCapsCache::store(const QString& key, const DiscoInfo& info)
{
    m_entries.insert(key, info);
}

} // namespace Palaver::Xmpp

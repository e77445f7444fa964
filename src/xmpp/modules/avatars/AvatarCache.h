// AvatarCache: avatar images by their SHA-1, so each picture is fetched once, ever. The IM
// layer keeps them on disk; tests use MemoryAvatarCache.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Palaver::Xmpp {

class AvatarCache
{
public:
    virtual ~AvatarCache() = default;
    virtual bool contains(const QString& hash) const = 0;
    virtual void store(const QString& hash, const QByteArray& image) = 0;
    virtual QByteArray image(const QString& hash) const = 0;
};

class MemoryAvatarCache : public AvatarCache
{
public:
    bool contains(const QString& hash) const override { return m_images.contains(hash); }
    void store(const QString& hash, const QByteArray& image) override
    {
        m_images.insert(hash, image);
    }
    QByteArray image(const QString& hash) const override { return m_images.value(hash); }

private:
    QHash<QString, QByteArray> m_images;
};

} // namespace Palaver::Xmpp

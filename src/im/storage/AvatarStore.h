// AvatarStore: avatar images on disk, one file per SHA-1, in the profile's avatars folder.
#pragma once

#include "xmpp/modules/avatars/AvatarCache.h"

#include <QSet>
#include <QString>

namespace Palaver::Im {

class AvatarStore : public Xmpp::AvatarCache
{
public:
    explicit AvatarStore(const QString& directory);

    bool contains(const QString& hash) const override;
    void store(const QString& hash, const QByteArray& image) override;
    QByteArray image(const QString& hash) const override;
    // Where the image is, for views that load it themselves; empty when not stored.
    QString path(const QString& hash) const;

private:
    static bool isHash(const QString& text);

    QString m_directory;
    QSet<QString> m_known;
};

} // namespace Palaver::Im

// AvatarStore: avatar images on disk, one file per SHA-1, in the profile's avatars folder,
// within a size and count limit: the pictures used longest ago go first.
#pragma once

#include "xmpp/modules/avatars/AvatarCache.h"

#include <QHash>
#include <QString>

namespace Palaver::Im {

class AvatarStore : public Xmpp::AvatarCache
{
public:
    struct Limits
    {
        qint64 maxBytes = 100 * 1024 * 1024;
        int maxFiles = 10000;
    };

    explicit AvatarStore(const QString& directory);
    AvatarStore(const QString& directory, Limits limits);

    bool contains(const QString& hash) const override;
    void store(const QString& hash, const QByteArray& image) override;
    QByteArray image(const QString& hash) const override;
    // Where the image is, for views that load it themselves; empty when not stored. Counts
    // as a use: the picture is kept longer.
    QString path(const QString& hash) const;
    qint64 totalBytes() const { return m_bytes; }
    int fileCount() const { return int(m_files.size()); }

private:
    struct File
    {
        qint64 bytes = 0;
        qint64 used = 0; // ms since the epoch
    };

    static bool isHash(const QString& text);
    void evict(const QString& keep);

    QString m_directory;
    Limits m_limits;
    mutable QHash<QString, File> m_files;
    qint64 m_bytes = 0;
};

} // namespace Palaver::Im

// AvatarRenderer: round avatars for rows and headers: the contact's picture when we have it,
// otherwise their initial on their XEP-0392 colour. Rendered pixmaps are cached.
#pragma once

#include <QCache>
#include <QPixmap>
#include <QString>

namespace Palaver::Gui {

class AvatarRenderer
{
public:
    explicit AvatarRenderer(int cacheEntries = 512);

    // identifier: bare JID or nickname (the colour); name: what the initial comes from.
    QPixmap avatar(const QString& identifier, const QString& name, const QString& imagePath,
        int size, qreal devicePixelRatio);
    static QString initialOf(const QString& name);

private:
    QPixmap render(const QString& identifier, const QString& name, const QString& imagePath,
        int size, qreal devicePixelRatio) const;

    QCache<QString, QPixmap> m_cache;
};

} // namespace Palaver::Gui

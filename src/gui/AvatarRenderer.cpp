#include "AvatarRenderer.h"

#include "ContactColor.h"

#include <QFont>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

AvatarRenderer::AvatarRenderer(int cacheEntries)
    : m_cache(cacheEntries)
{ }

QPixmap AvatarRenderer::avatar(const QString& identifier, const QString& name,
    const QString& imagePath, int size, qreal devicePixelRatio)
{
    const QString key = identifier + u'\n' + name + u'\n' + imagePath + u'\n'
        + QString::number(size) + u'@' + QString::number(devicePixelRatio);
    if (const QPixmap* cached = m_cache.object(key)) {
        return *cached;
    }
    auto* pixmap = new QPixmap(render(identifier, name, imagePath, size, devicePixelRatio));
    const QPixmap result = *pixmap;
    m_cache.insert(key, pixmap);
    return result;
}

// The first whole character (an emoji or a letter with its accents), upper-cased.
QString AvatarRenderer::initialOf(const QString& name)
{
    // Isolation and other invisible characters are no initial.
    qsizetype start = 0;
    while (start < name.size()
        && (name.at(start).isSpace() || name.at(start).category() == QChar::Other_Format)) {
        ++start;
    }
    const QString trimmed = name.mid(start).trimmed();
    if (trimmed.isEmpty()) {
        return u"?"_s;
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, trimmed);
    const qsizetype end = finder.toNextBoundary();
    return trimmed.left(end > 0 ? end : 1).toUpper();
}

QPixmap AvatarRenderer::render(const QString& identifier, const QString& name,
    const QString& imagePath, int size, qreal devicePixelRatio) const
{
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, pixels, pixels));

    QImage image;
    if (!imagePath.isEmpty()) {
        QImageReader reader(imagePath);
        reader.setAutoTransform(true);
        image = reader.read();
    }
    if (!image.isNull()) {
        const QImage scaled = image.scaled(
            pixels, pixels, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        painter.setClipPath(circle);
        painter.drawImage(
            QPoint((pixels - scaled.width()) / 2, (pixels - scaled.height()) / 2), scaled);
    } else {
        painter.fillPath(circle, ContactColor::forIdentifier(identifier));
        QFont font;
        font.setPixelSize(qMax(8, pixels * 9 / 20));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(0, 0, pixels, pixels), Qt::AlignCenter, initialOf(name));
    }
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace Palaver::Gui

#include "AvatarImage.h"

#include <QBuffer>

namespace Palaver::Gui::AvatarImage {

QByteArray toPng(const QImage& image)
{
    if (image.isNull()) {
        return {};
    }
    const int side = qMin(image.width(), image.height());
    QImage square = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    if (side > MaximumSize) {
        square = square.scaled(
            MaximumSize, MaximumSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    square.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG");
    return png;
}

} // namespace Palaver::Gui::AvatarImage

#include "DemoAvatar.h"

#include "DemoPersona.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace Palaver::Demo {

QByteArray drawAvatar(const DemoPersona& persona)
{
    constexpr int Size = 128;
    QImage image(Size, Size, QImage::Format_ARGB32_Premultiplied);
    image.fill(persona.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);

    // Shoulders in a darker shade of the background, then the head, then the hair on top.
    painter.setBrush(persona.background.darker(150));
    painter.drawEllipse(QRectF(14, 86, 100, 84));
    painter.setBrush(persona.skin);
    painter.drawRect(QRectF(55, 70, 18, 22));
    painter.drawEllipse(QRectF(38, 28, 52, 58));
    QPainterPath hair;
    hair.moveTo(36, 60);
    hair.cubicTo(30, 20, 98, 12, 92, 60);
    hair.cubicTo(88, 44, 70, 38, 60, 36);
    hair.cubicTo(54, 44, 44, 48, 36, 60);
    painter.setBrush(persona.hair);
    painter.drawPath(hair);
    painter.end();

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace Palaver::Demo

// ContactColor: the colour that stands for a contact or nickname everywhere, the same in every
// client (XEP-0392 Consistent Color Generation: SHA-1 hue angle, HSLuv S=100 L=50).
#pragma once

#include <QColor>
#include <QString>

namespace Palaver::Gui {

class ContactColor
{
public:
    // XEP-0392 §5.1: the hue angle in degrees for an identifier (a bare JID or a nickname).
    static double hueAngle(const QString& identifier);
    // XEP-0392 §5.4 with the recommended saturation and lightness.
    static QColor forIdentifier(const QString& identifier);
    // For dark backgrounds: the same hue, lighter.
    static QColor forIdentifier(const QString& identifier, bool darkBackground);
    // HSLuv (hue in degrees, saturation and lightness 0..100) to sRGB.
    static QColor fromHsluv(double hue, double saturation, double lightness);
};

} // namespace Palaver::Gui

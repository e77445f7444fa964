// QrCode: text as a QR code picture (libqrencode), to be scanned by another device.
#pragma once

#include <QImage>
#include <QString>

namespace Palaver::Gui::QrCode {

// Black modules on white with the quiet zone the standard asks for, each module scale pixels
// wide; null when the text is too long for a QR code.
QImage image(const QString& text, int scale = 4);

} // namespace Palaver::Gui::QrCode

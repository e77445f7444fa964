#include "QrCode.h"

#include <qrencode.h>

#include <memory>

namespace Palaver::Gui::QrCode {

QImage image(const QString& text, int scale)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
        &QRcode_free);
    if (!code || scale < 1) {
        return {};
    }
    constexpr int QuietZone = 4; // modules of white around the code
    const int modules = code->width + 2 * QuietZone;
    QImage picture(modules * scale, modules * scale, QImage::Format_Grayscale8);
    picture.fill(Qt::white);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // The lowest bit of each byte says whether the module is dark.
            if ((code->data[y * code->width + x] & 1) == 0) {
                continue;
            }
            for (int dy = 0; dy < scale; ++dy) {
                uchar* line = picture.scanLine((y + QuietZone) * scale + dy);
                std::fill_n(line + (x + QuietZone) * scale, scale, uchar(0));
            }
        }
    }
    return picture;
}

} // namespace Palaver::Gui::QrCode

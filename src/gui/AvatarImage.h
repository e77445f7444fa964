// AvatarImage: turns a picture the user chose into what goes on the wire as their avatar: a
// square, at most 192 pixels across (XEP-0153 and XEP-0084 recommend small), as PNG.
#pragma once

#include <QByteArray>
#include <QImage>

namespace Palaver::Gui::AvatarImage {

constexpr int MaximumSize = 192;

// The centre square of the image, scaled down when larger; empty for a null image.
QByteArray toPng(const QImage& image);

} // namespace Palaver::Gui::AvatarImage

// DemoAvatar: a small portrait for a demo persona, drawn rather than shipped as image files.
#pragma once

#include <QByteArray>

namespace Palaver::Demo {

struct DemoPersona;

// PNG bytes, 128×128.
QByteArray drawAvatar(const DemoPersona& persona);

} // namespace Palaver::Demo

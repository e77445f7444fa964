#include "LocalTimeZone.h"

#include <QByteArray>
#include <QtGlobal>

namespace Palaver::App {

void nameLocalTimeZone()
{
#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIsEmpty("TZ")) {
        qputenv("TZ", QByteArrayLiteral(":/etc/localtime"));
    }
#endif
}

} // namespace Palaver::App

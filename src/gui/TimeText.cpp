#include "TimeText.h"

#include <QLocale>
#include <QTime>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

QString TimeText::clockFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    return format;
}

QString TimeText::hoursAndMinutes(const QTime& time)
{
    return QLocale().toString(time, clockFormat());
}

} // namespace Palaver::Gui

// TimeText: times of day as the conversation views show them: the locale's short format, in
// hours and minutes only (some locales' short format still has seconds).
#pragma once

#include <QString>

class QTime;

namespace Palaver::Gui {

class TimeText
{
public:
    static QString clockFormat();
    static QString hoursAndMinutes(const QTime& time);
};

} // namespace Palaver::Gui

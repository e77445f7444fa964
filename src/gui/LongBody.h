// LongBody: how much of a long message body is laid out. Longer bodies are shown shortened
// until asked for: laying out and painting a message of a hundred thousand characters holds
// up the whole window, for more than anyone reads at once.
#pragma once

#include <QString>

namespace Palaver::Gui {

class LongBody
{
public:
    static bool isLong(const QString& body);
    // How many UTF-16 units are shown after "Show more" was asked steps times: cut after so
    // many characters or lines, never inside a character.
    static qsizetype shownLength(const QString& body, int steps);
    // Whether one more "Show more" would show more.
    static bool canShowMore(const QString& body, int steps);
};

} // namespace Palaver::Gui

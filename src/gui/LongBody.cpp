#include "LongBody.h"

namespace Palaver::Gui {

namespace {
constexpr qsizetype LongCharacters = 3000;
constexpr int LongLines = 40;
constexpr qsizetype ShortenedCharacters = 800;
constexpr int ShortenedLines = 12;
// Each "Show more" reveals this much more, up to a ceiling: laying out text costs about a
// third of a microsecond per character, so a whole 100 KB body held up the window for most of
// a tenth of a second. Past the ceiling the whole text is offered for copying instead.
constexpr qsizetype ExpandCharacters = 13000;
constexpr int ExpandLines = 300;
constexpr int MaxExpandSteps = 3;
} // namespace

bool LongBody::isLong(const QString& body)
{
    return body.size() > LongCharacters || body.count(u'\n') >= LongLines;
}

qsizetype LongBody::shownLength(const QString& body, int steps)
{
    if (!isLong(body)) {
        return body.size();
    }
    steps = qMin(steps, MaxExpandSteps);
    qsizetype length = qMin(body.size(), ShortenedCharacters + steps * ExpandCharacters);
    const int maxLines = ShortenedLines + steps * ExpandLines;
    int lines = 0;
    for (qsizetype i = 0; i < length; ++i) {
        if (body.at(i) == u'\n' && ++lines == maxLines) {
            length = i;
            break;
        }
    }
    if (length > 0 && body.at(length - 1).isHighSurrogate()) {
        --length;
    }
    return length;
}

bool LongBody::canShowMore(const QString& body, int steps)
{
    return steps < MaxExpandSteps && shownLength(body, steps) < body.size();
}

} // namespace Palaver::Gui

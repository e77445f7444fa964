#include "RemoteText.h"

#include <QGuiApplication>
#include <QTextDocument>

namespace Palaver::Gui {

namespace {

constexpr char32_t Replacement = 0xFFFD;
constexpr char16_t FirstStrongIsolate = 0x2068;
constexpr char16_t PopDirectionalIsolate = 0x2069;
constexpr char32_t ZeroWidthJoiner = 0x200D;
constexpr char32_t ZeroWidthNonJoiner = 0x200C;
constexpr char32_t BlackFlag = 0x1F3F4; // subdivision flags follow it with tag characters

bool isDirectionControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E
        || c == 0x200F || c == 0x061C;
}

bool isTag(char32_t c)
{
    return c >= 0xE0020 && c <= 0xE007F;
}

// A joiner is kept where writing needs it: after an emoji (sequences such as 👩‍💻) or a
// letter of a script that is not Latin (Persian and Indic words); between Latin letters it
// only hides.
bool joinerIsNeeded(char32_t c, char32_t previous)
{
    if (c != ZeroWidthJoiner && c != ZeroWidthNonJoiner) {
        return false;
    }
    const QChar::Category category = QChar::category(previous);
    if (category == QChar::Symbol_Other || category == QChar::Symbol_Modifier
        || category == QChar::Mark_NonSpacing) {
        return c == ZeroWidthJoiner;
    }
    return QChar::isLetter(previous) && previous > 0x024F; // past Latin Extended-B
}

bool isRightToLeft(char32_t c)
{
    const QChar::Direction direction = QChar::direction(c);
    return direction == QChar::DirR || direction == QChar::DirAL;
}

} // namespace

bool RemoteText::isHidden(char32_t c)
{
    // Format characters, and letters that draw nothing (Hangul fillers, the blank Braille
    // pattern), which pass for spaces or for nothing at all.
    return QChar::category(c) == QChar::Other_Format || c == 0x115F || c == 0x1160 || c == 0x3164
        || c == 0xFFA0 || c == 0x2800;
}

QString RemoteText::clean(QStringView text, qsizetype maxLength, bool showInvisible)
{
    QString out;
    out.reserve(qMin(text.size(), maxLength) + 3);
    bool rightToLeft = false;
    bool pendingSpace = false;
    char32_t previous = 0;
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        i += width;
        if (QChar::category(c) == QChar::Other_Control || QChar::isSpace(c)) {
            pendingSpace = !out.isEmpty();
            previous = u' ';
            continue;
        }
        const bool kept = joinerIsNeeded(c, previous)
            || (isTag(c) && (previous == BlackFlag || isTag(previous)));
        if (isDirectionControl(c) && (showInvisible || (c != 0x200E && c != 0x200F))) {
            c = Replacement;
        } else if (showInvisible && isHidden(c) && !kept) {
            c = Replacement;
        }
        const qsizetype needed = (pendingSpace ? 1 : 0) + (c > 0xFFFF ? 2 : 1);
        if (out.size() + needed > maxLength) {
            out += QChar(0x2026); // …
            break;
        }
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        out += QString::fromUcs4(&c, 1);
        rightToLeft = rightToLeft || isRightToLeft(c);
        previous = c;
    }
    if (rightToLeft || QGuiApplication::isRightToLeft()) {
        return QChar(FirstStrongIsolate) + out + QChar(PopDirectionalIsolate);
    }
    return out;
}

QString RemoteText::name(QStringView text, qsizetype maxLength)
{
    return clean(text, maxLength, true);
}

QString RemoteText::line(QStringView text, qsizetype maxLength)
{
    return clean(text, maxLength, false);
}

QString RemoteText::asRichText(const QString& plainText)
{
    return Qt::convertFromPlainText(plainText, Qt::WhiteSpaceNormal);
}

} // namespace Palaver::Gui

// RemoteText: text from the network made safe to show. Qt takes a string that looks like HTML
// for rich text in tooltips, message boxes and input dialogs (and rich text can load local
// files); names can carry bidirectional controls and invisible characters that make
// "evil\u202Egnp.exe" read as something else (Unicode TR #36 §2, UAX #9).
#pragma once

#include <QString>

namespace Palaver::Gui {

class RemoteText
{
public:
    // A name (contact, nickname, room, device, software, certificate field), as one line: line
    // breaks and other controls become spaces, direction controls and invisible characters
    // show as U+FFFD (the joiners emoji and some scripts need stay), cut at maxLength, and
    // isolated (FSI … PDI) when it holds right-to-left text, so it cannot reorder the
    // sentence around it.
    static QString name(QStringView text, qsizetype maxLength = 200);
    // Free text from someone (a status, a subject, a reason) to show inside a sentence of
    // ours: direction controls are shown, and right-to-left text is isolated.
    static QString line(QStringView text, qsizetype maxLength = 1000);
    // Plain text for a place where Qt may take it for rich text (tooltips, message boxes,
    // input dialog labels): escaped, so it shows exactly as written.
    static QString asRichText(const QString& plainText);

    // Whether the character changes direction or is invisible, and so must not pass unseen.
    static bool isHidden(char32_t codePoint);

private:
    static QString clean(QStringView text, qsizetype maxLength, bool showInvisible);
};

} // namespace Palaver::Gui

// MessageFormatter: a message body as safe rich text: XEP-0393 message styling (*strong*,
// _emphasis_, ~strike~, `code`, ``` blocks, > quotes), links for http, https and xmpp only,
// and XEP-0245 /me actions. The body is always plain text: nothing from the wire is ever
// taken as markup; every character is escaped before our own tags are added. Linear in the
// length of the body, whatever it holds.
#pragma once

#include <QColor>
#include <QString>

namespace Palaver::Gui {

class MessageFormatter
{
public:
    struct Style
    {
        QColor directiveColor; // styling characters stay visible (XEP-0393 §6), but faint
        QColor quoteColor;
        QColor linkColor;
    };

    // The body as HTML for a QTextDocument.
    static QString toHtml(const QString& body, const Style& style);
    // XEP-0245: "/me " at the very start turns the message into an action.
    static bool isMeAction(const QString& body);
    // For an action: "* Name does something", as HTML.
    static QString actionHtml(const QString& sender, const QString& body, const Style& style);

private:
    static QString formatBlocks(const QString& body, const Style& style);
};

} // namespace Palaver::Gui

// MessageDecorations: what a message bubble shows beside its text: the quote of the message
// it answers (XEP-0461) above, and its reactions (XEP-0444) as chips below. Laid out, painted
// and hit-tested here so the delegate only places them.
#pragma once

#include <QFont>
#include <QList>
#include <QModelIndex>
#include <QPalette>
#include <QRect>
#include <QStringList>

class QPainter;

namespace Palaver::Gui {

class MessageDecorations
{
public:
    struct Chip
    {
        QString emoji;
        QString label; // emoji and count
        QRect rect;
        bool mine = false;
        QStringList who;
    };

    // The one-line quote shown above a reply's text, or empty.
    static QString quoteText(const QModelIndex& index);
    static int quoteHeight(const QFont& font);
    static int quoteWidth(const QFont& font, const QString& text);
    static void paintQuote(QPainter* painter, const QRect& rect, const QString& text,
        const QFont& font, const QPalette& palette, bool outgoing);

    // The reaction chips of a message, laid out in rows from topLeft within width.
    static QList<Chip> chips(
        const QModelIndex& index, const QFont& font, const QPoint& topLeft, int width);
    static int chipsHeight(const QList<Chip>& chips);
    static void paintChips(
        QPainter* painter, const QList<Chip>& chips, const QFont& font, const QPalette& palette);

    // The smaller font both use.
    static QFont smallFont(const QFont& font);
    // The "⋯" button beside the bubble under the pointer, which opens the message menu.
    static QRect menuButtonRect(const QRect& bubble, bool outgoing);
    static void paintMenuButton(QPainter* painter, const QRect& rect, const QPalette& palette);
    // A thin bar, done (0 to 1) of the way, in the bubble's own colours.
    static void paintProgress(
        QPainter* painter, const QRect& rect, qreal done, const QPalette& palette, bool outgoing);
};

} // namespace Palaver::Gui

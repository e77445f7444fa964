#include "MessageDecorations.h"

#include "RemoteText.h"
#include "im/models/MessagesModel.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;
using Palaver::Im::MessagesModel;

namespace Palaver::Gui {

namespace {
constexpr int QuoteBar = 3;
constexpr int QuoteGap = 6;
constexpr int ChipPadding = 6;
constexpr int ChipGap = 4;
} // namespace

QFont MessageDecorations::smallFont(const QFont& font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

QString MessageDecorations::quoteText(const QModelIndex& index)
{
    if (index.data(MessagesModel::ReplyToRole).toString().isEmpty()
        || index.data(MessagesModel::RetractedRole).toBool()) {
        return {};
    }
    const QString quote = index.data(MessagesModel::ReplyQuoteRole).toString();
    return quote.isEmpty() ? QObject::tr("Reply to a message that is not loaded")
                           : RemoteText::line(quote);
}

int MessageDecorations::quoteHeight(const QFont& font)
{
    return QFontMetrics(smallFont(font)).height() + 4;
}

int MessageDecorations::quoteWidth(const QFont& font, const QString& text)
{
    return QuoteBar + QuoteGap + QFontMetrics(smallFont(font)).horizontalAdvance(text);
}

void MessageDecorations::paintQuote(QPainter* painter, const QRect& rect, const QString& text,
    const QFont& font, const QPalette& palette, bool outgoing)
{
    QColor color = palette.color(outgoing ? QPalette::HighlightedText : QPalette::Text);
    color.setAlphaF(0.65f);
    painter->save();
    painter->fillRect(QRect(rect.left(), rect.top() + 1, QuoteBar, rect.height() - 2), color);
    const QFont small = smallFont(font);
    painter->setFont(small);
    painter->setPen(color);
    const QRect textRect = rect.adjusted(QuoteBar + QuoteGap, 0, 0, 0);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QList<MessageDecorations::Chip> MessageDecorations::chips(
    const QModelIndex& index, const QFont& font, const QPoint& topLeft, int width)
{
    QList<Chip> chips;
    const QVariantList reactions = index.data(MessagesModel::ReactionsRole).toList();
    if (reactions.isEmpty()) {
        return chips;
    }
    const QFontMetrics metrics(smallFont(font));
    const int height = metrics.height() + 6;
    QPoint at = topLeft;
    for (const QVariant& value : reactions) {
        const QVariantMap reaction = value.toMap();
        Chip chip;
        chip.emoji = reaction.value(u"emoji"_s).toString();
        const int count = reaction.value(u"count"_s).toInt();
        chip.label = count > 1 ? chip.emoji + u' ' + QString::number(count) : chip.emoji;
        chip.mine = reaction.value(u"mine"_s).toBool();
        chip.who = reaction.value(u"who"_s).toStringList();
        const int chipWidth = metrics.horizontalAdvance(chip.label) + 2 * ChipPadding;
        if (at.x() > topLeft.x() && at.x() + chipWidth > topLeft.x() + width) {
            at = QPoint(topLeft.x(), at.y() + height + ChipGap);
        }
        chip.rect = QRect(at, QSize(chipWidth, height));
        at.rx() += chipWidth + ChipGap;
        chips.append(chip);
    }
    return chips;
}

int MessageDecorations::chipsHeight(const QList<Chip>& chips)
{
    if (chips.isEmpty()) {
        return 0;
    }
    return chips.last().rect.bottom() - chips.first().rect.top() + 1;
}

void MessageDecorations::paintChips(
    QPainter* painter, const QList<Chip>& chips, const QFont& font, const QPalette& palette)
{
    painter->save();
    painter->setFont(smallFont(font));
    for (const Chip& chip : chips) {
        QPainterPath path;
        path.addRoundedRect(QRectF(chip.rect).adjusted(0.5, 0.5, -0.5, -0.5), 9, 9);
        QColor fill = palette.color(QPalette::Button);
        if (chip.mine) {
            fill = palette.color(QPalette::Highlight);
            fill.setAlphaF(0.25f);
        }
        painter->fillPath(path, fill);
        painter->setPen(
            QPen(chip.mine ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), 1));
        painter->drawPath(path);
        painter->setPen(palette.color(QPalette::ButtonText));
        painter->drawText(chip.rect, Qt::AlignCenter, chip.label);
    }
    painter->restore();
}

QRect MessageDecorations::menuButtonRect(const QRect& bubble, bool outgoing)
{
    constexpr int Size = 24;
    constexpr int Gap = 4;
    const int left = outgoing ? bubble.left() - Gap - Size : bubble.right() + Gap;
    return {left, bubble.top() + 2, Size, Size};
}

void MessageDecorations::paintMenuButton(
    QPainter* painter, const QRect& rect, const QPalette& palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor background = palette.color(QPalette::Mid);
    background.setAlphaF(0.35f);
    painter->setBrush(background);
    painter->drawEllipse(rect);
    painter->setBrush(palette.color(QPalette::Text));
    const qreal dot = rect.width() / 10.0;
    for (int i = -1; i <= 1; ++i) {
        painter->drawEllipse(
            QPointF(rect.center().x() + 0.5 + i * dot * 3, rect.center().y() + 0.5), dot, dot);
    }
    painter->restore();
}

void MessageDecorations::paintProgress(
    QPainter* painter, const QRect& rect, qreal done, const QPalette& palette, bool outgoing)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor track = palette.color(outgoing ? QPalette::HighlightedText : QPalette::Text);
    track.setAlphaF(0.2f);
    const qreal radius = rect.height() / 2.0;
    painter->setBrush(track);
    painter->drawRoundedRect(QRectF(rect), radius, radius);
    painter->setBrush(palette.color(outgoing ? QPalette::HighlightedText : QPalette::Highlight));
    QRectF filled(rect);
    filled.setWidth(qMax(rect.height() * 1.0, rect.width() * done));
    painter->drawRoundedRect(filled, radius, radius);
    painter->restore();
}

} // namespace Palaver::Gui

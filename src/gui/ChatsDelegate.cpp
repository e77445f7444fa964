#include "ChatsDelegate.h"

#include "ChatsProxyModel.h"
#include "RemoteText.h"
#include "TimeText.h"
#include "im/models/ConversationsModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;
using Palaver::Im::ConversationsModel;

namespace Palaver::Gui {
namespace {
constexpr int Margin = 8;
constexpr int LineGap = 2;
} // namespace

QString ChatsDelegate::whenText(const QDateTime& when)
{
    const QLocale locale;
    const QDate today = QDate::currentDate();
    if (when.date() == today) {
        return TimeText::hoursAndMinutes(when.time());
    }
    if (when.date().daysTo(today) < 7) {
        return locale.dayName(when.date().dayOfWeek(), QLocale::ShortFormat);
    }
    return locale.toString(when.date(), QLocale::ShortFormat);
}

QSize ChatsDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics metrics(option.font);
    return {200, Margin * 2 + metrics.height() * 2 + LineGap};
}

void ChatsDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const int unread = index.data(ConversationsModel::UnreadCountRole).toInt();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QFontMetrics metrics(option.font);
    painter->save();

    // First line: name, and the time at the right.
    const QString when = whenText(index.data(ConversationsModel::LastActivityRole).toDateTime());
    QFont nameFont = option.font;
    nameFont.setBold(unread > 0);
    const int whenWidth = metrics.horizontalAdvance(when) + Margin;
    QString name = RemoteText::line(index.data(ChatsProxyModel::NameRole).toString());
    if (index.data(ChatsProxyModel::PinnedRole).toBool()) {
        name = u"📌 "_s + name;
    }
    painter->setFont(nameFont);
    painter->setPen(option.palette.color(textRole));
    const QRect nameRect(area.left(), area.top(), area.width() - whenWidth, metrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->setFont(option.font);
    painter->setPen(
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(QRect(area.right() - whenWidth, area.top(), whenWidth, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, when);

    // Second line: the last message, and the unread count as a badge.
    const int secondTop = area.top() + metrics.height() + LineGap;
    int badgeWidth = 0;
    if (unread > 0) {
        const QString count = unread > 99 ? u"99+"_s : QString::number(unread);
        badgeWidth = qMax(metrics.height(), metrics.horizontalAdvance(count) + Margin);
        const QRect badge(area.right() - badgeWidth, secondTop, badgeWidth, metrics.height());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::Highlight));
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setPen(option.palette.color(QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, count);
    }
    QString last = RemoteText::line(index.data(ConversationsModel::LastBodyRole).toString());
    if (index.data(ConversationsModel::LastOutgoingRole).toBool() && !last.isEmpty()) {
        last = tr("You: %1").arg(last);
    }
    painter->setPen(
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect lastRect(
        area.left(), secondTop, area.width() - badgeWidth - Margin, metrics.height());
    painter->drawText(lastRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(last, Qt::ElideRight, lastRect.width()));
    painter->restore();
}

} // namespace Palaver::Gui

// ChatsDelegate: one row of the chats list: the name (bold with unread messages), when the
// last message came, and that message on a line of its own, with the unread count as a badge.
#pragma once

#include <QStyledItemDelegate>

namespace Palaver::Gui {

class ChatsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // "14:05" today, the weekday this week, the date before.
    static QString whenText(const QDateTime& when);
};

} // namespace Palaver::Gui

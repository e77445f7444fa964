// RosterDelegate: paints roster rows: group headers with their online counts, and contacts
// with avatar, presence, name, status text and unread badge. Subscription requests get
// Approve and Deny buttons on the row itself.
#pragma once

#include "AvatarRenderer.h"

#include <QStyledItemDelegate>

namespace Palaver::Gui {

class RosterDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RosterDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

    // Where the request buttons are on a row (for clicks and tests).
    // Where a request row's buttons are: approve or deny a subscription request, accept or
    // block a stranger's messages.
    QRect approveButtonRect(const QRect& row, const QModelIndex& index) const;
    static bool isMessageRequest(const QModelIndex& index);
    QRect denyButtonRect(const QRect& row, const QModelIndex& index) const;

Q_SIGNALS:
    void approveClicked(const QModelIndex& index);
    void denyClicked(const QModelIndex& index);

private:
    void paintGroup(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintAccount(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintContact(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintBadge(
        QPainter* painter, const QRect& rect, int count, const QStyleOptionViewItem& option) const;
    void paintButton(QPainter* painter, const QRect& rect, const QString& text, bool primary,
        const QStyleOptionViewItem& option) const;
    QString approveText(const QModelIndex& index) const;
    QString denyText(const QModelIndex& index) const;
    int buttonWidth(const QString& text) const;

    mutable AvatarRenderer m_avatars;
};

} // namespace Palaver::Gui

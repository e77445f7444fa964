// OccupantDelegate: how a room's occupant list reads: role groups as bold captions with their
// count, occupants with their presence icon and nickname in its consistent colour (XEP-0392),
// ourselves in bold, and a tooltip with role, affiliation, address and status.
#pragma once

#include <QStyledItemDelegate>

namespace Palaver::Gui {

class OccupantDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace Palaver::Gui

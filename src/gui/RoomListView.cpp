#include "RoomListView.h"

#include "RemoteText.h"
#include "im/models/RoomListModel.h"

#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;
using Palaver::Im::RoomListModel;

namespace Palaver::Gui {

namespace {
class RoomListDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = RemoteText::name(option->text); // a bookmark's name is anyone's choice
        option->features |= QStyleOptionViewItem::HasDecoration;
        const bool joined = index.data(RoomListModel::JoinedRole).toBool();
        option->icon = QIcon(u":/icons/room.svg"_s);
        option->decorationSize = QSize(16, 16);
        if (!joined) {
            // Shown faint: kept, but we are not in it now.
            option->icon = QIcon(option->icon.pixmap(16, 16, QIcon::Disabled));
            option->palette.setColor(
                QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        }
        const int unread = index.data(RoomListModel::UnreadRole).toInt();
        if (unread > 0) {
            option->text = RoomListView::tr("%1 (%2)").arg(option->text).arg(unread);
            option->font.setBold(true);
        }
    }
};
} // namespace

RoomListView::RoomListView(QWidget* parent)
    : QListView(parent)
{
    setItemDelegate(new RoomListDelegate(this));
    setEditTriggers(NoEditTriggers);
    setUniformItemSizes(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Rooms"));
    const auto activate = [this](const QModelIndex& index) {
        Q_EMIT roomActivated(index.data(RoomListModel::AccountRole).toString(),
            index.data(RoomListModel::JidRole).toString());
    };
    connect(this, &QListView::activated, this, activate);
    connect(this, &QListView::doubleClicked, this, activate);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = indexAt(at);
        if (index.isValid()) {
            Q_EMIT roomMenuRequested(index.data(RoomListModel::AccountRole).toString(),
                index.data(RoomListModel::JidRole).toString(), viewport()->mapToGlobal(at));
        }
    });
}

void RoomListView::setModel(QAbstractItemModel* model)
{
    QListView::setModel(model);
    for (const auto signal :
        {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(model, signal, this, &RoomListView::updateHeight);
    }
    connect(model, &QAbstractItemModel::modelReset, this, &RoomListView::updateHeight);
    updateHeight();
}

QSize RoomListView::sizeHint() const
{
    const int rows = model() ? qBound(1, model()->rowCount(), MaxVisibleRows) : 1;
    const int rowHeight = qMax(sizeHintForRow(0), fontMetrics().height() + 6);
    return {QListView::sizeHint().width(), rows * rowHeight + 2 * frameWidth()};
}

QSize RoomListView::minimumSizeHint() const
{
    return {80, sizeHint().height()};
}

void RoomListView::updateHeight()
{
    setVisible(model() && model()->rowCount() > 0);
    updateGeometry();
}

} // namespace Palaver::Gui

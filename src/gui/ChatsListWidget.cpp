#include "ChatsListWidget.h"

#include "ChatsDelegate.h"
#include "ChatsProxyModel.h"
#include "RemoteText.h"
#include "im/models/ConversationsModel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>

using Palaver::Im::ConversationsModel;

namespace Palaver::Gui {

ChatsListWidget::ChatsListWidget(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_proxy(new ChatsProxyModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    m_filter->setObjectName(QStringLiteral("chatsFilterEdit"));
    m_filter->setPlaceholderText(tr("Find a chat"));
    m_filter->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("chatsView"));
    m_view->setAccessibleName(tr("Chats"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ChatsDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ChatsProxyModel::setFilterText);
    connect(m_view, &QListView::activated, this, &ChatsListWidget::open);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = m_view->indexAt(at);
        if (index.isValid()) {
            showMenu(index, m_view->viewport()->mapToGlobal(at));
        }
    });
}

void ChatsListWidget::open(const QModelIndex& index)
{
    Q_EMIT openRequested(index.data(ConversationsModel::AccountRole).toString(),
        index.data(ConversationsModel::PeerRole).toString(),
        index.data(ConversationsModel::IsRoomRole).toBool());
}

void ChatsListWidget::showMenu(const QModelIndex& index, const QPoint& globalPosition)
{
    const QPersistentModelIndex row(index);
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Open"), this, [this, row] {
        if (row.isValid()) {
            open(row);
        }
    });
    const bool pinned = index.data(ChatsProxyModel::PinnedRole).toBool();
    menu->addAction(pinned ? tr("&Unpin") : tr("&Pin to the Top"), this, [this, row, pinned] {
        if (row.isValid()) {
            m_proxy->setPinned(row, !pinned);
        }
    });
    menu->addAction(tr("&Close"), this, [this, row] {
        if (row.isValid()) {
            m_proxy->closeChat(row);
        }
    });
    menu->addSeparator();
    menu->addAction(tr("&Delete History…"), this, [this, row] {
        if (row.isValid()) {
            confirmDelete(row);
        }
    });
    menu->popup(globalPosition);
}

void ChatsListWidget::confirmDelete(const QModelIndex& index)
{
    const QString account = index.data(ConversationsModel::AccountRole).toString();
    const QString peer = index.data(ConversationsModel::PeerRole).toString();
    const QString name = RemoteText::asRichText(index.data(ChatsProxyModel::NameRole).toString());
    const QString question = index.data(ConversationsModel::IsRoomRole).toBool()
        ? tr("Leave the room %1 and delete all its messages from this computer? The room may "
             "send recent ones again when you join it next time.")
        : tr("Delete every message of your chat with %1 from this computer?");
    const auto answer = QMessageBox::question(window(), tr("Delete History"), question.arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        Q_EMIT deleteHistoryRequested(account, peer);
    }
}

} // namespace Palaver::Gui

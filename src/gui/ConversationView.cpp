#include "ConversationView.h"

#include "ExplicitFetchProxyModel.h"
#include "MessageDelegate.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>

namespace Palaver::Gui {

ConversationView::ConversationView(QWidget* parent)
    : QListView(parent)
    , m_delegate(new MessageDelegate(this))
    , m_proxy(new ExplicitFetchProxyModel(this))
{
    setItemDelegate(m_delegate);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover); // the message under the pointer shows its "⋯"
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Messages"));
    verticalScrollBar()->setSingleStep(20);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ConversationView::onScrolled);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        // Keep the user's place when older messages were added above it.
        if (m_rangeBeforeInsert >= 0) {
            verticalScrollBar()->setValue(m_valueBeforeInsert + maximum - m_rangeBeforeInsert);
            m_rangeBeforeInsert = -1;
        }
    });
}

void ConversationView::setModel(QAbstractItemModel* model)
{
    m_proxy->setSourceModel(model);
    QListView::setModel(m_proxy);
    if (model) {
        connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex&, int first, int) {
                if (first == 0 && m_proxy->rowCount() > 0) {
                    m_rangeBeforeInsert = verticalScrollBar()->maximum();
                    m_valueBeforeInsert = verticalScrollBar()->value();
                }
            });
        // Row heights depend on their neighbours (day lines, group headers).
        connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this] { scheduleDelayedItemsLayout(); });
    }
    QTimer::singleShot(0, this, &ConversationView::scrollToNewest);
}

bool ConversationView::isAtBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4;
}

void ConversationView::scrollToNewest()
{
    scrollToBottom();
    // A second time once the layout has settled on the real row heights.
    QTimer::singleShot(0, this, [this] { scrollToBottom(); });
}

void ConversationView::scrollToRow(int row)
{
    scrollTo(m_proxy->index(row, 0), QAbstractItemView::PositionAtCenter);
}

void ConversationView::resizeEvent(QResizeEvent* event)
{
    const bool atBottom = isAtBottom();
    m_delegate->setViewportWidth(viewport()->width());
    QListView::resizeEvent(event);
    scheduleDelayedItemsLayout();
    if (atBottom) {
        scrollToNewest();
    }
}

void ConversationView::rowsInserted(const QModelIndex& parent, int start, int end)
{
    const bool atBottom = isAtBottom();
    QListView::rowsInserted(parent, start, end);
    if (start > 0 && atBottom) {
        scrollToNewest();
    }
    if (start == 0) {
        // A first page too short to scroll cannot be scrolled up for more: fetch it now.
        QTimer::singleShot(0, this, [this] {
            if (verticalScrollBar()->maximum() == 0) {
                fetchOlder();
            }
        });
    }
}

void ConversationView::mouseMoveEvent(QMouseEvent* event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    const bool overLink = index.isValid()
        && !m_delegate->linkAt(option, index, event->position().toPoint()).isEmpty();
    viewport()->setCursor(overLink ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QListView::mouseMoveEvent(event);
}

void ConversationView::onScrolled(int value)
{
    if (value == verticalScrollBar()->minimum()) {
        fetchOlder();
    }
}

void ConversationView::fetchOlder()
{
    m_proxy->fetchOlder();
}

} // namespace Palaver::Gui

#include "ConversationView.h"

#include "ExplicitFetchProxyModel.h"
#include "MessageDelegate.h"
#include "im/transfers/FileDownloads.h"
#include "im/transfers/MediaPreviews.h"

#include <QKeyEvent>
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
    m_delegate->setTextSelection(&m_selection);
    m_autoScroll.setInterval(40);
    connect(&m_autoScroll, &QTimer::timeout, this, &ConversationView::autoScroll);
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

void ConversationView::setFileSources(Im::MediaPreviews* previews, Im::FileDownloads* downloads)
{
    m_delegate->setFileSources(previews, downloads);
    const auto relayout = [this] {
        const bool atBottom = isAtBottom();
        scheduleDelayedItemsLayout();
        if (atBottom) {
            scrollToNewest(); // a picture that arrives keeps the newest message in sight
        }
    };
    connect(previews, &Im::MediaPreviews::previewSized, this, relayout);
    connect(downloads, &Im::FileDownloads::stateChanged, this, relayout);
    connect(
        previews, &Im::MediaPreviews::previewChanged, viewport(), qOverload<>(&QWidget::update));
    connect(downloads, &Im::FileDownloads::progressed, viewport(), qOverload<>(&QWidget::update));
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

QStyleOptionViewItem ConversationView::optionFor(const QModelIndex& index) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return option;
}

std::pair<QModelIndex, int> ConversationView::textPointAt(const QPoint& point) const
{
    const QRect area = viewport()->rect();
    const QPoint inside(
        qBound(area.left(), point.x(), area.right()), qBound(area.top(), point.y(), area.bottom()));
    QModelIndex index = indexAt(inside);
    if (!index.isValid()) {
        // Beside or below the rows: the nearest one.
        index = indexAt(QPoint(area.center().x(), inside.y()));
    }
    if (!index.isValid() && model() && model()->rowCount() > 0) {
        index = model()->index(model()->rowCount() - 1, 0);
        return {index, m_delegate->textEnd(optionFor(index), index)};
    }
    if (!index.isValid()) {
        return {};
    }
    return {index, m_delegate->textPositionAt(optionFor(index), index, point)};
}

void ConversationView::keyPressEvent(QKeyEvent* event)
{
    // The list itself would copy only the current row's text.
    if (event->matches(QKeySequence::Copy)) {
        Q_EMIT copyRequested();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void ConversationView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const auto [index, position] = textPointAt(event->position().toPoint());
        if (index.isValid()) {
            if (event->modifiers() & Qt::ShiftModifier && m_selection.hasAnchor()) {
                m_selection.extendTo(index, position);
            } else {
                m_selection.start(index, position);
            }
            m_selecting = true;
            m_dragPoint = event->position().toPoint();
            viewport()->update();
        }
    }
    QListView::mousePressEvent(event);
}

void ConversationView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint point = event->position().toPoint();
    if (m_selecting && (event->buttons() & Qt::LeftButton)) {
        m_dragPoint = point;
        extendSelection(point);
        const bool outside = point.y() < 0 || point.y() >= viewport()->height();
        if (outside && !m_autoScroll.isActive()) {
            m_autoScroll.start();
        } else if (!outside) {
            m_autoScroll.stop();
        }
        return; // no rubber band of whole rows while text is dragged over
    }
    const QModelIndex index = indexAt(point);
    const QStyleOptionViewItem option = optionFor(index);
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (index.isValid() && !m_delegate->linkAt(option, index, point).isEmpty()) {
        shape = Qt::PointingHandCursor;
    } else if (index.isValid() && m_delegate->isOnText(option, index, point)) {
        shape = Qt::IBeamCursor;
    }
    viewport()->setCursor(shape);
    QListView::mouseMoveEvent(event);
}

void ConversationView::extendSelection(const QPoint& point)
{
    const auto [index, position] = textPointAt(point);
    if (!index.isValid()) {
        return;
    }
    m_selection.extendTo(index, position);
    if (!m_selection.isEmpty() && selectionModel() && selectionModel()->hasSelection()) {
        selectionModel()->clearSelection(); // the text is what is selected now, not rows
    }
    viewport()->update();
}

void ConversationView::autoScroll()
{
    if (!m_selecting) {
        m_autoScroll.stop();
        return;
    }
    QScrollBar* bar = verticalScrollBar();
    bar->setValue(bar->value() + (m_dragPoint.y() < 0 ? -1 : 1) * bar->singleStep());
    extendSelection(m_dragPoint);
}

void ConversationView::mouseReleaseEvent(QMouseEvent* event)
{
    const bool wasSelecting = m_selecting;
    m_selecting = false;
    m_autoScroll.stop();
    if (event->button() == Qt::LeftButton && !m_selection.isEmpty()) {
        // Text was selected: the release ends the selection and is no click on a link.
        if (wasSelecting) {
            Q_EMIT textSelected();
        }
        event->accept();
        return;
    }
    QListView::mouseReleaseEvent(event);
}

void ConversationView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QListView::mouseDoubleClickEvent(event);
        return;
    }
    const QPoint point = event->position().toPoint();
    const QModelIndex index = indexAt(point);
    const QStyleOptionViewItem option = optionFor(index);
    if (!index.isValid() || !m_delegate->isOnText(option, index, point)) {
        QListView::mouseDoubleClickEvent(event);
        return;
    }
    const auto [from, to]
        = m_delegate->wordAt(option, index, m_delegate->textPositionAt(option, index, point));
    m_selection.start(index, from);
    m_selection.extendTo(index, to);
    m_selecting = false;
    viewport()->update();
    if (!m_selection.isEmpty()) {
        Q_EMIT textSelected();
    }
    event->accept();
}

bool ConversationView::textSelectionCovers(int row) const
{
    return !m_selection.isEmpty() && row >= m_selection.firstRow() && row <= m_selection.lastRow();
}

QList<std::pair<int, QString>> ConversationView::selectedTextParts() const
{
    QList<std::pair<int, QString>> parts;
    if (m_selection.isEmpty() || !model()) {
        return parts;
    }
    for (int row = m_selection.firstRow(); row <= m_selection.lastRow(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (const QString text = m_delegate->selectedTextIn(optionFor(index), index);
            !text.isEmpty()) {
            parts.append({row, text});
        }
    }
    return parts;
}

void ConversationView::clearTextSelection()
{
    m_selection.clear();
    viewport()->update();
}

void ConversationView::selectAll()
{
    if (!model() || model()->rowCount() == 0) {
        return;
    }
    const QModelIndex last = model()->index(model()->rowCount() - 1, 0);
    m_selection.start(model()->index(0, 0), 0);
    m_selection.extendTo(last, m_delegate->textEnd(optionFor(last), last));
    viewport()->update();
    Q_EMIT textSelected();
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

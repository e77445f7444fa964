// ConversationView: the list of a conversation's messages: keeps to the newest message while
// the user is at the bottom, loads older history when they scroll to the top, and keeps
// their place while it arrives. Text is selected with the mouse as in a document: dragged
// across as many messages as the user likes, or a word by double click.
#pragma once

#include "TextSelection.h"

#include <QListView>
#include <QTimer>

namespace Palaver::Im {
class FileDownloads;
class MediaPreviews;
} // namespace Palaver::Im

namespace Palaver::Gui {

class ExplicitFetchProxyModel;
class MessageDelegate;

class ConversationView : public QListView
{
    Q_OBJECT

public:
    explicit ConversationView(QWidget* parent = nullptr);

    // Shows this model (a MessagesModel); older pages are fetched only at the top.
    void setModel(QAbstractItemModel* model) override;
    MessageDelegate& messageDelegate() { return *m_delegate; }
    // Shows shared pictures from these previews and other files with their downloads' state,
    // laid out anew as each changes.
    void setFileSources(Im::MediaPreviews* previews, Im::FileDownloads* downloads);
    bool isAtBottom() const;
    void scrollToNewest();
    void scrollToRow(int row);

    // The style option a row is painted with, for hit tests on it.
    QStyleOptionViewItem optionFor(const QModelIndex& index) const;
    bool hasTextSelection() const { return !m_selection.isEmpty(); }
    // Whether the selected text touches this row.
    bool textSelectionCovers(int row) const;
    // The selected text, each message's part with its row, in reading order.
    QList<std::pair<int, QString>> selectedTextParts() const;
    void clearTextSelection();
    // Selects the text of every loaded message (Ctrl+A).
    void selectAll() override;

Q_SIGNALS:
    // A drag or double click ended with text selected.
    void textSelected();
    // Ctrl+C: what is selected (text, or whole messages) is to be copied.
    void copyRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void rowsInserted(const QModelIndex& parent, int start, int end) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    void onScrolled(int value);
    void fetchOlder();
    // The row and text position nearest to a point of the viewport (above or below the rows
    // too, while a drag goes on past the edge).
    std::pair<QModelIndex, int> textPointAt(const QPoint& point) const;
    void extendSelection(const QPoint& point);
    void autoScroll();

    MessageDelegate* m_delegate;
    ExplicitFetchProxyModel* m_proxy;
    int m_rangeBeforeInsert = -1;
    int m_valueBeforeInsert = 0;
    TextSelection m_selection;
    bool m_selecting = false; // the left button is down and drags a selection
    QPoint m_dragPoint;
    QTimer m_autoScroll;
};

} // namespace Palaver::Gui

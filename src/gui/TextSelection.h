// TextSelection: the text the user selected in a conversation with the mouse: from where the
// drag began to where it is now, each a message row and a position in that message's shown
// text, across as many messages as lie between. Rows are held as persistent indexes, so the
// selection stays on its messages while older history comes in above them.
#pragma once

#include <QPersistentModelIndex>

#include <optional>
#include <utility>

namespace Palaver::Gui {

class TextSelection
{
public:
    void start(const QModelIndex& row, int position);
    void extendTo(const QModelIndex& row, int position);
    void clear();
    bool isEmpty() const;
    bool hasAnchor() const { return m_anchor.row.isValid(); }

    // The selected span of this row's text (end: where its text ends), or nothing.
    std::optional<std::pair<int, int>> spanIn(const QModelIndex& row, int end) const;
    // The rows the selection touches, first to last; -1 when empty.
    int firstRow() const;
    int lastRow() const;

private:
    struct Point
    {
        QPersistentModelIndex row;
        int position = 0;
    };
    // The two ends in reading order.
    std::pair<const Point*, const Point*> ordered() const;

    Point m_anchor;
    Point m_cursor;
};

} // namespace Palaver::Gui

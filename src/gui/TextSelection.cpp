#include "TextSelection.h"

namespace Palaver::Gui {

void TextSelection::start(const QModelIndex& row, int position)
{
    m_anchor = {row, position};
    m_cursor = m_anchor;
}

void TextSelection::extendTo(const QModelIndex& row, int position)
{
    if (hasAnchor()) {
        m_cursor = {row, position};
    }
}

void TextSelection::clear()
{
    m_anchor = {};
    m_cursor = {};
}

bool TextSelection::isEmpty() const
{
    return !m_anchor.row.isValid() || !m_cursor.row.isValid()
        || (m_anchor.row == m_cursor.row && m_anchor.position == m_cursor.position);
}

std::pair<const TextSelection::Point*, const TextSelection::Point*> TextSelection::ordered() const
{
    const bool anchorFirst = m_anchor.row.row() < m_cursor.row.row()
        || (m_anchor.row.row() == m_cursor.row.row() && m_anchor.position <= m_cursor.position);
    return anchorFirst ? std::pair {&m_anchor, &m_cursor} : std::pair {&m_cursor, &m_anchor};
}

std::optional<std::pair<int, int>> TextSelection::spanIn(const QModelIndex& row, int end) const
{
    if (isEmpty()) {
        return std::nullopt;
    }
    const auto [first, last] = ordered();
    const int at = row.row();
    if (at < first->row.row() || at > last->row.row()) {
        return std::nullopt;
    }
    const int from = at == first->row.row() ? qMin(first->position, end) : 0;
    const int to = at == last->row.row() ? qMin(last->position, end) : end;
    if (from >= to) {
        return std::nullopt;
    }
    return std::pair {from, to};
}

int TextSelection::firstRow() const
{
    return isEmpty() ? -1 : ordered().first->row.row();
}

int TextSelection::lastRow() const
{
    return isEmpty() ? -1 : ordered().second->row.row();
}

} // namespace Palaver::Gui

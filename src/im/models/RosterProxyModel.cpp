#include "RosterProxyModel.h"

#include "RosterModel.h"

namespace Palaver::Im {
namespace {
int groupOrder(const QModelIndex& index)
{
    switch (index.data(RosterModel::GroupKindRole).value<RosterModel::GroupKind>()) {
    case RosterModel::GroupKind::Requests:
        return 0;
    case RosterModel::GroupKind::Named:
        return 1;
    case RosterModel::GroupKind::Ungrouped:
        return 2;
    case RosterModel::GroupKind::Account:
        return 3; // sections are only ever compared with one another
    }
    return 1;
}

} // namespace

RosterProxyModel::RosterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    sort(0);
}

void RosterProxyModel::setShowOffline(bool show)
{
    if (m_showOffline != show) {
        m_showOffline = show;
        invalidateFilter();
        Q_EMIT showOfflineChanged(show);
    }
}

void RosterProxyModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (m_filterText != trimmed) {
        m_filterText = trimmed;
        invalidateFilter();
        Q_EMIT filterTextChanged(m_filterText);
    }
}

bool RosterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(RosterModel::GroupKindRole).value<RosterModel::GroupKind>()
        == RosterModel::GroupKind::Account) {
        return true; // every account stays in sight, even with nobody online
    }
    if (index.data(RosterModel::IsGroupRole).toBool()) {
        return false; // shown when a contact in it is (recursive filtering)
    }
    if (!m_filterText.isEmpty()) {
        return index.data(RosterModel::NameRole)
                   .toString()
                   .contains(m_filterText, Qt::CaseInsensitive)
            || index.data(RosterModel::JidRole)
                   .toString()
                   .contains(m_filterText, Qt::CaseInsensitive);
    }
    // Requests and unread messages need the user whether the sender is online or not.
    return m_showOffline || index.data(RosterModel::PresenceShowRole).toInt() >= 0
        || index.data(RosterModel::RequestPendingRole).toBool()
        || index.data(RosterModel::UnreadCountRole).toInt() > 0;
}

bool RosterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Contacts' sort keys already put the most available first, then the name.
    if (left.data(RosterModel::IsGroupRole).toBool()) {
        const int a = groupOrder(left);
        const int b = groupOrder(right);
        if (a != b) {
            return a < b;
        }
    }
    return left.data(RosterModel::SortKeyRole).toString()
        < right.data(RosterModel::SortKeyRole).toString();
}

} // namespace Palaver::Im

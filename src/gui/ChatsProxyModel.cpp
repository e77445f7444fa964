#include "ChatsProxyModel.h"

#include "SettingsKeys.h"
#include "im/models/ConversationsModel.h"

#include <QDateTime>
#include <QSettings>

using namespace Qt::StringLiterals;
using Palaver::Im::ConversationsModel;

namespace Palaver::Gui {
namespace {
const QString PinnedKey = u"chats/pinned"_s;

QString closedKey(const QModelIndex& index)
{
    return SettingsKeys::forConversation(u"chats/closed"_s,
        index.data(ConversationsModel::AccountRole).toString(),
        index.data(ConversationsModel::PeerRole).toString());
}
} // namespace

ChatsProxyModel::ChatsProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void ChatsProxyModel::setSettings(QSettings* settings)
{
    m_settings = settings;
    m_pinned = settings ? settings->value(PinnedKey).toStringList() : QStringList();
    invalidate();
}

void ChatsProxyModel::setNameOf(NameOf nameOf)
{
    m_nameOf = std::move(nameOf);
    invalidate();
}

void ChatsProxyModel::setFilterText(const QString& text)
{
    m_filter = text.trimmed();
    invalidateFilter();
}

QString ChatsProxyModel::keyOf(const QModelIndex& index)
{
    return index.data(ConversationsModel::AccountRole).toString() + u' '
        + index.data(ConversationsModel::PeerRole).toString();
}

bool ChatsProxyModel::isPinned(const QModelIndex& sourceIndex) const
{
    return m_pinned.contains(keyOf(sourceIndex));
}

QString ChatsProxyModel::nameOf(const QModelIndex& sourceIndex) const
{
    const QString account = sourceIndex.data(ConversationsModel::AccountRole).toString();
    const QString peer = sourceIndex.data(ConversationsModel::PeerRole).toString();
    const QString name = m_nameOf
        ? m_nameOf(account, peer, sourceIndex.data(ConversationsModel::IsRoomRole).toBool())
        : QString();
    return name.isEmpty() ? peer : name;
}

QVariant ChatsProxyModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DisplayRole || role == NameRole) {
        return nameOf(mapToSource(index));
    }
    if (role == PinnedRole) {
        return isPinned(mapToSource(index));
    }
    return QSortFilterProxyModel::data(index, role);
}

void ChatsProxyModel::setPinned(const QModelIndex& index, bool pinned)
{
    const QString key = keyOf(index);
    m_pinned.removeAll(key);
    if (pinned) {
        m_pinned.append(key);
    }
    if (m_settings) {
        m_settings->setValue(PinnedKey, m_pinned);
    }
    invalidate();
}

void ChatsProxyModel::closeChat(const QModelIndex& index)
{
    if (!m_settings) {
        return;
    }
    const QDateTime last = index.data(ConversationsModel::LastActivityRole).toDateTime();
    m_settings->setValue(closedKey(index), last.toMSecsSinceEpoch());
    m_pinned.removeAll(keyOf(index));
    m_settings->setValue(PinnedKey, m_pinned);
    invalidate();
}

bool ChatsProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_settings) {
        const QVariant closedAt = m_settings->value(closedKey(index));
        const QDateTime last = index.data(ConversationsModel::LastActivityRole).toDateTime();
        if (closedAt.isValid() && last.toMSecsSinceEpoch() <= closedAt.toLongLong()) {
            return false;
        }
    }
    if (m_filter.isEmpty()) {
        return true;
    }
    return nameOf(index).contains(m_filter, Qt::CaseInsensitive)
        || index.data(ConversationsModel::PeerRole)
               .toString()
               .contains(m_filter, Qt::CaseInsensitive)
        || index.data(ConversationsModel::LastBodyRole)
               .toString()
               .contains(m_filter, Qt::CaseInsensitive);
}

bool ChatsProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftPinned = isPinned(left);
    if (leftPinned != isPinned(right)) {
        return leftPinned;
    }
    return left.data(ConversationsModel::LastActivityRole).toDateTime()
        > right.data(ConversationsModel::LastActivityRole).toDateTime();
}

} // namespace Palaver::Gui

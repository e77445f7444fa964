#include "ConversationsModel.h"

#include "../services/MessageService.h"

namespace Palaver::Im {

ConversationsModel::ConversationsModel(MessageStore& store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{ }

void ConversationsModel::addAccount(const QString& account, MessageService& service)
{
    connect(&service, &MessageService::messagesStored, this, &ConversationsModel::onStored);
    connect(&service, &MessageService::readElsewhere, this,
        [this, account](const QString& peer) { markRead(account, peer); });
    m_store.conversations(
        account, this, [this](const QList<ConversationRecord>& records) { merge(records); });
}

int ConversationsModel::rowOf(const QString& account, const QString& peer) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].peer == peer && m_rows[row].account == account) {
            return row;
        }
    }
    return -1;
}

void ConversationsModel::merge(const QList<ConversationRecord>& records)
{
    for (const ConversationRecord& record : records) {
        if (rowOf(record.account, record.peer) >= 0) {
            continue; // live updates were quicker than the load
        }
        // Keep the list ordered by activity.
        int position = 0;
        while (position < m_rows.size() && m_rows[position].lastActivity >= record.lastActivity) {
            ++position;
        }
        beginInsertRows({}, position, position);
        m_rows.insert(position, record);
        endInsertRows();
        if (record.unread > 0) {
            Q_EMIT unreadCountChanged(record.account, record.peer, record.unread);
        }
    }
}

void ConversationsModel::onStored(const QList<MessageStore::Stored>& stored)
{
    for (const MessageStore::Stored& item : stored) {
        const MessageRecord& message = item.record;
        int row = rowOf(message.account, message.peer);
        if (row < 0) {
            ConversationRecord record;
            record.id = message.conversationId;
            record.account = message.account;
            record.peer = message.peer;
            record.kind = message.kind;
            beginInsertRows({}, 0, 0);
            m_rows.prepend(record);
            endInsertRows();
            row = 0;
        }
        ConversationRecord& record = m_rows[row];
        if (message.timestamp >= record.lastActivity) {
            record.lastActivity = message.timestamp;
            record.lastBody = message.body;
            record.lastOutgoing = message.outgoing;
        }
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, {LastActivityRole, LastBodyRole, LastOutgoingRole});
        const bool active = message.account == m_activeAccount && message.peer == m_activePeer;
        if (!message.outgoing && message.countsAsUnread) {
            if (active) {
                m_store.markRead(record.id);
            } else {
                setUnread(row, record.unread + 1);
            }
        }
        moveToTop(row);
    }
}

void ConversationsModel::moveToTop(int row)
{
    int target = 0;
    while (target < row && m_rows[target].lastActivity >= m_rows[row].lastActivity) {
        ++target;
    }
    if (target < row) {
        beginMoveRows({}, row, row, {}, target);
        m_rows.move(row, target);
        endMoveRows();
    }
}

void ConversationsModel::setUnread(int row, int count)
{
    ConversationRecord& record = m_rows[row];
    if (record.unread == count) {
        return;
    }
    record.unread = count;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {UnreadCountRole});
    Q_EMIT unreadCountChanged(record.account, record.peer, count);
}

void ConversationsModel::setActiveConversation(const QString& account, const QString& peer)
{
    m_activeAccount = account;
    m_activePeer = peer;
    if (!peer.isEmpty()) {
        markRead(account, peer);
    }
}

void ConversationsModel::deleteHistory(const QString& account, const QString& peer)
{
    const int row = rowOf(account, peer);
    if (row < 0) {
        return;
    }
    const qint64 id = m_rows[row].id;
    m_store.deleteConversation(id, this, [this, account, peer, id](const bool& deleted) {
        const int now = rowOf(account, peer);
        if (!deleted || now < 0 || m_rows[now].id != id) {
            return;
        }
        const bool hadUnread = m_rows[now].unread > 0;
        beginRemoveRows({}, now, now);
        m_rows.removeAt(now);
        endRemoveRows();
        if (hadUnread) {
            Q_EMIT unreadCountChanged(account, peer, 0);
        }
        Q_EMIT historyDeleted(account, peer);
    });
}

void ConversationsModel::markRead(const QString& account, const QString& peer)
{
    const int row = rowOf(account, peer);
    if (row >= 0) {
        m_store.markRead(m_rows[row].id);
        setUnread(row, 0);
    }
}

int ConversationsModel::unreadCount(const QString& account, const QString& peer) const
{
    const int row = rowOf(account, peer);
    return row >= 0 ? m_rows[row].unread : 0;
}

int ConversationsModel::totalUnread() const
{
    int total = 0;
    for (const ConversationRecord& record : m_rows) {
        total += record.unread;
    }
    return total;
}

int ConversationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ConversationRecord& record = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case PeerRole:
        return record.peer;
    case ConversationIdRole:
        return record.id;
    case AccountRole:
        return record.account;
    case LastActivityRole:
        return record.lastActivity.toLocalTime();
    case UnreadCountRole:
        return record.unread;
    case LastBodyRole:
        return record.lastBody;
    case LastOutgoingRole:
        return record.lastOutgoing;
    case IsRoomRole:
        return record.kind == ConversationKind::Room;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ConversationIdRole, "conversationId"}, {AccountRole, "account"},
        {PeerRole, "peer"}, {LastActivityRole, "lastActivity"}, {UnreadCountRole, "unreadCount"},
        {LastBodyRole, "lastBody"}, {LastOutgoingRole, "lastOutgoing"}, {IsRoomRole, "isRoom"}});
    return names;
}

} // namespace Palaver::Im

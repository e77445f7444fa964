#include "RoomListModel.h"

#include "ConversationsModel.h"
#include "im/Account.h"
#include "im/services/BookmarkService.h"
#include "im/services/RoomService.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"

#include <algorithm>

using namespace Palaver::Xmpp;

namespace Palaver::Im {

RoomListModel::RoomListModel(ConversationsModel& conversations, QObject* parent)
    : QAbstractListModel(parent)
    , m_conversations(conversations)
{
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &RoomListModel::rebuild);
    connect(&conversations, &ConversationsModel::unreadCountChanged, this,
        &RoomListModel::scheduleRebuild);
}

void RoomListModel::addAccount(Account& account)
{
    m_accounts.append(&account);
    connect(&account.bookmarks(), &BookmarkService::bookmarksChanged, this,
        &RoomListModel::scheduleRebuild);
    connect(&account.rooms(), &RoomService::roomClosed, this, &RoomListModel::scheduleRebuild);
    connect(&account.rooms(), &RoomService::roomOpened, this, [this](MucRoom* room) {
        connect(room, &MucRoom::joined, this, &RoomListModel::scheduleRebuild);
        connect(room, &MucRoom::exited, this, &RoomListModel::scheduleRebuild);
        connect(room, &MucRoom::joinFailed, this, &RoomListModel::scheduleRebuild);
        scheduleRebuild();
    });
    connect(&account, &Account::aboutToBeDestroyed, this,
        [this, jid = account.jid()] { removeAccount(jid); });
    scheduleRebuild();
}

void RoomListModel::removeAccount(const QString& jid)
{
    m_accounts.removeIf([&](Account* account) { return account->jid() == jid; });
    rebuild(); // at once: the account is going away
}

void RoomListModel::scheduleRebuild()
{
    if (!m_rebuild.isActive()) {
        m_rebuild.start();
    }
}

void RoomListModel::rebuild()
{
    QList<Row> rows;
    for (Account* account : std::as_const(m_accounts)) {
        const QString accountJid = account->jid();
        const auto add = [&](const Jid& room, const QString& name, bool bookmarked) {
            const QString jid = room.toString();
            auto it = std::find_if(rows.begin(), rows.end(),
                [&](const Row& row) { return row.account == accountJid && row.jid == jid; });
            if (it == rows.end()) {
                rows.append({accountJid, jid, room.local(), false, false, 0});
                it = rows.end() - 1;
            }
            if (!name.trimmed().isEmpty()) {
                it->name = name.trimmed();
            }
            it->bookmarked = it->bookmarked || bookmarked;
            const MucRoom* open = account->rooms().room(room);
            it->joined = open && open->state() == MucRoom::State::Joined;
            it->unread = m_conversations.unreadCount(accountJid, jid);
        };
        for (const RoomBookmark& bookmark : account->bookmarks().bookmarks()) {
            add(bookmark.room, bookmark.name, true);
        }
        for (const MucRoom* room : account->rooms().rooms()) {
            add(room->jid(), {}, false);
        }
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : (a.jid != b.jid ? a.jid < b.jid : a.account < b.account);
    });
    if (rows == m_rows) {
        return;
    }
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(),
            [](const Row& a, const Row& b) { return a.account == b.account && a.jid == b.jid; });
    if (sameRows) {
        m_rows = rows;
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RoomListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RoomListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.name;
    case Qt::ToolTipRole:
    case JidRole:
        return row.jid;
    case AccountRole:
        return row.account;
    case JoinedRole:
        return row.joined;
    case UnreadRole:
        return row.unread;
    case BookmarkedRole:
        return row.bookmarked;
    default:
        return {};
    }
}

QHash<int, QByteArray> RoomListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{JidRole, "jid"}, {AccountRole, "account"}, {JoinedRole, "joined"},
        {UnreadRole, "unread"}, {BookmarkedRole, "bookmarked"}});
    return names;
}

} // namespace Palaver::Im

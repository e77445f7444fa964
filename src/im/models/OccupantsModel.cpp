#include "OccupantsModel.h"

#include <algorithm>

using namespace Palaver::Xmpp;

namespace Palaver::Im {

namespace {
// Internal ids: 0 for a group row, group number + 1 for an occupant row.
constexpr quintptr GroupId = 0;

bool nickLess(const QString& a, const QString& b)
{
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}
} // namespace

OccupantsModel::OccupantsModel(MucRoom& room, QObject* parent)
    : QAbstractItemModel(parent)
    , m_room(room)
    , m_groups {Group {MucRole::Moderator, {}}, Group {MucRole::Participant, {}},
          Group {MucRole::Visitor, {}}}
{
    // While joining, the room lists everyone before us: shown at once when we are in.
    connect(&room, &MucRoom::joined, this, &OccupantsModel::reload);
    connect(&room, &MucRoom::exited, this, &OccupantsModel::reload);
    connect(&room, &MucRoom::occupantJoined, this, [this](const QString& nick) {
        if (isLive()) {
            insert(nick);
        }
    });
    connect(&room, &MucRoom::occupantChanged, this, [this](const QString& nick) {
        if (isLive()) {
            update(nick);
        }
    });
    connect(&room, &MucRoom::occupantLeft, this, &OccupantsModel::remove);
    connect(&room, &MucRoom::occupantRenamed, this,
        [this](const QString& oldNick, const QString&) { remove(oldNick); });
    reload();
}

void OccupantsModel::reload()
{
    beginResetModel();
    for (Group& group : m_groups) {
        group.nicks.clear();
    }
    if (isLive()) {
        for (const MucOccupant& occupant : m_room.occupants()) {
            const int group = groupOf(occupant.role);
            if (group >= 0) {
                m_groups[group].nicks.append(occupant.nick);
            }
        }
        for (Group& group : m_groups) {
            std::sort(group.nicks.begin(), group.nicks.end(), nickLess);
        }
    }
    endResetModel();
}

int OccupantsModel::groupOf(MucRole role) const
{
    for (int i = 0; i < int(m_groups.size()); ++i) {
        if (m_groups[i].role == role) {
            return i;
        }
    }
    return -1; // role none: not in the room
}

std::pair<int, int> OccupantsModel::find(const QString& nick) const
{
    for (int group = 0; group < int(m_groups.size()); ++group) {
        const QStringList& nicks = m_groups[group].nicks;
        const auto it = std::lower_bound(nicks.begin(), nicks.end(), nick, nickLess);
        if (it != nicks.end() && *it == nick) {
            return {group, int(it - nicks.begin())};
        }
    }
    return {-1, -1};
}

void OccupantsModel::insert(const QString& nick)
{
    if (find(nick).first >= 0) {
        update(nick);
        return;
    }
    const int group = groupOf(m_room.occupants().value(nick).role);
    if (group < 0) {
        return;
    }
    QStringList& nicks = m_groups[group].nicks;
    const int row
        = int(std::lower_bound(nicks.begin(), nicks.end(), nick, nickLess) - nicks.begin());
    beginInsertRows(index(group, 0), row, row);
    nicks.insert(row, nick);
    endInsertRows();
    const QModelIndex groupRow = index(group, 0);
    Q_EMIT dataChanged(groupRow, groupRow, {CountRole, Qt::DisplayRole});
}

void OccupantsModel::remove(const QString& nick)
{
    const auto [group, row] = find(nick);
    if (group < 0) {
        return;
    }
    beginRemoveRows(index(group, 0), row, row);
    m_groups[group].nicks.removeAt(row);
    endRemoveRows();
    const QModelIndex groupRow = index(group, 0);
    Q_EMIT dataChanged(groupRow, groupRow, {CountRole, Qt::DisplayRole});
}

void OccupantsModel::update(const QString& nick)
{
    const auto [group, row] = find(nick);
    const int wanted = groupOf(m_room.occupants().value(nick).role);
    if (group < 0 || group != wanted) {
        remove(nick); // a new role: the occupant moves to its group
        if (wanted >= 0 && m_room.occupants().contains(nick)) {
            insert(nick);
        }
        return;
    }
    const QModelIndex changed = index(row, 0, index(group, 0));
    Q_EMIT dataChanged(changed, changed);
}

QModelIndex OccupantsModel::indexOfNick(const QString& nick) const
{
    const auto [group, row] = find(nick);
    return group < 0 ? QModelIndex() : index(row, 0, index(group, 0));
}

QModelIndex OccupantsModel::groupIndex(MucRole role) const
{
    const int group = groupOf(role);
    return group < 0 ? QModelIndex() : index(group, 0);
}

QModelIndex OccupantsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < int(m_groups.size()) ? createIndex(row, 0, GroupId) : QModelIndex();
    }
    if (parent.internalId() != GroupId || parent.row() >= int(m_groups.size())) {
        return {};
    }
    return row < m_groups[parent.row()].nicks.size()
        ? createIndex(row, 0, quintptr(parent.row() + 1))
        : QModelIndex();
}

QModelIndex OccupantsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupId) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int OccupantsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_groups.size());
    }
    if (parent.internalId() != GroupId || parent.column() != 0) {
        return 0;
    }
    return int(m_groups[parent.row()].nicks.size());
}

int OccupantsModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant OccupantsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == GroupId) {
        const Group& group = m_groups[index.row()];
        switch (role) {
        case RoleRole:
            return int(group.role);
        case IsGroupRole:
            return true;
        case CountRole:
            return int(group.nicks.size());
        default:
            return {};
        }
    }
    const QString& nick = m_groups[index.internalId() - 1].nicks.at(index.row());
    const MucOccupant occupant = m_room.occupants().value(nick);
    switch (role) {
    case Qt::DisplayRole:
    case NickRole:
        return nick;
    case RoleRole:
        return int(occupant.role);
    case AffiliationRole:
        return int(occupant.affiliation);
    case ShowRole:
        return int(occupant.show);
    case StatusRole:
        return occupant.status;
    case RealJidRole:
        return occupant.realJid.isValid() ? occupant.realJid.toString() : QString();
    case IsGroupRole:
        return false;
    case IsSelfRole:
        return nick == m_room.nick();
    default:
        return {};
    }
}

QHash<int, QByteArray> OccupantsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{NickRole, "nick"}, {RoleRole, "role"}, {AffiliationRole, "affiliation"},
        {ShowRole, "show"}, {StatusRole, "status"}, {RealJidRole, "realJid"},
        {IsGroupRole, "isGroup"}, {IsSelfRole, "isSelf"}, {CountRole, "count"}});
    return names;
}

} // namespace Palaver::Im

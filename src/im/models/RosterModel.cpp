#include "RosterModel.h"

#include "../Account.h"
#include "../services/PresenceService.h"
#include "../services/RosterService.h"

using namespace Palaver::Xmpp;

namespace Palaver::Im {

struct RosterModel::Group
{
    QString name;
    GroupKind kind = GroupKind::Named;
    QList<Jid> members;
    QHash<Jid, int> rowOf;
    int row = 0;
    int online = 0;
};

RosterModel::RosterModel(Account& account, QObject* parent)
    : QAbstractItemModel(parent)
    , m_account(account)
{
    RosterService& roster = account.roster();
    connect(&roster, &RosterService::rosterReset, this, &RosterModel::rebuild);
    connect(&roster, &RosterService::itemChanged, this, &RosterModel::updateContact);
    connect(&roster, &RosterService::itemRemoved, this, &RosterModel::removeContact);
    connect(&roster, &RosterService::requestsChanged, this, &RosterModel::updateRequests);
    connect(&account.presence(), &PresenceService::presencesChanged, this,
        &RosterModel::presencesChanged);
    rebuild();
}

RosterModel::~RosterModel()
{
    qDeleteAll(m_groups);
}

RosterModel::Contact RosterModel::contactFor(const Jid& jid) const
{
    Contact contact;
    const std::optional<RosterItem> item = m_account.roster().item(jid);
    if (item) {
        contact.name = item->name;
        contact.subscription = int(item->subscription);
        contact.askPending = item->askSubscribe;
    }
    if (contact.name.isEmpty()) {
        contact.name = jid.local().isEmpty() ? jid.toString() : jid.local();
    }
    for (const SubscriptionRequest& request : m_account.roster().requests()) {
        if (request.jid == jid) {
            contact.requestPending = true;
            contact.requestMessage = request.message;
        }
    }
    contact.sortKey = contact.name.toCaseFolded();
    contact.unread = m_unread.value(jid);
    contact.avatarPath = m_avatars.value(jid);
    return contact;
}

QList<QPair<QString, RosterModel::GroupKind>> RosterModel::groupsFor(const Jid& jid) const
{
    QList<QPair<QString, GroupKind>> groups;
    for (const SubscriptionRequest& request : m_account.roster().requests()) {
        if (request.jid == jid) {
            groups.append({QString(), GroupKind::Requests});
        }
    }
    if (const std::optional<RosterItem> item = m_account.roster().item(jid)) {
        for (const QString& group : item->groups) {
            groups.append({group, GroupKind::Named});
        }
        if (item->groups.isEmpty()) {
            groups.append({QString(), GroupKind::Ungrouped});
        }
    }
    return groups;
}

void RosterModel::rebuild()
{
    beginResetModel();
    qDeleteAll(m_groups);
    m_groups.clear();
    m_contacts.clear();
    QList<Jid> everyone = m_account.roster().items().keys();
    for (const SubscriptionRequest& request : m_account.roster().requests()) {
        if (!m_account.roster().items().contains(request.jid)) {
            everyone.append(request.jid);
        }
    }
    for (const Jid& jid : std::as_const(everyone)) {
        m_contacts.insert(jid, contactFor(jid));
        for (const auto& [name, kind] : groupsFor(jid)) {
            Group* group = m_groups.value(groupRow(name, kind, true));
            group->rowOf.insert(jid, int(group->members.size()));
            group->members.append(jid);
        }
    }
    for (Group* group : std::as_const(m_groups)) {
        countOnline(*group);
    }
    endResetModel();
}

int RosterModel::groupRow(const QString& name, GroupKind kind, bool create)
{
    for (const Group* group : std::as_const(m_groups)) {
        if (group->kind == kind && group->name == name) {
            return group->row;
        }
    }
    if (!create) {
        return -1;
    }
    auto* group = new Group;
    group->name = name;
    group->kind = kind;
    group->row = int(m_groups.size());
    m_groups.append(group);
    return group->row;
}

void RosterModel::insertIntoGroup(int row, const Jid& jid)
{
    Group* group = m_groups[row];
    if (group->rowOf.contains(jid)) {
        return;
    }
    const int position = int(group->members.size());
    beginInsertRows(index(row, 0), position, position);
    group->rowOf.insert(jid, position);
    group->members.append(jid);
    endInsertRows();
}

void RosterModel::removeFromGroup(int row, const Jid& jid)
{
    Group* group = m_groups[row];
    const auto it = group->rowOf.constFind(jid);
    if (it == group->rowOf.cend()) {
        return;
    }
    if (group->members.size() == 1) {
        // The last member leaves: the group goes with it.
        beginRemoveRows({}, row, row);
        delete m_groups.takeAt(row);
        for (int i = row; i < m_groups.size(); ++i) {
            m_groups[i]->row = i;
        }
        endRemoveRows();
        return;
    }
    const int position = *it;
    beginRemoveRows(index(row, 0), position, position);
    group->members.removeAt(position);
    group->rowOf.remove(jid);
    for (int i = position; i < group->members.size(); ++i) {
        group->rowOf[group->members[i]] = i;
    }
    endRemoveRows();
}

void RosterModel::updateContact(const Jid& jid)
{
    m_contacts.insert(jid, contactFor(jid));
    const QList<QPair<QString, GroupKind>> wanted = groupsFor(jid);
    // Leave groups it is no longer in (from the end: rows shift as groups disappear).
    for (int row = int(m_groups.size()) - 1; row >= 0; --row) {
        const Group* group = m_groups[row];
        if (group->rowOf.contains(jid) && !wanted.contains(qMakePair(group->name, group->kind))) {
            removeFromGroup(row, jid);
        }
    }
    for (const auto& [name, kind] : wanted) {
        int row = groupRow(name, kind, false);
        if (row < 0) {
            row = int(m_groups.size());
            beginInsertRows({}, row, row);
            groupRow(name, kind, true);
            endInsertRows();
        }
        insertIntoGroup(row, jid);
    }
    contactChanged(jid, {});
}

void RosterModel::removeContact(const Jid& jid)
{
    for (int row = int(m_groups.size()) - 1; row >= 0; --row) {
        if (m_groups[row]->rowOf.contains(jid)) {
            removeFromGroup(row, jid);
        }
    }
    m_contacts.remove(jid);
    // Someone removed can still be asking to see our presence.
    if (!groupsFor(jid).isEmpty()) {
        updateContact(jid);
    }
}

void RosterModel::updateRequests()
{
    QSet<Jid> affected;
    for (const SubscriptionRequest& request : m_account.roster().requests()) {
        affected.insert(request.jid);
    }
    const int requestsRow = groupRow({}, GroupKind::Requests, false);
    if (requestsRow >= 0) {
        for (const Jid& jid : std::as_const(m_groups[requestsRow]->members)) {
            affected.insert(jid);
        }
    }
    for (const Jid& jid : std::as_const(affected)) {
        if (groupsFor(jid).isEmpty()) {
            removeContact(jid);
        } else {
            updateContact(jid);
        }
    }
}

void RosterModel::presencesChanged(const QList<Jid>& contacts)
{
    contactChangedBatch(contacts, {PresenceShowRole, StatusTextRole, Qt::DecorationRole});
}

void RosterModel::contactChanged(const Jid& jid, const QList<int>& roles)
{
    contactChangedBatch({jid}, roles);
}

void RosterModel::contactChangedBatch(const QList<Jid>& contacts, const QList<int>& roles)
{
    // One dataChanged per group, over the rows that changed in it.
    for (Group* group : std::as_const(m_groups)) {
        int first = std::numeric_limits<int>::max();
        int last = -1;
        for (const Jid& jid : contacts) {
            const auto it = group->rowOf.constFind(jid);
            if (it != group->rowOf.cend()) {
                first = std::min(first, *it);
                last = std::max(last, *it);
            }
        }
        if (last < 0) {
            continue;
        }
        const QModelIndex groupIndex = index(group->row, 0);
        Q_EMIT dataChanged(index(first, 0, groupIndex), index(last, 0, groupIndex), roles);
        // The group's own counts change with its members, and telling so makes a filtering
        // proxy look at the group again (a hidden group may now have someone to show).
        countOnline(*group);
        Q_EMIT dataChanged(groupIndex, groupIndex, {OnlineCountRole, ContactCountRole});
    }
}

void RosterModel::countOnline(Group& group) const
{
    group.online = int(std::count_if(group.members.cbegin(), group.members.cend(),
        [this](const Jid& jid) { return m_account.presence().isAvailable(jid); }));
}

void RosterModel::setUnreadCount(const Jid& contact, int count)
{
    const Jid bare = contact.bare();
    if (m_unread.value(bare) == count) {
        return;
    }
    m_unread.insert(bare, count);
    if (auto it = m_contacts.find(bare); it != m_contacts.end()) {
        it->unread = count;
        contactChanged(bare, {UnreadCountRole});
    }
}

void RosterModel::setAvatarPath(const Jid& contact, const QString& path)
{
    const Jid bare = contact.bare();
    m_avatars.insert(bare, path);
    if (auto it = m_contacts.find(bare); it != m_contacts.end()) {
        it->avatarPath = path;
        contactChanged(bare, {AvatarPathRole, Qt::DecorationRole});
    }
}

QModelIndex RosterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_groups.size() ? createIndex(row, 0, nullptr) : QModelIndex();
    }
    if (parent.internalPointer() || parent.row() >= m_groups.size()) {
        return {}; // contacts have no children
    }
    Group* group = m_groups[parent.row()];
    return row < group->members.size() ? createIndex(row, 0, group) : QModelIndex();
}

QModelIndex RosterModel::parent(const QModelIndex& child) const
{
    const auto* group = static_cast<const Group*>(child.internalPointer());
    return group ? createIndex(group->row, 0, nullptr) : QModelIndex();
}

int RosterModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_groups.size());
    }
    if (parent.internalPointer() || parent.column() != 0) {
        return 0;
    }
    return int(m_groups[parent.row()]->members.size());
}

int RosterModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const auto* group = static_cast<const Group*>(index.internalPointer());
    if (!group) {
        const Group* self = m_groups[index.row()];
        switch (role) {
        case Qt::DisplayRole:
        case NameRole:
            return self->name;
        case IsGroupRole:
            return true;
        case GroupKindRole:
            return QVariant::fromValue(self->kind);
        case SortKeyRole:
            return self->name.toCaseFolded();
        case AccountRole:
            return m_account.jid();
        case OnlineCountRole:
            return self->online;
        case ContactCountRole:
            return int(self->members.size());
        default:
            return {};
        }
    }
    const Jid& jid = group->members[index.row()];
    static const Contact unknown;
    const auto found = m_contacts.constFind(jid);
    const Contact& contact = found == m_contacts.cend() ? unknown : *found;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return contact.name;
    case JidRole:
        return jid.toString();
    case IsGroupRole:
        return false;
    case GroupKindRole:
        return QVariant::fromValue(group->kind);
    case PresenceShowRole: {
        const ContactPresence best = m_account.presence().best(jid);
        return best.available ? int(best.show) : -1;
    }
    case StatusTextRole:
        return m_account.presence().best(jid).status;
    case SubscriptionRole:
        return contact.subscription;
    case AskPendingRole:
        return contact.askPending;
    case RequestPendingRole:
        return contact.requestPending;
    case RequestMessageRole:
        return contact.requestMessage;
    case UnreadCountRole:
        return contact.unread;
    case AvatarPathRole:
        return contact.avatarPath;
    case AccountRole:
        return m_account.jid();
    case SortKeyRole:
        return contact.sortKey;
    default:
        return {};
    }
}

QHash<int, QByteArray> RosterModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{JidRole, "jid"}, {NameRole, "name"}, {IsGroupRole, "isGroup"},
        {GroupKindRole, "groupKind"}, {PresenceShowRole, "presenceShow"},
        {StatusTextRole, "statusText"}, {SubscriptionRole, "subscription"},
        {AskPendingRole, "askPending"}, {RequestPendingRole, "requestPending"},
        {RequestMessageRole, "requestMessage"}, {UnreadCountRole, "unreadCount"},
        {AvatarPathRole, "avatarPath"}, {AccountRole, "account"}, {SortKeyRole, "sortKey"},
        {OnlineCountRole, "onlineCount"}, {ContactCountRole, "contactCount"}});
    return names;
}

} // namespace Palaver::Im

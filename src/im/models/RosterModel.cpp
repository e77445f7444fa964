#include "RosterModel.h"

#include "../Account.h"
#include "../services/PresenceService.h"
#include "../services/RosterService.h"
#include "../storage/AvatarStore.h"
#include "xmpp/modules/avatars/AvatarModule.h"

using namespace Palaver::Xmpp;

namespace Palaver::Im {

struct RosterModel::Group
{
    QString name;
    GroupKind kind = GroupKind::Named;
    QList<int> members; // contact indices, in row order
    QHash<int, int> rowOf; // contact index -> row
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
    connect(&account.avatars(), &AvatarModule::avatarChanged, this,
        [this](const Jid& contact, const QString& hash) {
            setAvatarPath(contact, m_account.avatarStore().path(hash));
        });
    rebuild();
}

RosterModel::~RosterModel()
{
    qDeleteAll(m_groups);
}

void RosterModel::refreshDetails(Contact& contact) const
{
    const std::optional<RosterItem> item = m_account.roster().item(contact.jid);
    contact.name = item ? item->name : QString();
    contact.subscription = item ? int(item->subscription) : 0;
    contact.askPending = item && item->askSubscribe;
    if (contact.name.isEmpty()) {
        contact.name = contact.jid.local().isEmpty() ? contact.jid.toString() : contact.jid.local();
    }
    // A subscription request is answered first: approving it makes a contact of them.
    const SubscriptionRequest* request = m_account.roster().request(contact.jid);
    const MessageRequest* messages = m_account.roster().messageRequest(contact.jid);
    contact.requestPending = request || messages;
    contact.requestKind = request || !messages ? RequestKind::Subscription : RequestKind::Messages;
    contact.requestMessage
        = request ? request->message : (messages ? messages->preview : QString());
    contact.unread = m_unread.value(contact.jid);
    contact.avatarPath = m_avatars.value(contact.jid);
    refreshPresence(contact);
}

void RosterModel::refreshPresence(Contact& contact) const
{
    const ContactPresence& best = m_account.presence().best(contact.jid);
    contact.show = best.available ? int(best.show) : -1;
    contact.status = best.status;
    // One string orders by availability, then by name: cheap for the proxy to compare.
    const int rank = best.available ? ContactPresence::availabilityRank(best.show) : 0;
    contact.sortKey = QChar(u'9' - rank) + contact.name.toCaseFolded();
}

int RosterModel::contactIndex(const Jid& jid, bool create)
{
    if (const auto it = m_indexOf.constFind(jid); it != m_indexOf.cend()) {
        return *it;
    }
    if (!create) {
        return -1;
    }
    Contact contact;
    contact.jid = jid;
    refreshDetails(contact);
    int index = 0;
    if (!m_freeSlots.isEmpty()) {
        index = m_freeSlots.takeLast();
        m_contacts[index] = contact;
    } else {
        index = int(m_contacts.size());
        m_contacts.append(contact);
    }
    m_indexOf.insert(jid, index);
    return index;
}

QList<QPair<QString, RosterModel::GroupKind>> RosterModel::groupsFor(const Jid& jid) const
{
    QList<QPair<QString, GroupKind>> groups;
    if (m_account.roster().request(jid) || m_account.roster().messageRequest(jid)) {
        groups.append({QString(), GroupKind::Requests});
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
    m_freeSlots.clear();
    m_indexOf.clear();
    const auto& items = m_account.roster().items();
    m_contacts.reserve(items.size());
    m_indexOf.reserve(items.size());
    // Those asking first, in the order they came, so the requests group keeps that order.
    QList<Jid> everyone = m_account.roster().requestOrder();
    for (const Jid& jid : m_account.roster().messageRequestOrder()) {
        if (!m_account.roster().request(jid)) {
            everyone.append(jid);
        }
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (!m_account.roster().request(it.key()) && !m_account.roster().messageRequest(it.key())) {
            everyone.append(it.key());
        }
    }
    for (const Jid& jid : std::as_const(everyone)) {
        const int contact = contactIndex(jid, true);
        for (const auto& [name, kind] : groupsFor(jid)) {
            Group* group = m_groups.value(groupRow(name, kind, true));
            group->rowOf.insert(contact, int(group->members.size()));
            group->members.append(contact);
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

void RosterModel::insertIntoGroup(int row, int contact)
{
    Group* group = m_groups[row];
    if (group->rowOf.contains(contact)) {
        return;
    }
    const int position = int(group->members.size());
    beginInsertRows(index(row, 0), position, position);
    group->rowOf.insert(contact, position);
    group->members.append(contact);
    endInsertRows();
}

void RosterModel::removeFromGroup(int row, int contact)
{
    Group* group = m_groups[row];
    const auto it = group->rowOf.constFind(contact);
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
    group->rowOf.remove(contact);
    for (int i = position; i < group->members.size(); ++i) {
        group->rowOf[group->members[i]] = i;
    }
    endRemoveRows();
}

void RosterModel::updateContact(const Jid& jid)
{
    const int contact = contactIndex(jid, true);
    refreshDetails(m_contacts[contact]);
    const QList<QPair<QString, GroupKind>> wanted = groupsFor(jid);
    // Leave groups it is no longer in (from the end: rows shift as groups disappear).
    for (int row = int(m_groups.size()) - 1; row >= 0; --row) {
        const Group* group = m_groups[row];
        if (group->rowOf.contains(contact)
            && !wanted.contains(qMakePair(group->name, group->kind))) {
            removeFromGroup(row, contact);
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
        insertIntoGroup(row, contact);
    }
    contactsChanged({contact}, {});
}

void RosterModel::removeContact(const Jid& jid)
{
    const int contact = contactIndex(jid, false);
    if (contact < 0) {
        return;
    }
    for (int row = int(m_groups.size()) - 1; row >= 0; --row) {
        if (m_groups[row]->rowOf.contains(contact)) {
            removeFromGroup(row, contact);
        }
    }
    m_indexOf.remove(jid);
    m_contacts[contact] = Contact();
    m_freeSlots.append(contact);
    // Someone removed can still be asking to see our presence.
    if (!groupsFor(jid).isEmpty()) {
        updateContact(jid);
    }
}

// A batch of requests that came or went: newcomers join the requests group in one insertion
// (one per batch, however many strangers asked at once); the rest move one by one.
void RosterModel::updateRequests(const QList<Jid>& jids)
{
    QList<int> joining;
    int requestsRow = groupRow({}, GroupKind::Requests, false);
    for (const Jid& jid : jids) {
        const bool asking
            = m_account.roster().request(jid) || m_account.roster().messageRequest(jid);
        const int contact = contactIndex(jid, false);
        const bool listed
            = contact >= 0 && requestsRow >= 0 && m_groups[requestsRow]->rowOf.contains(contact);
        if (asking && !listed) {
            const int added = contactIndex(jid, true);
            refreshDetails(m_contacts[added]);
            joining.append(added);
        } else if (!asking && listed) {
            if (groupsFor(jid).isEmpty()) {
                removeContact(jid);
            } else {
                updateContact(jid);
            }
            requestsRow = groupRow({}, GroupKind::Requests, false);
        } else if (asking) {
            // Still asking, maybe for something else now (the subscription was answered).
            refreshDetails(m_contacts[contact]);
            contactsChanged({contact}, {RequestPendingRole, RequestMessageRole, RequestKindRole});
        }
    }
    if (joining.isEmpty()) {
        return;
    }
    if (requestsRow < 0) {
        requestsRow = int(m_groups.size());
        beginInsertRows({}, requestsRow, requestsRow);
        groupRow({}, GroupKind::Requests, true);
        endInsertRows();
    }
    Group* group = m_groups[requestsRow];
    const int first = int(group->members.size());
    beginInsertRows(index(requestsRow, 0), first, first + int(joining.size()) - 1);
    for (int contact : std::as_const(joining)) {
        group->rowOf.insert(contact, int(group->members.size()));
        group->members.append(contact);
    }
    endInsertRows();
    contactsChanged(joining, {RequestPendingRole, RequestMessageRole, RequestKindRole});
}

void RosterModel::presencesChanged(const QList<Jid>& jids)
{
    QList<int> changed;
    changed.reserve(jids.size());
    for (const Jid& jid : jids) {
        const int contact = contactIndex(jid, false);
        if (contact >= 0) {
            refreshPresence(m_contacts[contact]);
            changed.append(contact);
        }
    }
    contactsChanged(changed, {PresenceShowRole, StatusTextRole, SortKeyRole, Qt::DecorationRole});
}

void RosterModel::contactsChanged(const QList<int>& contacts, const QList<int>& roles)
{
    // One dataChanged per group, over the rows that changed in it.
    for (Group* group : std::as_const(m_groups)) {
        int first = std::numeric_limits<int>::max();
        int last = -1;
        for (int contact : contacts) {
            const auto it = group->rowOf.constFind(contact);
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
        [this](int contact) { return m_contacts[contact].show >= 0; }));
}

void RosterModel::setUnreadCount(const Jid& jid, int count)
{
    const Jid bare = jid.bare();
    if (m_unread.value(bare) == count) {
        return;
    }
    m_unread.insert(bare, count);
    const int contact = contactIndex(bare, false);
    if (contact >= 0) {
        m_contacts[contact].unread = count;
        contactsChanged({contact}, {UnreadCountRole});
    }
}

void RosterModel::setAvatarPath(const Jid& jid, const QString& path)
{
    const Jid bare = jid.bare();
    m_avatars.insert(bare, path);
    const int contact = contactIndex(bare, false);
    if (contact >= 0) {
        m_contacts[contact].avatarPath = path;
        contactsChanged({contact}, {AvatarPathRole, Qt::DecorationRole});
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
    const Contact& contact = m_contacts[group->members[index.row()]];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return contact.name;
    case JidRole:
        return contact.jid.toString();
    case IsGroupRole:
        return false;
    case GroupKindRole:
        return QVariant::fromValue(group->kind);
    case PresenceShowRole:
        return contact.show;
    case StatusTextRole:
        return contact.status;
    case SubscriptionRole:
        return contact.subscription;
    case AskPendingRole:
        return contact.askPending;
    case RequestPendingRole:
        return contact.requestPending;
    case RequestMessageRole:
        return contact.requestMessage;
    case RequestKindRole:
        return QVariant::fromValue(contact.requestKind);
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
        {OnlineCountRole, "onlineCount"}, {ContactCountRole, "contactCount"},
        {RequestKindRole, "requestKind"}});
    return names;
}

} // namespace Palaver::Im

// RosterModel: one account's contacts as a tree, groups then contacts, with unanswered
// subscription requests as a group of their own. Presence changes arrive in batches and
// become one dataChanged per group, so thousands of updates cost little.
#pragma once

#include "xmpp/core/Jid.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Palaver::Im {

class Account;

class RosterModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        NameRole, // what the user calls the contact (their roster name, else the JID's local part)
        IsGroupRole,
        GroupKindRole, // GroupKind
        PresenceShowRole, // Xmpp::Presence::Show as int, or -1 when offline
        StatusTextRole,
        SubscriptionRole, // Xmpp::RosterItem::Subscription as int
        AskPendingRole, // we asked to see their presence and wait for an answer
        RequestPendingRole, // they asked to see ours
        RequestMessageRole,
        UnreadCountRole,
        AvatarPathRole,
        AccountRole,
        SortKeyRole, // case-folded name, for sorting
        OnlineCountRole, // groups: how many of their contacts are online
        ContactCountRole, // groups: how many contacts they have
        RequestKindRole, // RequestKind of a request row
    };
    Q_ENUM(Role)

    enum class GroupKind {
        Named,
        Ungrouped, // contacts without a group
        Requests, // people asking to see our presence
        Account, // one account's section when several are shown together (CombinedRosterModel)
    };
    Q_ENUM(GroupKind)

    enum class RequestKind {
        Subscription, // asking to see our presence: approve or deny
        Messages, // no contact, writing to us: accept or block
    };
    Q_ENUM(RequestKind)

    explicit RosterModel(Account& account, QObject* parent = nullptr);
    ~RosterModel() override;

    void setUnreadCount(const Xmpp::Jid& contact, int count);
    void setAvatarPath(const Xmpp::Jid& contact, const QString& path);
    QString avatarPath(const Xmpp::Jid& contact) const { return m_avatars.value(contact.bare()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Group;
    // Everything a row shows, kept here so that data() and sorting never search for it.
    struct Contact
    {
        Xmpp::Jid jid;
        QString name;
        QString sortKey; // availability rank, then the case-folded name
        int show = -1; // Xmpp::Presence::Show, or -1 offline
        QString status;
        int subscription = 0;
        bool askPending = false;
        bool requestPending = false;
        RequestKind requestKind = RequestKind::Subscription;
        QString requestMessage;
        int unread = 0;
        QString avatarPath;
    };

    void rebuild();
    void updateContact(const Xmpp::Jid& jid);
    void removeContact(const Xmpp::Jid& jid);
    void updateRequests(const QList<Xmpp::Jid>& jids);
    void presencesChanged(const QList<Xmpp::Jid>& contacts);
    QList<QPair<QString, GroupKind>> groupsFor(const Xmpp::Jid& jid) const;
    int groupRow(const QString& name, GroupKind kind, bool create);
    void insertIntoGroup(int groupRow, int contact);
    void removeFromGroup(int groupRow, int contact);
    void contactsChanged(const QList<int>& contacts, const QList<int>& roles);
    int contactIndex(const Xmpp::Jid& jid, bool create);
    void refreshDetails(Contact& contact) const;
    void refreshPresence(Contact& contact) const;
    void countOnline(Group& group) const;

    Account& m_account;
    QList<Group*> m_groups;
    QList<Contact> m_contacts; // stable indices; a removed contact's slot is reused
    QList<int> m_freeSlots;
    QHash<Xmpp::Jid, int> m_indexOf;
    QHash<Xmpp::Jid, int> m_unread;
    QHash<Xmpp::Jid, QString> m_avatars;
};

} // namespace Palaver::Im

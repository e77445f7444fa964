// OccupantsModel: who is in a group chat room, as a tree of role groups (moderators,
// participants, visitors) with the occupants sorted by nickname. Joining a big room is one
// reset; later arrivals, departures and changes move one row each.
#pragma once

#include "xmpp/modules/xep0045_muc/MucRoom.h"

#include <QAbstractItemModel>

#include <array>

namespace Palaver::Im {

class OccupantsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        NickRole = Qt::UserRole + 1,
        RoleRole, // Xmpp::MucRole as int; for a group, the role it holds
        AffiliationRole, // Xmpp::MucAffiliation as int
        ShowRole, // Xmpp::Presence::Show as int
        StatusRole,
        RealJidRole, // empty when the room hides it
        IsGroupRole,
        IsSelfRole,
        CountRole, // a group's occupants
    };
    Q_ENUM(Role)

    explicit OccupantsModel(Xmpp::MucRoom& room, QObject* parent = nullptr);

    Xmpp::MucRoom& room() { return m_room; }
    QModelIndex indexOfNick(const QString& nick) const;
    QModelIndex groupIndex(Xmpp::MucRole role) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Group
    {
        Xmpp::MucRole role;
        QStringList nicks; // sorted, case-insensitively first
    };

    void reload();
    void insert(const QString& nick);
    void remove(const QString& nick);
    void update(const QString& nick);
    int groupOf(Xmpp::MucRole role) const;
    // Where the nickname is listed: group and row, or {-1, -1}.
    std::pair<int, int> find(const QString& nick) const;
    bool isLive() const { return m_room.state() == Xmpp::MucRoom::State::Joined; }

    Xmpp::MucRoom& m_room;
    std::array<Group, 3> m_groups;
};

} // namespace Palaver::Im

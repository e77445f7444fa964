// RoomListModel: the user's rooms across accounts, for the main window's "Rooms" list: every
// bookmarked room and every room open now, with whether we are in it and how many messages
// wait unread. Rebuilt at most once per event-loop turn, whatever changed.
#pragma once

#include <QAbstractListModel>
#include <QTimer>

namespace Palaver::Im {

class Account;
class ConversationsModel;

class RoomListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        AccountRole,
        JoinedRole,
        UnreadRole,
        BookmarkedRole,
    };
    Q_ENUM(Role)

    explicit RoomListModel(ConversationsModel& conversations, QObject* parent = nullptr);

    void addAccount(Account& account);
    void removeAccount(const QString& jid);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString account;
        QString jid;
        QString name;
        bool joined = false;
        bool bookmarked = false;
        int unread = 0;
        bool operator==(const Row&) const = default;
    };

    void scheduleRebuild();
    void rebuild();

    ConversationsModel& m_conversations;
    QList<Account*> m_accounts;
    QList<Row> m_rows;
    QTimer m_rebuild;
};

} // namespace Palaver::Im

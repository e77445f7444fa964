// ConversationsModel: every conversation of one or more accounts (chats, rooms, private
// chats; past ones too), most recent first, with their last message and unread counts. The
// conversation on screen does not count as unread.
#pragma once

#include "../storage/MessageStore.h"

#include <QAbstractListModel>

namespace Palaver::Im {

class MessageService;

class ConversationsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        AccountRole,
        PeerRole,
        LastActivityRole, // local time
        UnreadCountRole,
        LastBodyRole,
        LastOutgoingRole,
        IsRoomRole,
    };
    Q_ENUM(Role)

    explicit ConversationsModel(MessageStore& store, QObject* parent = nullptr);

    // Follows an account's messages; loads its conversations from history.
    void addAccount(const QString& account, MessageService& service);
    // The conversation the user is looking at: its messages are read as they come.
    void setActiveConversation(const QString& account, const QString& peer);
    void markRead(const QString& account, const QString& peer);
    // Forgets the conversation's whole history, here and in the list.
    void deleteHistory(const QString& account, const QString& peer);
    int unreadCount(const QString& account, const QString& peer) const;
    int totalUnread() const;
    int rowOf(const QString& account, const QString& peer) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void unreadCountChanged(const QString& account, const QString& peer, int count);
    void historyDeleted(const QString& account, const QString& peer);

private:
    void onStored(const QList<MessageStore::Stored>& stored);
    void merge(const QList<ConversationRecord>& records);
    void moveToTop(int row);
    void setUnread(int row, int count);

    MessageStore& m_store;
    QList<ConversationRecord> m_rows; // most recent first
    QString m_activeAccount;
    QString m_activePeer;
};

} // namespace Palaver::Im

// MessageTable: the SQL that writes messages and conversations. Used only on the database
// thread; HistoryQueries reads them.
#pragma once

#include "MessageRecord.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace Palaver::Im {

class MessageTable
{
public:
    struct Stored
    {
        MessageRecord record; // with id and conversationId set
        bool inserted = false; // false: it was there already (a duplicate)
    };

    qint64 accountId(QSqlDatabase& db, const QString& account);
    qint64 conversationId(QSqlDatabase& db, const QString& account, const QString& peer);
    // Marks the conversation as a room's (once; a chat opened first becomes one).
    void markRoom(QSqlDatabase& db, qint64 conversation);

    QList<Stored> insert(QSqlDatabase& db, const QList<MessageRecord>& records);
    void setState(QSqlDatabase& db, qint64 id, MessageRecord::State state, const QString& error);
    // Outgoing messages with this id move to state (never backwards); returns their row ids.
    QList<qint64> advanceOutgoing(QSqlDatabase& db, qint64 conversation, const QString& messageId,
        MessageRecord::State state, bool upToAndIncluding);
    std::optional<MessageRecord> correct(QSqlDatabase& db, qint64 conversation,
        const Reviser& reviser, const QString& replacedId, const QString& body);
    void markRead(QSqlDatabase& db, qint64 conversation);
    // Forgets the conversation and all its messages (the user deleted its history).
    bool deleteConversation(QSqlDatabase& db, qint64 conversation);
    // History retention: removes messages older than cutoff; returns how many.
    int deleteOlderThan(QSqlDatabase& db, const QDateTime& cutoff);
    // Adds the messages written since the last call to the full-text index (before commit).
    void indexNewMessages(QSqlDatabase& db);

    // Positions query on the newest message of the conversation with this id.
    static bool findById(QSqlQuery& query, qint64 conversation, bool outgoing, const QString& id,
        const QString& columns);

private:
    std::optional<qint64> existingId(QSqlDatabase& db, const MessageRecord& record);

    QHash<QString, qint64> m_accounts;
    QHash<QString, qint64> m_conversations; // "account\npeer"
    QSet<qint64> m_rooms; // conversations known to be marked as rooms
    qint64 m_indexedUpTo = -1; // rows up to this id are in the full-text index
};

} // namespace Palaver::Im

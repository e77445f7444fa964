// HistoryQueries: the SQL that reads history: pages of a conversation, full-text search,
// the list of conversations and messages still to send. Used only on the database thread.
#pragma once

#include "ArchiveStore.h"
#include "MessageRecord.h"

#include <QSqlDatabase>

namespace Palaver::Im {

class HistoryQueries
{
public:
    // Up to limit messages before (timestamp, id), oldest first; an invalid before means
    // the newest.
    static QList<MessageRecord> page(
        QSqlDatabase& db, qint64 conversation, const QDateTime& before, qint64 beforeId, int limit);
    // Newest matches first; conversation 0 searches everything.
    static QList<MessageRecord> search(
        QSqlDatabase& db, const QString& text, qint64 conversation, int limit);
    static QList<ConversationRecord> conversations(QSqlDatabase& db, const QString& account);
    // Outgoing messages never acknowledged by our server (for rooms: never echoed by the
    // room), oldest first.
    static QList<MessageRecord> pending(
        QSqlDatabase& db, const QString& account, ConversationKind kind);
    // Where an archive catch-up of the conversation resumes: the newest archive id stored,
    // with the time of the newest message (archived or not).
    static ArchivePosition archivePosition(QSqlDatabase& db, qint64 conversation);
    // Turns what the user typed into an FTS query: every word must match, each also as the
    // start of a longer word, and nothing the user types can be taken as query syntax.
    static QString matchExpression(const QString& text);
};

} // namespace Palaver::Im

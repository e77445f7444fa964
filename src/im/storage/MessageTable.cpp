#include "MessageTable.h"

#include "AccountRows.h"
#include "AttachmentDetails.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMessageTable, "palaver.im.history")

namespace Palaver::Im {
namespace {
QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

bool run(QSqlQuery& query)
{
    if (!query.exec()) {
        qCWarning(lcMessageTable) << query.lastQuery() << query.lastError().text();
        return false;
    }
    return true;
}
} // namespace

qint64 MessageTable::accountId(QSqlDatabase& db, const QString& account)
{
    if (const auto it = m_accounts.constFind(account); it != m_accounts.cend()) {
        return *it;
    }
    const qint64 id = accountRow(db, account);
    if (id) {
        m_accounts.insert(account, id);
    }
    return id;
}

qint64 MessageTable::conversationId(QSqlDatabase& db, const QString& account, const QString& peer)
{
    const QString key = account + u'\n' + peer;
    if (const auto it = m_conversations.constFind(key); it != m_conversations.cend()) {
        return *it;
    }
    const qint64 accountRow = accountId(db, account);
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO conversations (account_id, peer) VALUES (?, ?) "
                  "ON CONFLICT (account_id, peer) DO NOTHING"_s);
    query.addBindValue(accountRow);
    query.addBindValue(peer);
    run(query);
    query.prepare(u"SELECT id FROM conversations WHERE account_id = ? AND peer = ?"_s);
    query.addBindValue(accountRow);
    query.addBindValue(peer);
    const qint64 id = run(query) && query.next() ? query.value(0).toLongLong() : 0;
    if (id) {
        m_conversations.insert(key, id);
    }
    return id;
}

void MessageTable::markRoom(QSqlDatabase& db, qint64 conversation)
{
    if (m_rooms.contains(conversation)) {
        return;
    }
    QSqlQuery query(db);
    query.prepare(u"UPDATE conversations SET kind = ? WHERE id = ?"_s);
    query.addBindValue(int(ConversationKind::Room));
    query.addBindValue(conversation);
    if (run(query)) {
        m_rooms.insert(conversation);
    }
}

std::optional<qint64> MessageTable::existingId(QSqlDatabase& db, const MessageRecord& record)
{
    QSqlQuery query(db);
    if (!record.archiveId.isEmpty()) {
        query.prepare(u"SELECT id FROM messages WHERE conversation_id = ? AND archive_id = ?"_s);
        query.addBindValue(record.conversationId);
        query.addBindValue(record.archiveId);
        if (run(query) && query.next()) {
            return query.value(0).toLongLong();
        }
    }
    const QString key = record.dedupKey();
    if (!key.isEmpty()) {
        query.prepare(u"SELECT id FROM messages WHERE conversation_id = ? AND outgoing = ? "
                      "AND dedup_key = ?"_s);
        query.addBindValue(record.conversationId);
        query.addBindValue(record.outgoing ? 1 : 0);
        query.addBindValue(key);
        if (run(query) && query.next()) {
            return query.value(0).toLongLong();
        }
    }
    return std::nullopt;
}

QList<MessageTable::Stored> MessageTable::insert(
    QSqlDatabase& db, const QList<MessageRecord>& records)
{
    QList<Stored> results;
    results.reserve(records.size());
    QSqlQuery insert(db);
    insert.prepare(u"INSERT OR IGNORE INTO messages (conversation_id, outgoing, sender, timestamp, "
                   "body, message_id, origin_id, archive_id, dedup_key, state, error, sent_at, "
                   "markable, reply_to, reply_quote, sender_identity, attachment_url, "
                   "attachment_details, protection) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery learnArchiveId(db);
    learnArchiveId.prepare(
        u"UPDATE messages SET archive_id = ? WHERE id = ? AND archive_id IS NULL"_s);
    QSqlQuery touch(db);
    touch.prepare(u"UPDATE conversations SET last_activity = max(last_activity, ?), "
                  "unread = unread + ? WHERE id = ?"_s);
    for (MessageRecord record : records) {
        record.conversationId = conversationId(db, record.account, record.peer);
        if (record.kind == ConversationKind::Room) {
            markRoom(db, record.conversationId);
        }
        const qint64 time = record.timestamp.toMSecsSinceEpoch();
        insert.addBindValue(record.conversationId);
        insert.addBindValue(record.outgoing ? 1 : 0);
        insert.addBindValue(record.sender);
        insert.addBindValue(time);
        // Never NULL, which the column refuses: a message this device could not decrypt
        // has no text.
        insert.addBindValue(record.body.isNull() ? QStringLiteral("") : record.body);
        insert.addBindValue(nullable(record.messageId));
        insert.addBindValue(nullable(record.originId));
        insert.addBindValue(nullable(record.archiveId));
        insert.addBindValue(nullable(record.dedupKey()));
        insert.addBindValue(int(record.state));
        insert.addBindValue(nullable(record.errorText));
        insert.addBindValue(record.sentAt.isValid() ? QVariant(record.sentAt.toMSecsSinceEpoch())
                                                    : QVariant(QMetaType(QMetaType::LongLong)));
        insert.addBindValue(record.markable ? 1 : 0);
        insert.addBindValue(nullable(record.replyTo));
        insert.addBindValue(nullable(record.replyQuote));
        insert.addBindValue(nullable(record.senderIdentity));
        insert.addBindValue(nullable(record.attachment.url));
        insert.addBindValue(nullable(AttachmentDetails::toJson(record.attachment)));
        insert.addBindValue(int(record.protection));
        Stored stored;
        if (run(insert) && insert.numRowsAffected() == 1) {
            record.id = insert.lastInsertId().toLongLong();
            stored.inserted = true;
            touch.addBindValue(time);
            touch.addBindValue(!record.outgoing && record.countsAsUnread ? 1 : 0);
            touch.addBindValue(record.conversationId);
            run(touch);
        } else if (const std::optional<qint64> existing = existingId(db, record)) {
            record.id = *existing;
            // Our own message coming back from the archive tells us its archive id.
            if (!record.archiveId.isEmpty()) {
                learnArchiveId.addBindValue(record.archiveId);
                learnArchiveId.addBindValue(record.id);
                run(learnArchiveId);
            }
        }
        stored.record = record;
        results.append(stored);
    }
    return results;
}

void MessageTable::setState(
    QSqlDatabase& db, qint64 id, MessageRecord::State state, const QString& error)
{
    QSqlQuery query(db);
    query.prepare(u"UPDATE messages SET state = ?, error = ? WHERE id = ?"_s);
    query.addBindValue(int(state));
    query.addBindValue(nullable(error));
    query.addBindValue(id);
    run(query);
}

bool MessageTable::findById(
    QSqlQuery& query, qint64 conversation, bool outgoing, const QString& id, const QString& columns)
{
    // Most senders use one id for the stanza and the origin-id (we do): the indexed column
    // first, the other only when that finds nothing.
    for (const QString& column : {u"message_id"_s, u"origin_id"_s}) {
        query.prepare(u"SELECT "_s + columns
            + u" FROM messages WHERE conversation_id = ? "
              u"AND outgoing = ? AND "_s
            + column + u" = ? ORDER BY id DESC LIMIT 1"_s);
        query.addBindValue(conversation);
        query.addBindValue(outgoing ? 1 : 0);
        query.addBindValue(id);
        if (run(query) && query.next()) {
            return true;
        }
    }
    return false;
}

QList<qint64> MessageTable::advanceOutgoing(QSqlDatabase& db, qint64 conversation,
    const QString& messageId, MessageRecord::State state, bool upToAndIncluding)
{
    QList<qint64> changed;
    QSqlQuery find(db);
    if (!findById(find, conversation, true, messageId, u"id, timestamp"_s)) {
        return changed;
    }
    const qint64 id = find.value(0).toLongLong();
    const qint64 time = find.value(1).toLongLong();
    QSqlQuery select(db);
    // XEP-0333 §4: "displayed" covers every earlier message too; receipts only their own.
    if (upToAndIncluding) {
        select.prepare(u"SELECT id FROM messages WHERE conversation_id = ? AND outgoing = 1 "
                       "AND state < ? AND (timestamp < ? OR (timestamp = ? AND id <= ?))"_s);
        select.addBindValue(conversation);
        select.addBindValue(int(state));
        select.addBindValue(time);
        select.addBindValue(time);
        select.addBindValue(id);
    } else {
        select.prepare(u"SELECT id FROM messages WHERE id = ? AND state < ?"_s);
        select.addBindValue(id);
        select.addBindValue(int(state));
    }
    if (!run(select)) {
        return changed;
    }
    while (select.next()) {
        changed.append(select.value(0).toLongLong());
    }
    QSqlQuery update(db);
    update.prepare(u"UPDATE messages SET state = ? WHERE id = ?"_s);
    for (qint64 row : std::as_const(changed)) {
        update.addBindValue(int(state));
        update.addBindValue(row);
        run(update);
    }
    return changed;
}

std::optional<MessageRecord> MessageTable::correct(QSqlDatabase& db, qint64 conversation,
    const Reviser& reviser, const QString& replacedId, const QString& body)
{
    // XEP-0308 §5: only the sender corrects a message, so the sender must match too.
    QSqlQuery find(db);
    if (!findById(find, conversation, reviser.outgoing, replacedId,
            u"id, sender, timestamp, message_id, origin_id, archive_id, state, sender_identity, "
            "retracted"_s)) {
        return std::nullopt;
    }
    MessageRecord record;
    record.id = find.value(0).toLongLong();
    record.sender = find.value(1).toString();
    if (!reviser.wrote(record.sender, find.value(7).toString()) || find.value(8).toBool()) {
        return std::nullopt;
    }
    const bool outgoing = reviser.outgoing;
    QSqlQuery update(db);
    update.prepare(u"UPDATE messages SET original_body = COALESCE(original_body, body), "
                   "body = ?, corrected = 1 WHERE id = ?"_s);
    update.addBindValue(body);
    update.addBindValue(record.id);
    if (!run(update)) {
        return std::nullopt;
    }
    record.conversationId = conversation;
    record.outgoing = outgoing;
    record.timestamp = QDateTime::fromMSecsSinceEpoch(find.value(2).toLongLong(), Qt::UTC);
    record.body = body;
    record.messageId = find.value(3).toString();
    record.originId = find.value(4).toString();
    record.archiveId = find.value(5).toString();
    record.state = MessageRecord::State(find.value(6).toInt());
    record.corrected = true;
    return record;
}

void MessageTable::indexNewMessages(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (m_indexedUpTo < 0) {
        // Rows are indexed in the transaction that writes them, so all committed ones are in.
        query.exec(u"SELECT coalesce(max(id), 0) FROM messages"_s);
        m_indexedUpTo = query.next() ? query.value(0).toLongLong() : 0;
        return;
    }
    query.prepare(u"SELECT coalesce(max(id), 0) FROM messages"_s);
    if (!run(query) || !query.next() || query.value(0).toLongLong() <= m_indexedUpTo) {
        return;
    }
    const qint64 newest = query.value(0).toLongLong();
    query.prepare(u"INSERT INTO messages_fts (rowid, body) SELECT id, body FROM messages "
                  "WHERE id > ? AND id <= ?"_s);
    query.addBindValue(m_indexedUpTo);
    query.addBindValue(newest);
    if (run(query)) {
        m_indexedUpTo = newest;
    }
}

bool MessageTable::deleteConversation(QSqlDatabase& db, qint64 conversation)
{
    indexNewMessages(db); // the delete trigger removes rows from the index: all must be in it
    QSqlQuery query(db);
    for (const QString& statement : {u"DELETE FROM reactions WHERE message_id IN "
                                     "(SELECT id FROM messages WHERE conversation_id = ?)"_s,
             u"DELETE FROM messages WHERE conversation_id = ?"_s,
             u"DELETE FROM conversations WHERE id = ?"_s}) {
        query.prepare(statement);
        query.addBindValue(conversation);
        if (!run(query)) {
            return false;
        }
    }
    // Ids of deleted rows may be given again: new rows past what is left are not indexed yet.
    query.prepare(u"SELECT coalesce(max(id), 0) FROM messages"_s);
    if (run(query) && query.next()) {
        m_indexedUpTo = query.value(0).toLongLong();
    }
    for (auto it = m_conversations.begin(); it != m_conversations.end();) {
        it = *it == conversation ? m_conversations.erase(it) : std::next(it);
    }
    m_rooms.remove(conversation);
    return true;
}

int MessageTable::deleteOlderThan(QSqlDatabase& db, const QDateTime& cutoff)
{
    indexNewMessages(db);
    // Only rows already in the full-text index: the delete trigger removes them from it, and
    // FTS5 must not be told to delete what it never had. Unsent messages stay.
    QSqlQuery query(db);
    query.prepare(
        u"DELETE FROM messages WHERE timestamp < ? AND id <= ? AND state NOT IN (?, ?)"_s);
    query.addBindValue(cutoff.toMSecsSinceEpoch());
    query.addBindValue(m_indexedUpTo);
    query.addBindValue(int(MessageRecord::State::Pending));
    query.addBindValue(int(MessageRecord::State::Failed));
    return run(query) ? query.numRowsAffected() : 0;
}

void MessageTable::markRead(QSqlDatabase& db, qint64 conversation)
{
    QSqlQuery query(db);
    query.prepare(u"UPDATE conversations SET unread = 0 WHERE id = ?"_s);
    query.addBindValue(conversation);
    run(query);
}

} // namespace Palaver::Im

#include "HistoryQueries.h"

#include "AttachmentDetails.h"
#include "MessageRevisions.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHistoryQueries, "palaver.im.history")

namespace Palaver::Im {
namespace {
const QString selectMessages
    = u"SELECT m.id, m.conversation_id, m.outgoing, m.sender, m.timestamp, m.body, m.message_id, "
      "m.origin_id, m.archive_id, m.state, m.corrected, m.error, a.jid, c.peer, c.kind, "
      "m.sent_at, m.markable, m.reply_to, m.reply_quote, m.retracted, m.moderation_reason, "
      "m.attachment_url, m.attachment_details, m.protection, "
      "(SELECT group_concat(r.reactor || char(29) || r.emojis, char(30)) FROM reactions r "
      "WHERE r.message_id = m.id) "
      "FROM messages m "
      "JOIN conversations c ON c.id = m.conversation_id JOIN accounts a ON a.id = c.account_id "_s;

MessageRecord recordFrom(const QSqlQuery& query)
{
    MessageRecord record;
    record.id = query.value(0).toLongLong();
    record.conversationId = query.value(1).toLongLong();
    record.outgoing = query.value(2).toBool();
    record.sender = query.value(3).toString();
    record.timestamp = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    record.body = query.value(5).toString();
    record.messageId = query.value(6).toString();
    record.originId = query.value(7).toString();
    record.archiveId = query.value(8).toString();
    record.state = MessageRecord::State(query.value(9).toInt());
    record.corrected = query.value(10).toBool();
    record.errorText = query.value(11).toString();
    record.account = query.value(12).toString();
    record.peer = query.value(13).toString();
    record.kind = ConversationKind(query.value(14).toInt());
    if (!query.value(15).isNull()) {
        record.sentAt = QDateTime::fromMSecsSinceEpoch(query.value(15).toLongLong(), Qt::UTC);
    }
    record.markable = query.value(16).toBool();
    record.replyTo = query.value(17).toString();
    record.replyQuote = query.value(18).toString();
    record.retracted = query.value(19).toInt() != 0;
    record.moderated = query.value(19).toInt() == MessageRevisions::Moderated;
    record.moderationReason = query.value(20).toString();
    record.attachment
        = AttachmentDetails::fromJson(query.value(21).toString(), query.value(22).toString());
    record.protection = MessageRecord::Protection(query.value(23).toInt());
    record.reactions = MessageRevisions::parseReactions(query.value(24).toString());
    return record;
}

QList<MessageRecord> collect(QSqlQuery& query)
{
    QList<MessageRecord> records;
    if (!query.exec()) {
        qCWarning(lcHistoryQueries) << query.lastError().text();
        return records;
    }
    while (query.next()) {
        records.append(recordFrom(query));
    }
    return records;
}
} // namespace

QList<MessageRecord> HistoryQueries::page(
    QSqlDatabase& db, qint64 conversation, const QDateTime& before, qint64 beforeId, int limit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (before.isValid()) {
        query.prepare(selectMessages
            + u"WHERE m.conversation_id = ? AND (m.timestamp, m.id) < (?, ?) "
              "ORDER BY m.timestamp DESC, m.id DESC LIMIT ?"_s);
        query.addBindValue(conversation);
        query.addBindValue(before.toMSecsSinceEpoch());
        query.addBindValue(beforeId);
    } else {
        query.prepare(selectMessages
            + u"WHERE m.conversation_id = ? ORDER BY m.timestamp DESC, m.id DESC LIMIT ?"_s);
        query.addBindValue(conversation);
    }
    query.addBindValue(limit);
    QList<MessageRecord> records = collect(query);
    std::reverse(records.begin(), records.end());
    return records;
}

QString HistoryQueries::matchExpression(const QString& text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    QStringList terms;
    for (QString word : text.split(spaces, Qt::SkipEmptyParts)) {
        word.replace(u'"', u"\"\""_s);
        terms.append(u'"' + word + u"\"*"_s); // every word found by its start too
    }
    return terms.join(u' ');
}

QList<MessageRecord> HistoryQueries::search(
    QSqlDatabase& db, const QString& text, qint64 conversation, int limit)
{
    const QString match = matchExpression(text);
    if (match.isEmpty()) {
        return {};
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(selectMessages
        + u"WHERE m.id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?) "_s
        + (conversation ? u"AND m.conversation_id = ? "_s : QString())
        + u"ORDER BY m.timestamp DESC, m.id DESC LIMIT ?"_s);
    query.addBindValue(match);
    if (conversation) {
        query.addBindValue(conversation);
    }
    query.addBindValue(limit);
    return collect(query);
}

QList<ConversationRecord> HistoryQueries::conversations(QSqlDatabase& db, const QString& account)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.id, a.jid, c.peer, c.last_activity, c.unread, "
                  "(SELECT m.body FROM messages m WHERE m.conversation_id = c.id "
                  " ORDER BY m.timestamp DESC, m.id DESC LIMIT 1), "
                  "(SELECT m.outgoing FROM messages m WHERE m.conversation_id = c.id "
                  " ORDER BY m.timestamp DESC, m.id DESC LIMIT 1), c.kind "
                  "FROM conversations c JOIN accounts a ON a.id = c.account_id "
                  "WHERE (? = '' OR a.jid = ?) ORDER BY c.last_activity DESC"_s);
    query.addBindValue(account);
    query.addBindValue(account);
    QList<ConversationRecord> records;
    if (!query.exec()) {
        qCWarning(lcHistoryQueries) << query.lastError().text();
        return records;
    }
    while (query.next()) {
        ConversationRecord record;
        record.id = query.value(0).toLongLong();
        record.account = query.value(1).toString();
        record.peer = query.value(2).toString();
        record.lastActivity = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        record.unread = query.value(4).toInt();
        record.lastBody = query.value(5).toString();
        record.lastOutgoing = query.value(6).toBool();
        record.kind = ConversationKind(query.value(7).toInt());
        records.append(record);
    }
    return records;
}

QList<MessageRecord> HistoryQueries::pending(
    QSqlDatabase& db, const QString& account, ConversationKind kind)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(selectMessages
        + u"WHERE m.state = 0 AND a.jid = ? AND c.kind = ? ORDER BY m.timestamp, m.id"_s);
    query.addBindValue(account);
    query.addBindValue(int(kind));
    return collect(query);
}

ArchivePosition HistoryQueries::archivePosition(QSqlDatabase& db, qint64 conversation)
{
    ArchivePosition position;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT archive_id FROM messages WHERE conversation_id = ? "
                  "AND archive_id IS NOT NULL ORDER BY timestamp DESC, id DESC LIMIT 1"_s);
    query.addBindValue(conversation);
    if (query.exec() && query.next()) {
        position.lastId = query.value(0).toString();
    }
    query.prepare(u"SELECT max(timestamp) FROM messages WHERE conversation_id = ?"_s);
    query.addBindValue(conversation);
    if (query.exec() && query.next() && !query.isNull(0)) {
        position.lastTime = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
    }
    return position;
}

} // namespace Palaver::Im

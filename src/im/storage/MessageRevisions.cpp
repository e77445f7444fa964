#include "MessageRevisions.h"

#include "MessageTable.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRevisions, "palaver.im.history")

namespace Palaver::Im {
namespace {
constexpr QChar EmojiSeparator = u'\x1f';
constexpr QChar ReactorSeparator = u'\x1e';
constexpr QChar ReactorEnd = u'\x1d';

bool run(QSqlQuery& query)
{
    if (!query.exec()) {
        qCWarning(lcRevisions) << query.lastQuery() << query.lastError().text();
        return false;
    }
    return true;
}
} // namespace

bool MessageRevisions::findByStanzaId(
    QSqlQuery& query, qint64 conversation, const QString& id, const QString& columns)
{
    // A room names its messages by its stanza id, which we keep as their archive id.
    query.prepare(
        u"SELECT "_s + columns + u" FROM messages WHERE conversation_id = ? AND archive_id = ?"_s);
    query.addBindValue(conversation);
    query.addBindValue(id);
    return run(query) && query.next();
}

bool MessageRevisions::findRow(
    QSqlQuery& query, qint64 conversation, const QString& id, const QString& columns)
{
    // The id a room (or our archive) gave first: a sender chooses its own ids and could pick
    // one equal to another message's stanza id.
    if (findByStanzaId(query, conversation, id, columns)) {
        return true;
    }
    for (const bool outgoing : {false, true}) {
        if (MessageTable::findById(query, conversation, outgoing, id, columns)) {
            return true;
        }
    }
    return false;
}

std::optional<MessageRevisions::Reacted> MessageRevisions::react(QSqlDatabase& db,
    qint64 conversation, const QString& targetId, const QString& reactor, const QStringList& emojis)
{
    QSqlQuery query(db);
    if (!findRow(query, conversation, targetId, u"id, retracted"_s) || query.value(1).toBool()) {
        return std::nullopt;
    }
    const qint64 row = query.value(0).toLongLong();
    if (emojis.isEmpty()) {
        query.prepare(u"DELETE FROM reactions WHERE message_id = ? AND reactor = ?"_s);
        query.addBindValue(row);
        query.addBindValue(reactor);
    } else {
        query.prepare(
            u"INSERT OR REPLACE INTO reactions (message_id, reactor, emojis) VALUES (?, ?, ?)"_s);
        query.addBindValue(row);
        query.addBindValue(reactor);
        query.addBindValue(emojis.join(EmojiSeparator));
    }
    if (!run(query)) {
        return std::nullopt;
    }
    query.prepare(u"SELECT group_concat(reactor || char(29) || emojis, char(30)) FROM reactions "
                  "WHERE message_id = ?"_s);
    query.addBindValue(row);
    if (!run(query) || !query.next()) {
        return std::nullopt;
    }
    return Reacted {row, parseReactions(query.value(0).toString())};
}

std::optional<MessageRevisions::Cleared> MessageRevisions::clear(
    QSqlDatabase& db, qint64 row, int retracted, const QString& moderationReason)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT attachment_url FROM messages WHERE id = ?"_s);
    query.addBindValue(row);
    if (!run(query) || !query.next()) {
        return std::nullopt;
    }
    const Cleared cleared {row, query.value(0).toString()};
    query.prepare(
        u"UPDATE messages SET body = '', original_body = NULL, reply_quote = NULL, "
        "attachment_url = NULL, attachment_details = NULL, retracted = ?, moderation_reason = ? WHERE id = ?"_s);
    query.addBindValue(retracted);
    query.addBindValue(moderationReason.isEmpty() ? QVariant() : QVariant(moderationReason));
    query.addBindValue(row);
    if (!run(query)) {
        return std::nullopt;
    }
    query.prepare(u"DELETE FROM reactions WHERE message_id = ?"_s);
    query.addBindValue(row);
    return run(query) ? std::optional(cleared) : std::nullopt;
}

std::optional<MessageRevisions::Cleared> MessageRevisions::retract(
    QSqlDatabase& db, qint64 conversation, const Reviser& reviser, const QString& targetId)
{
    QSqlQuery query(db);
    // Already taken back (by a moderator, say): what shows in its place stays.
    if (!findRow(
            query, conversation, targetId, u"id, outgoing, sender, sender_identity, retracted"_s)
        || query.value(4).toInt() != 0 || query.value(1).toBool() != reviser.outgoing
        || !reviser.wrote(query.value(2).toString(), query.value(3).toString())) {
        return std::nullopt;
    }
    return clear(db, query.value(0).toLongLong());
}

std::optional<MessageRevisions::Cleared> MessageRevisions::moderate(
    QSqlDatabase& db, qint64 conversation, const QString& stanzaId, const QString& reason)
{
    QSqlQuery query(db);
    if (!findByStanzaId(query, conversation, stanzaId, u"id"_s)) {
        return std::nullopt;
    }
    return clear(db, query.value(0).toLongLong(), Moderated, reason);
}

QList<Reaction> MessageRevisions::parseReactions(const QString& aggregated)
{
    QList<Reaction> reactions;
    if (aggregated.isEmpty()) {
        return reactions;
    }
    for (const QString& entry : aggregated.split(ReactorSeparator, Qt::SkipEmptyParts)) {
        const qsizetype end = entry.indexOf(ReactorEnd);
        if (end <= 0) {
            continue;
        }
        reactions.append({entry.left(end), entry.mid(end + 1).split(EmojiSeparator)});
    }
    return reactions;
}

} // namespace Palaver::Im

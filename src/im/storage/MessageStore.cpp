#include "MessageStore.h"

#include "HistoryQueries.h"
#include "MessageTable.h"

namespace Palaver::Im {

MessageStore::MessageStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_table(std::make_shared<MessageTable>())
{
    database.addBeforeCommit([table = m_table](QSqlDatabase& db) { table->indexNewMessages(db); });
    // Reads where the index stands, before any write of ours.
    database.write([table = m_table](QSqlDatabase& db) { table->indexNewMessages(db); });
}

MessageStore::~MessageStore() = default;

void MessageStore::store(const QList<MessageRecord>& records, QObject* context,
    std::function<void(const QList<Stored>&)> done)
{
    auto results = std::make_shared<QList<Stored>>();
    m_database.write(
        [table = m_table, records, results](QSqlDatabase& db) {
            for (const MessageTable::Stored& stored : table->insert(db, records)) {
                results->append({stored.record, stored.inserted});
            }
        },
        context,
        [results, done](bool ok) {
            if (ok && done) {
                done(*results);
            }
        });
}

void MessageStore::setState(qint64 messageId, MessageRecord::State state, const QString& error)
{
    m_database.write([table = m_table, messageId, state, error](
                         QSqlDatabase& db) { table->setState(db, messageId, state, error); });
}

void MessageStore::advanceOutgoing(const QString& account, const QString& peer,
    const QString& messageId, MessageRecord::State state, QObject* context,
    std::function<void(const QList<qint64>&)> done)
{
    auto changed = std::make_shared<QList<qint64>>();
    const bool upTo = state == MessageRecord::State::Displayed;
    m_database.write(
        [table = m_table, account, peer, messageId, state, upTo, changed](QSqlDatabase& db) {
            *changed = table->advanceOutgoing(
                db, table->conversationId(db, account, peer), messageId, state, upTo);
        },
        context,
        [changed, done](bool ok) {
            if (ok && done) {
                done(*changed);
            }
        });
}

void MessageStore::react(const QString& account, const QString& peer, const QString& targetId,
    const QString& reactor, const QStringList& emojis, QObject* context,
    std::function<void(const std::optional<MessageRevisions::Reacted>&)> done)
{
    auto reacted = std::make_shared<std::optional<MessageRevisions::Reacted>>();
    m_database.write(
        [table = m_table, account, peer, targetId, reactor, emojis, reacted](QSqlDatabase& db) {
            *reacted = MessageRevisions::react(
                db, table->conversationId(db, account, peer), targetId, reactor, emojis);
        },
        context,
        [reacted, done](bool ok) {
            if (ok && done) {
                done(*reacted);
            }
        });
}

void MessageStore::announceCleared(const std::optional<MessageRevisions::Cleared>& cleared,
    const QPointer<QObject>& context, const std::function<void(const std::optional<qint64>&)>& done)
{
    if (cleared && !cleared->attachmentUrl.isEmpty()) {
        Q_EMIT attachmentRemoved(cleared->attachmentUrl);
    }
    if (context && done) {
        done(cleared ? std::optional(cleared->row) : std::nullopt);
    }
}

void MessageStore::retract(const QString& account, const QString& peer, const Reviser& reviser,
    const QString& targetId, QObject* context,
    std::function<void(const std::optional<qint64>&)> done)
{
    auto row = std::make_shared<std::optional<MessageRevisions::Cleared>>();
    m_database.write(
        [table = m_table, account, peer, reviser, targetId, row](QSqlDatabase& db) {
            *row = MessageRevisions::retract(
                db, table->conversationId(db, account, peer), reviser, targetId);
        },
        this,
        [this, context = QPointer<QObject>(context), row, done](
            bool ok) { announceCleared(ok ? *row : std::nullopt, context, done); });
}

void MessageStore::moderate(const QString& account, const QString& peer, const QString& stanzaId,
    const QString& reason, QObject* context, std::function<void(const std::optional<qint64>&)> done)
{
    auto row = std::make_shared<std::optional<MessageRevisions::Cleared>>();
    m_database.write(
        [table = m_table, account, peer, stanzaId, reason, row](QSqlDatabase& db) {
            *row = MessageRevisions::moderate(
                db, table->conversationId(db, account, peer), stanzaId, reason);
        },
        this,
        [this, context = QPointer<QObject>(context), row, done](
            bool ok) { announceCleared(ok ? *row : std::nullopt, context, done); });
}

void MessageStore::correct(const QString& account, const QString& peer, const Reviser& reviser,
    const QString& replacedId, const QString& body, QObject* context,
    std::function<void(const std::optional<MessageRecord>&)> done)
{
    auto corrected = std::make_shared<std::optional<MessageRecord>>();
    m_database.write(
        [table = m_table, account, peer, reviser, replacedId, body, corrected](QSqlDatabase& db) {
            *corrected = table->correct(
                db, table->conversationId(db, account, peer), reviser, replacedId, body);
            if (*corrected) {
                (*corrected)->account = account;
                (*corrected)->peer = peer;
            }
        },
        context,
        [corrected, done](bool ok) {
            if (ok && done) {
                done(*corrected);
            }
        });
}

void MessageStore::markRead(qint64 conversationId)
{
    m_database.write([table = m_table, conversationId](
                         QSqlDatabase& db) { table->markRead(db, conversationId); });
}

void MessageStore::deleteConversation(
    qint64 conversationId, QObject* context, std::function<void(const bool&)> done)
{
    auto deleted = std::make_shared<bool>(false);
    m_database.write(
        [table = m_table, conversationId, deleted](
            QSqlDatabase& db) { *deleted = table->deleteConversation(db, conversationId); },
        context, [deleted, done](bool ok) { done(ok && *deleted); });
}

void MessageStore::deleteOlderThan(
    const QDateTime& cutoff, QObject* context, std::function<void(const int&)> done)
{
    m_database.read<int>(
        [table = m_table, cutoff](QSqlDatabase& db) { return table->deleteOlderThan(db, cutoff); },
        context, std::move(done));
}

void MessageStore::page(qint64 conversationId, const QDateTime& before, qint64 beforeId, int limit,
    QObject* context, std::function<void(const QList<MessageRecord>&)> done)
{
    m_database.read<QList<MessageRecord>>(
        [conversationId, before, beforeId, limit](QSqlDatabase& db) {
            return HistoryQueries::page(db, conversationId, before, beforeId, limit);
        },
        context, std::move(done));
}

void MessageStore::search(const QString& text, qint64 conversationId, int limit, QObject* context,
    std::function<void(const QList<MessageRecord>&)> done)
{
    m_database.read<QList<MessageRecord>>(
        [text, conversationId, limit](
            QSqlDatabase& db) { return HistoryQueries::search(db, text, conversationId, limit); },
        context, std::move(done));
}

void MessageStore::conversations(const QString& account, QObject* context,
    std::function<void(const QList<ConversationRecord>&)> done)
{
    m_database.read<QList<ConversationRecord>>(
        [account](QSqlDatabase& db) { return HistoryQueries::conversations(db, account); }, context,
        std::move(done));
}

void MessageStore::pending(const QString& account, ConversationKind kind, QObject* context,
    std::function<void(const QList<MessageRecord>&)> done)
{
    m_database.read<QList<MessageRecord>>(
        [account, kind](QSqlDatabase& db) { return HistoryQueries::pending(db, account, kind); },
        context, std::move(done));
}

void MessageStore::archivePosition(const QString& account, const QString& peer, QObject* context,
    std::function<void(const ArchivePosition&)> done)
{
    auto position = std::make_shared<ArchivePosition>();
    // A write job: the conversation's row may have to be made, and the cache is the writer's.
    m_database.write(
        [table = m_table, account, peer, position](QSqlDatabase& db) {
            *position
                = HistoryQueries::archivePosition(db, table->conversationId(db, account, peer));
        },
        context,
        [position, done](bool ok) {
            if (ok && done) {
                done(*position);
            }
        });
}

void MessageStore::conversationId(const QString& account, const QString& peer, QObject* context,
    std::function<void(const qint64&)> done)
{
    auto id = std::make_shared<qint64>(0);
    m_database.write([table = m_table, account, peer, id](
                         QSqlDatabase& db) { *id = table->conversationId(db, account, peer); },
        context,
        [id, done](bool ok) {
            if (ok && done) {
                done(*id);
            }
        });
}

} // namespace Palaver::Im

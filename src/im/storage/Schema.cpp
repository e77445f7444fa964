#include "Schema.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSchema, "palaver.im.schema")

namespace Palaver::Im {
namespace {
bool execAll(QSqlDatabase& db, const QStringList& statements)
{
    QSqlQuery query(db);
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            qCWarning(lcSchema) << statement << query.lastError().text();
            return false;
        }
    }
    return true;
}

// Full-text search over message bodies. FTS5 where SQLite has it (Debian's does), FTS4
// otherwise; remove_diacritics lets "cafe" find "café". New rows are indexed in one statement
// just before each commit (MessageTable::indexNewMessages): a trigger per row would make
// FTS5 flush its buffer after every statement, costing most of the insert time.
QStringList fullTextStatements(bool fts5)
{
    if (fts5) {
        return {
            u"CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_s,
            u"CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN "
            "INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, "
            "old.body); END"_s,
            u"CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN "
            "INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, "
            "old.body); INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body); END"_s,
        };
    }
    return {
        u"CREATE VIRTUAL TABLE messages_fts USING fts4(content='messages', body, "
        "tokenize=unicode61 \"remove_diacritics=2\")"_s,
        u"CREATE TRIGGER messages_fts_delete BEFORE DELETE ON messages BEGIN "
        "DELETE FROM messages_fts WHERE docid = old.id; END"_s,
        u"CREATE TRIGGER messages_fts_before_update BEFORE UPDATE OF body ON messages BEGIN "
        "DELETE FROM messages_fts WHERE docid = old.id; END"_s,
        u"CREATE TRIGGER messages_fts_after_update AFTER UPDATE OF body ON messages BEGIN "
        "INSERT INTO messages_fts (docid, body) VALUES (new.id, new.body); END"_s,
    };
}

bool version1(QSqlDatabase& db)
{
    if (!execAll(db,
            {
                u"CREATE TABLE accounts (id INTEGER PRIMARY KEY, jid TEXT NOT NULL UNIQUE, "
                "roster_version TEXT, archive_last_id TEXT, archive_last_time INTEGER)"_s,
                u"CREATE TABLE conversations (id INTEGER PRIMARY KEY, "
                "account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "
                "peer TEXT NOT NULL, kind INTEGER NOT NULL DEFAULT 0, "
                "last_activity INTEGER NOT NULL DEFAULT 0, unread INTEGER NOT NULL DEFAULT 0, "
                "UNIQUE (account_id, peer))"_s,
                u"CREATE TABLE messages (id INTEGER PRIMARY KEY, "
                "conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE, "
                "outgoing INTEGER NOT NULL, sender TEXT NOT NULL, timestamp INTEGER NOT NULL, "
                "body TEXT NOT NULL, message_id TEXT, origin_id TEXT, archive_id TEXT, "
                "dedup_key TEXT, state INTEGER NOT NULL, corrected INTEGER NOT NULL DEFAULT 0, "
                "original_body TEXT, error TEXT)"_s,
                u"CREATE INDEX messages_by_time ON messages (conversation_id, timestamp, id)"_s,
                // One row per archived message and per sender's message id: the same message
                // arriving live, as a carbon and from the archive is stored once.
                u"CREATE UNIQUE INDEX messages_by_archive_id ON messages (conversation_id, "
                "archive_id) WHERE archive_id IS NOT NULL"_s,
                u"CREATE UNIQUE INDEX messages_by_dedup_key ON messages (conversation_id, "
                "outgoing, dedup_key) WHERE dedup_key IS NOT NULL"_s,
                u"CREATE INDEX messages_by_message_id ON messages (conversation_id, message_id)"_s,
                u"CREATE INDEX messages_pending ON messages (state) WHERE state = 0"_s,
                u"CREATE TABLE roster (account_id INTEGER NOT NULL REFERENCES accounts(id) "
                "ON DELETE CASCADE, jid TEXT NOT NULL, name TEXT, groups TEXT, "
                "subscription INTEGER NOT NULL, ask INTEGER NOT NULL, approved INTEGER NOT NULL, "
                "PRIMARY KEY (account_id, jid)) WITHOUT ROWID"_s,
                u"CREATE TABLE subscription_requests (account_id INTEGER NOT NULL REFERENCES "
                "accounts(id) ON DELETE CASCADE, jid TEXT NOT NULL, message TEXT, "
                "received INTEGER NOT NULL, PRIMARY KEY (account_id, jid)) WITHOUT ROWID"_s,
                u"CREATE TABLE capabilities (key TEXT PRIMARY KEY, info TEXT NOT NULL) "
                "WITHOUT ROWID"_s,
            })) {
        return false;
    }
    return execAll(db, fullTextStatements(hasFts5(db)));
}

// When the sender says a message was sent (never its place in history), whether it asked for
// read markers (XEP-0333), and people who are no contacts writing to us: waiting for the user
// to accept them, or accepted.
bool version2(QSqlDatabase& db)
{
    return execAll(db,
        {
            u"ALTER TABLE messages ADD COLUMN sent_at INTEGER"_s,
            u"ALTER TABLE messages ADD COLUMN markable INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE TABLE message_requests (account_id INTEGER NOT NULL REFERENCES "
            "accounts(id) ON DELETE CASCADE, jid TEXT NOT NULL, preview TEXT, "
            "received INTEGER NOT NULL, accepted INTEGER NOT NULL DEFAULT 0, "
            "PRIMARY KEY (account_id, jid)) WITHOUT ROWID"_s,
        });
}

// Replies (XEP-0461), retraction (XEP-0424) and reactions (XEP-0444): each reactor's whole
// current set per message, emojis joined by U+001F.
bool version3(QSqlDatabase& db)
{
    return execAll(db,
        {
            u"ALTER TABLE messages ADD COLUMN reply_to TEXT"_s,
            u"ALTER TABLE messages ADD COLUMN reply_quote TEXT"_s,
            u"ALTER TABLE messages ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE TABLE reactions (message_id INTEGER NOT NULL REFERENCES messages(id) "
            "ON DELETE CASCADE, reactor TEXT NOT NULL, emojis TEXT NOT NULL, "
            "PRIMARY KEY (message_id, reactor)) WITHOUT ROWID"_s,
        });
}

// Who wrote a room message, as a person: the occupant's real bare address where the room
// shows it, so that a correction or retraction is believed only from the same person.
bool version4(QSqlDatabase& db)
{
    return execAll(db, {u"ALTER TABLE messages ADD COLUMN sender_identity TEXT"_s});
}

// A moderator's reason for taking a room message back (XEP-0425), shown in its place
// (messages.retracted is 2 for those); the address of a file a message shares (XEP-0066).
bool version5(QSqlDatabase& db)
{
    return execAll(db,
        {u"ALTER TABLE messages ADD COLUMN moderation_reason TEXT"_s,
            u"ALTER TABLE messages ADD COLUMN attachment_url TEXT"_s});
}

// What a shared file's message says about it (XEP-0446: name, type, size, dimensions,
// hash), as JSON: read back as a whole, never queried by field.
bool version6(QSqlDatabase& db)
{
    return execAll(db, {u"ALTER TABLE messages ADD COLUMN attachment_details TEXT"_s});
}

// OMEMO's keys and sessions per account (XEP-0384), as libomemo-c serialises them: our
// identity, pre-keys, each peer device's session and identity key. Never written to a log.
bool version7(QSqlDatabase& db)
{
    return execAll(db,
        {u"CREATE TABLE omemo (account TEXT NOT NULL, kind INTEGER NOT NULL, name TEXT NOT NULL, "
         "value BLOB NOT NULL, PRIMARY KEY (account, kind, name)) WITHOUT ROWID"_s});
}

// Whether a message was encrypted end to end (XEP-0384) and by whom: see
// MessageRecord::Protection. Old rows were all readable on the way.
bool version8(QSqlDatabase& db)
{
    return execAll(
        db, {u"ALTER TABLE messages ADD COLUMN protection INTEGER NOT NULL DEFAULT 0"_s});
}
} // namespace

bool hasFts5(QSqlDatabase& db)
{
    QSqlQuery probe(db);
    return probe.exec(u"SELECT sqlite_compileoption_used('ENABLE_FTS5')"_s) && probe.next()
        && probe.value(0).toInt() == 1;
}

QList<Database::Migration> schemaMigrations()
{
    return {version1, version2, version3, version4, version5, version6, version7, version8};
}

} // namespace Palaver::Im

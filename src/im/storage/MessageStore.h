// MessageStore: history of messages and conversations, written and read on the database thread;
// every answer comes back on the caller's thread.
#pragma once

#include "ArchiveStore.h"
#include "Database.h"
#include "MessageRecord.h"
#include "MessageRevisions.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace Palaver::Im {

class MessageTable;

class MessageStore : public QObject
{
    Q_OBJECT

public:
    struct Stored
    {
        MessageRecord record; // with id and conversationId
        bool inserted = false; // false for a message history already had
    };

    explicit MessageStore(Database& database, QObject* parent = nullptr);
    ~MessageStore() override;

    // Stores what is new and recognises what is not (same archive id, or same sender and id).
    // done runs once the rows are committed: only then may the messages be acknowledged.
    void store(const QList<MessageRecord>& records, QObject* context,
        std::function<void(const QList<Stored>&)> done);
    void setState(qint64 messageId, MessageRecord::State state, const QString& error = {});
    // An answer about one of our messages, by its id: a receipt (this message) or a displayed
    // marker (this one and all before). done gets the row ids that changed.
    void advanceOutgoing(const QString& account, const QString& peer, const QString& messageId,
        MessageRecord::State state, QObject* context,
        std::function<void(const QList<qint64>&)> done);
    void correct(const QString& account, const QString& peer, const Reviser& reviser,
        const QString& replacedId, const QString& body, QObject* context,
        std::function<void(const std::optional<MessageRecord>&)> done);
    // Reactions (XEP-0444) and retraction (XEP-0424 / XEP-0425): see MessageRevisions.
    void react(const QString& account, const QString& peer, const QString& targetId,
        const QString& reactor, const QStringList& emojis, QObject* context,
        std::function<void(const std::optional<MessageRevisions::Reacted>&)> done);
    void retract(const QString& account, const QString& peer, const Reviser& reviser,
        const QString& targetId, QObject* context,
        std::function<void(const std::optional<qint64>&)> done);
    void moderate(const QString& account, const QString& peer, const QString& stanzaId,
        const QString& reason, QObject* context,
        std::function<void(const std::optional<qint64>&)> done);
    void markRead(qint64 conversationId);
    // Forgets the conversation and its whole history; done gets whether it could.
    void deleteConversation(
        qint64 conversationId, QObject* context, std::function<void(const bool&)> done);
    // History retention: forgets messages older than cutoff (never unsent ones).
    void deleteOlderThan(
        const QDateTime& cutoff, QObject* context, std::function<void(const int&)> done);

    void page(qint64 conversationId, const QDateTime& before, qint64 beforeId, int limit,
        QObject* context, std::function<void(const QList<MessageRecord>&)> done);
    void search(const QString& text, qint64 conversationId, int limit, QObject* context,
        std::function<void(const QList<MessageRecord>&)> done);
    void conversations(const QString& account, QObject* context,
        std::function<void(const QList<ConversationRecord>&)> done);
    void pending(const QString& account, ConversationKind kind, QObject* context,
        std::function<void(const QList<MessageRecord>&)> done);
    // Where reading the conversation's archive resumes (see HistoryQueries).
    void archivePosition(const QString& account, const QString& peer, QObject* context,
        std::function<void(const ArchivePosition&)> done);
    // The conversation's row id, creating it if needed.
    void conversationId(const QString& account, const QString& peer, QObject* context,
        std::function<void(const qint64&)> done);

    Database& database() { return m_database; }

Q_SIGNALS:
    // A message that shared a file was taken back: copies of the file are to go too.
    void attachmentRemoved(const QString& url);

private:
    // Reports a retraction: to whoever asked (if still there), and the file it shared.
    void announceCleared(const std::optional<MessageRevisions::Cleared>& cleared,
        const QPointer<QObject>& context,
        const std::function<void(const std::optional<qint64>&)>& done);

    Database& m_database;
    // Touched only on the database thread; shared so jobs keep it alive.
    std::shared_ptr<MessageTable> m_table;
};

} // namespace Palaver::Im

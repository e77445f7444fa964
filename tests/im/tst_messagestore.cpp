// MessageStore on a real SQLite file: schema and migrations, de-duplication across live,
// carbon and archive copies, delivery states that only move forward, corrections by their
// sender only, paging, full-text search, the conversation list, and no loss on a crash.
#include "im/storage/Database.h"
#include "im/storage/MessageStore.h"
#include "im/storage/Schema.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Palaver::Im;
using namespace Qt::StringLiterals;

namespace {
const QString alice = u"alice@example.com"_s;
const QString romeo = u"romeo@example.net"_s;

MessageRecord incoming(const QString& body, const QString& id, const QString& archiveId = {},
    qint64 secondsFromEpoch = 1700000000)
{
    MessageRecord record;
    record.account = alice;
    record.peer = romeo;
    record.sender = romeo + u"/orchard"_s;
    record.body = body;
    record.messageId = id;
    record.archiveId = archiveId;
    record.timestamp = QDateTime::fromSecsSinceEpoch(secondsFromEpoch, Qt::UTC);
    record.state = MessageRecord::State::Received;
    return record;
}

MessageRecord outgoing(const QString& body, const QString& id, qint64 secondsFromEpoch)
{
    MessageRecord record = incoming(body, id, {}, secondsFromEpoch);
    record.outgoing = true;
    record.sender = alice + u"/laptop"_s;
    record.originId = id;
    record.state = MessageRecord::State::Pending;
    return record;
}

// Waits for an asynchronous answer; an empty result makes the comparison after it fail.
template<typename T> T wait(std::optional<T>& slot)
{
    if (!QTest::qWaitFor([&slot] { return slot.has_value(); }, 10000)) {
        qWarning("no answer from the history within 10 s");
    }
    return slot.value_or(T());
}
} // namespace

class MessageStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void schemaIsCreatedOnceAndVersioned();
    void newerSchemaIsRefused();
    void duplicatesAreRecognised();
    void ownMessageLearnsItsArchiveId();
    void statesOnlyMoveForward();
    void correctionsComeFromTheSender();
    void reactionsReplaceTheReactorsSet();
    void retractionComesFromTheSenderAndForgetsTheText();
    void repliesKeepWhatTheyAnswer();
    void protectionIsKept();
    void roomRevisionsComeFromTheSamePerson_data();
    void roomRevisionsComeFromTheSamePerson();
    void pagesGoBackInTime();
    void fullTextSearch_data();
    void fullTextSearch();
    void conversationsList();
    void retentionForgetsOldMessages();
    void pendingAreListed();
    void nothingCommittedIsLostWhenKilled();

private:
    QList<MessageStore::Stored> store(const QList<MessageRecord>& records);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MessageStore> m_store;
};

void MessageStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_database->open(m_dir->filePath(u"history.sqlite"_s), schemaMigrations(), &error),
        qPrintable(error));
    m_store = std::make_unique<MessageStore>(*m_database);
}

void MessageStoreTest::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

QList<MessageStore::Stored> MessageStoreTest::store(const QList<MessageRecord>& records)
{
    std::optional<QList<MessageStore::Stored>> result;
    m_store->store(
        records, this, [&](const QList<MessageStore::Stored>& stored) { result = stored; });
    return wait(result);
}

void MessageStoreTest::schemaIsCreatedOnceAndVersioned()
{
    store({incoming(u"hello"_s, u"1"_s)});
    m_store.reset();
    m_database.reset();
    // Reopening keeps the data and migrates nothing twice.
    Database again;
    QVERIFY(again.open(m_dir->filePath(u"history.sqlite"_s), schemaMigrations()));
    std::optional<int> version;
    std::optional<int> rows;
    again.read<std::pair<int, int>>(
        [](QSqlDatabase& db) {
            QSqlQuery query(db);
            query.exec(u"PRAGMA user_version"_s);
            query.next();
            const int v = query.value(0).toInt();
            query.exec(u"SELECT count(*) FROM messages"_s);
            query.next();
            return std::pair {v, query.value(0).toInt()};
        },
        this,
        [&](const std::pair<int, int>& result) {
            version = result.first;
            rows = result.second;
        });
    QCOMPARE(wait(version), int(schemaMigrations().size()));
    QCOMPARE(wait(rows), 1);
    std::optional<QString> journal;
    again.read<QString>(
        [](QSqlDatabase& db) {
            QSqlQuery query(db);
            query.exec(u"PRAGMA journal_mode"_s);
            query.next();
            return query.value(0).toString();
        },
        this, [&](const QString& mode) { journal = mode; });
    QCOMPARE(wait(journal), u"wal"_s);
}

void MessageStoreTest::newerSchemaIsRefused()
{
    m_store.reset();
    m_database.reset();
    QList<Database::Migration> fewer = schemaMigrations();
    fewer.removeLast();
    Database older;
    QString error;
    QVERIFY(!older.open(m_dir->filePath(u"history.sqlite"_s), fewer, &error));
    QVERIFY(error.contains(u"newer version"_s));
}

void MessageStoreTest::duplicatesAreRecognised()
{
    // Live (with our archive's id), then the same from the archive, then a resend without it.
    const QList<MessageStore::Stored> first = store({incoming(u"one"_s, u"m1"_s, u"A1"_s)});
    QVERIFY(first.first().inserted);
    const QList<MessageStore::Stored> again = store({incoming(u"one"_s, u"m1"_s, u"A1"_s),
        incoming(u"one"_s, u"m1"_s), incoming(u"two"_s, u"m2"_s, u"A2"_s)});
    QCOMPARE(again.size(), 3);
    QVERIFY(!again[0].inserted);
    QCOMPARE(again[0].record.id, first.first().record.id);
    QVERIFY(!again[1].inserted);
    QVERIFY(again[2].inserted);
    // The same id from another sender is another message.
    MessageRecord other = incoming(u"three"_s, u"m1"_s);
    other.sender = romeo + u"/phone"_s;
    QVERIFY(store({other}).first().inserted);
    // Without any id there is nothing to recognise: stored each time.
    QVERIFY(store({incoming(u"anonymous"_s, {})}).first().inserted);
    QVERIFY(store({incoming(u"anonymous"_s, {})}).first().inserted);
}

void MessageStoreTest::ownMessageLearnsItsArchiveId()
{
    const qint64 id = store({outgoing(u"hi"_s, u"o1"_s, 1700000000)}).first().record.id;
    // It comes back from the archive with the id our server gave it.
    MessageRecord archived = outgoing(u"hi"_s, u"o1"_s, 1700000001);
    archived.sender = alice + u"/other-resource-name"_s;
    archived.archiveId = u"A9"_s;
    archived.state = MessageRecord::State::Sent;
    const MessageStore::Stored stored = store({archived}).first();
    QVERIFY(!stored.inserted);
    QCOMPARE(stored.record.id, id);
    // Now the archive id alone recognises it.
    MessageRecord byArchive = archived;
    byArchive.originId.clear();
    byArchive.messageId = u"different"_s;
    QCOMPARE(store({byArchive}).first().record.id, id);
}

void MessageStoreTest::statesOnlyMoveForward()
{
    const qint64 conversation
        = store({outgoing(u"a"_s, u"o1"_s, 100), outgoing(u"b"_s, u"o2"_s, 200),
                    outgoing(u"c"_s, u"o3"_s, 300)})
              .first()
              .record.conversationId;
    std::optional<QList<qint64>> changed;
    m_store->advanceOutgoing(alice, romeo, u"o1"_s, MessageRecord::State::Delivered, this,
        [&](const QList<qint64>& rows) { changed = rows; });
    QCOMPARE(wait(changed).size(), 1);
    // "Displayed" for o2 covers o1 and o2, not o3.
    changed.reset();
    m_store->advanceOutgoing(alice, romeo, u"o2"_s, MessageRecord::State::Displayed, this,
        [&](const QList<qint64>& rows) { changed = rows; });
    QCOMPARE(wait(changed).size(), 2);
    // A late receipt for o1 does not undo "displayed".
    changed.reset();
    m_store->advanceOutgoing(alice, romeo, u"o1"_s, MessageRecord::State::Delivered, this,
        [&](const QList<qint64>& rows) { changed = rows; });
    QVERIFY(wait(changed).isEmpty());
    std::optional<QList<MessageRecord>> page;
    m_store->page(conversation, {}, 0, 10, this,
        [&](const QList<MessageRecord>& records) { page = records; });
    const QList<MessageRecord> records = wait(page);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].state, MessageRecord::State::Displayed);
    QCOMPARE(records[1].state, MessageRecord::State::Displayed);
    QCOMPARE(records[2].state, MessageRecord::State::Pending);
}

void MessageStoreTest::correctionsComeFromTheSender()
{
    store({incoming(u"helo"_s, u"m1"_s)});
    std::optional<std::optional<MessageRecord>> result;
    m_store->correct(alice, romeo, {false, u"mallory@evil.example/x"_s, {}, false}, u"m1"_s,
        u"pwned"_s, this, [&](const std::optional<MessageRecord>& record) { result = record; });
    QVERIFY(!wait(result).has_value());
    result.reset();
    m_store->correct(alice, romeo, {false, romeo + u"/phone"_s, {}, false}, u"m1"_s, u"hello"_s,
        this, [&](const std::optional<MessageRecord>& record) { result = record; });
    const std::optional<MessageRecord> corrected = wait(result);
    QVERIFY(corrected.has_value());
    QCOMPARE(corrected->body, u"hello"_s);
    QVERIFY(corrected->corrected);
    // The search finds the corrected text, not the original.
    std::optional<QList<MessageRecord>> found;
    m_store->search(u"hello"_s, 0, 10, this, [&](const QList<MessageRecord>& r) { found = r; });
    QCOMPARE(wait(found).size(), 1);
    found.reset();
    m_store->search(u"helo"_s, 0, 10, this, [&](const QList<MessageRecord>& r) { found = r; });
    QCOMPARE(wait(found).size(), 0);
}

void MessageStoreTest::reactionsReplaceTheReactorsSet()
{
    const qint64 conversation
        = store({incoming(u"cake?"_s, u"m1"_s), outgoing(u"yes"_s, u"o1"_s, 1700000001)})
              .first()
              .record.conversationId;
    std::optional<std::optional<MessageRevisions::Reacted>> result;
    const auto react = [&](const QString& id, const QString& reactor, const QStringList& emojis) {
        result.reset();
        m_store->react(alice, romeo, id, reactor, emojis, this,
            [&](const std::optional<MessageRevisions::Reacted>& r) { result = r; });
        return wait(result);
    };
    QVERIFY(react(u"m1"_s, alice, {u"👍"_s, u"🎂"_s}).has_value());
    const auto both = react(u"m1"_s, romeo, {u"👍"_s});
    QVERIFY(both.has_value());
    QCOMPARE(both->reactions.size(), 2);
    // A new set replaces the reactor's old one; an empty set removes it.
    const auto replaced = react(u"m1"_s, alice, {u"🎉"_s});
    QCOMPARE(replaced->reactions.size(), 2);
    const auto mine = std::find_if(replaced->reactions.begin(), replaced->reactions.end(),
        [](const Reaction& r) { return r.reactor == alice; });
    QCOMPARE(mine->emojis, QStringList {u"🎉"_s});
    QCOMPARE(react(u"m1"_s, romeo, {})->reactions.size(), 1);
    // Our own message is named by its id as well; unknown ids change nothing.
    QVERIFY(react(u"o1"_s, romeo, {u"❤️"_s}).has_value());
    QVERIFY(!react(u"nope"_s, romeo, {u"❤️"_s}).has_value());

    std::optional<QList<MessageRecord>> page;
    m_store->page(conversation, {}, 0, 10, this, [&](const QList<MessageRecord>& r) { page = r; });
    const QList<MessageRecord> rows = wait(page);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).reactions.size(), 1);
    QCOMPARE(rows.at(0).reactions.first().reactor, alice);
    QCOMPARE(rows.at(1).reactions.first().emojis, QStringList {u"❤️"_s});
}

void MessageStoreTest::retractionComesFromTheSenderAndForgetsTheText()
{
    const qint64 conversation = store(
        {incoming(u"secret plans"_s, u"m1"_s), outgoing(u"my secret"_s, u"o1"_s, 1700000001)})
                                    .first()
                                    .record.conversationId;
    std::optional<std::optional<qint64>> result;
    const auto retract = [&](bool outgoing, const QString& sender, const QString& id) {
        result.reset();
        m_store->retract(alice, romeo, {outgoing, sender, {}, false}, id, this,
            [&](const std::optional<qint64>& row) { result = row; });
        return wait(result);
    };
    // Not by someone else, and the peer cannot take back what we wrote.
    QVERIFY(!retract(false, u"mallory@evil.example/x"_s, u"m1"_s));
    QVERIFY(!retract(false, romeo + u"/orchard"_s, u"o1"_s));
    QVERIFY(retract(false, romeo + u"/other"_s, u"m1"_s));
    QVERIFY(retract(true, alice + u"/laptop"_s, u"o1"_s));

    std::optional<QList<MessageRecord>> found;
    m_store->search(u"secret"_s, 0, 10, this, [&](const QList<MessageRecord>& r) { found = r; });
    QCOMPARE(wait(found).size(), 0);
    std::optional<QList<MessageRecord>> page;
    m_store->page(conversation, {}, 0, 10, this, [&](const QList<MessageRecord>& r) { page = r; });
    const QList<MessageRecord> rows = wait(page);
    QCOMPARE(rows.size(), 2);
    for (const MessageRecord& row : rows) {
        QVERIFY(row.retracted);
        QVERIFY(row.body.isEmpty());
    }
    // Nothing reacts to a message that is gone.
    std::optional<std::optional<MessageRevisions::Reacted>> reacted;
    m_store->react(alice, romeo, u"m1"_s, alice, {u"👍"_s}, this,
        [&](const std::optional<MessageRevisions::Reacted>& r) { reacted = r; });
    QVERIFY(!wait(reacted).has_value());
}

void MessageStoreTest::repliesKeepWhatTheyAnswer()
{
    MessageRecord reply = incoming(u"yes"_s, u"m2"_s);
    reply.replyTo = u"o1"_s;
    reply.replyQuote = u"cake?"_s;
    const qint64 conversation = store({reply}).first().record.conversationId;
    std::optional<QList<MessageRecord>> page;
    m_store->page(conversation, {}, 0, 10, this, [&](const QList<MessageRecord>& r) { page = r; });
    const QList<MessageRecord> rows = wait(page);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().replyTo, u"o1"_s);
    QCOMPARE(rows.first().replyQuote, u"cake?"_s);
}

void MessageStoreTest::protectionIsKept()
{
    MessageRecord sealed = incoming(u"secret"_s, u"p1"_s);
    sealed.protection = MessageRecord::Protection::Untrusted;
    MessageRecord unreadable = incoming({}, u"p2"_s);
    unreadable.protection = MessageRecord::Protection::Unreadable;
    unreadable.errorText = u"not-for-this-device"_s;
    const qint64 conversation = store({sealed, unreadable}).first().record.conversationId;
    std::optional<QList<MessageRecord>> page;
    m_store->page(conversation, {}, 0, 10, this, [&](const QList<MessageRecord>& r) { page = r; });
    const QList<MessageRecord> rows = wait(page);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).protection, MessageRecord::Protection::Untrusted);
    QCOMPARE(rows.at(0).body, u"secret"_s);
    QCOMPARE(rows.at(1).protection, MessageRecord::Protection::Unreadable);
    QCOMPARE(rows.at(1).errorText, u"not-for-this-device"_s);
}

void MessageStoreTest::pagesGoBackInTime()
{
    QList<MessageRecord> records;
    for (int i = 0; i < 25; ++i) {
        records.append(incoming(u"message %1"_s.arg(i), u"id%1"_s.arg(i), {}, 1700000000 + i));
    }
    const qint64 conversation = store(records).first().record.conversationId;
    std::optional<QList<MessageRecord>> page;
    m_store->page(conversation, {}, 0, 10, this, [&](const QList<MessageRecord>& r) { page = r; });
    QList<MessageRecord> newest = wait(page);
    QCOMPARE(newest.size(), 10);
    QCOMPARE(newest.first().body, u"message 15"_s);
    QCOMPARE(newest.last().body, u"message 24"_s);
    QCOMPARE(newest.first().account, alice);
    QCOMPARE(newest.first().peer, romeo);
    page.reset();
    m_store->page(conversation, newest.first().timestamp, newest.first().id, 10, this,
        [&](const QList<MessageRecord>& r) { page = r; });
    const QList<MessageRecord> older = wait(page);
    QCOMPARE(older.first().body, u"message 5"_s);
    QCOMPARE(older.last().body, u"message 14"_s);
    page.reset();
    m_store->page(conversation, older.first().timestamp, older.first().id, 10, this,
        [&](const QList<MessageRecord>& r) { page = r; });
    QCOMPARE(wait(page).size(), 5);
}

void MessageStoreTest::fullTextSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::newRow("word") << u"coffee"_s << 2;
    QTest::newRow("prefix") << u"cof"_s << 2;
    QTest::newRow("two words") << u"coffee tomorrow"_s << 1;
    QTest::newRow("diacritics") << u"cafe"_s << 1;
    QTest::newRow("case") << u"COFFEE"_s << 2;
    QTest::newRow("query syntax is just text") << u"coffee OR NOT \"*"_s << 0;
    QTest::newRow("quote") << u"\""_s << 0;
    QTest::newRow("nothing") << u"   "_s << 0;
}

void MessageStoreTest::fullTextSearch()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    store({incoming(u"Coffee tomorrow?"_s, u"1"_s), incoming(u"The café on the corner"_s, u"2"_s),
        incoming(u"no coffee for me"_s, u"3"_s), incoming(u"tea"_s, u"4"_s)});
    std::optional<QList<MessageRecord>> found;
    m_store->search(query, 0, 50, this, [&](const QList<MessageRecord>& r) { found = r; });
    QCOMPARE(wait(found).size(), hits);
}

void MessageStoreTest::conversationsList()
{
    store({incoming(u"first"_s, u"1"_s, {}, 100), incoming(u"second"_s, u"2"_s, {}, 200)});
    MessageRecord other = incoming(u"hi juliet"_s, u"3"_s, {}, 150);
    other.peer = u"juliet@example.com"_s;
    other.sender = u"juliet@example.com/balcony"_s;
    store({other});
    store({outgoing(u"reply"_s, u"o1"_s, 300)});
    std::optional<QList<ConversationRecord>> list;
    m_store->conversations(alice, this, [&](const QList<ConversationRecord>& r) { list = r; });
    QList<ConversationRecord> conversations = wait(list);
    QCOMPARE(conversations.size(), 2);
    QCOMPARE(conversations[0].peer, romeo); // most recent first
    QCOMPARE(conversations[0].unread, 2);
    QCOMPARE(conversations[0].lastBody, u"reply"_s);
    QVERIFY(conversations[0].lastOutgoing);
    QCOMPARE(conversations[1].unread, 1);
    m_store->markRead(conversations[0].id);
    list.reset();
    m_store->conversations(alice, this, [&](const QList<ConversationRecord>& r) { list = r; });
    QCOMPARE(wait(list).first().unread, 0);
}

void MessageStoreTest::retentionForgetsOldMessages()
{
    store({incoming(u"old coffee"_s, u"1"_s, {}, 1000), incoming(u"new coffee"_s, u"2"_s, {}, 5000),
        outgoing(u"old but unsent coffee"_s, u"o1"_s, 1000)});
    std::optional<int> deleted;
    m_store->deleteOlderThan(
        QDateTime::fromSecsSinceEpoch(3000, Qt::UTC), this, [&](const int& n) { deleted = n; });
    QCOMPARE(wait(deleted), 1);
    std::optional<QList<MessageRecord>> found;
    m_store->search(u"coffee"_s, 0, 50, this, [&](const QList<MessageRecord>& r) { found = r; });
    QStringList bodies;
    for (const MessageRecord& record : wait(found)) {
        bodies << record.body;
    }
    bodies.sort();
    QCOMPARE(bodies, (QStringList {u"new coffee"_s, u"old but unsent coffee"_s}));
    // The index stays consistent for what comes after.
    store({incoming(u"newer coffee"_s, u"3"_s, {}, 6000)});
    found.reset();
    m_store->search(u"coffee"_s, 0, 50, this, [&](const QList<MessageRecord>& r) { found = r; });
    QCOMPARE(wait(found).size(), 3);
}

void MessageStoreTest::pendingAreListed()
{
    const QList<MessageStore::Stored> stored
        = store({outgoing(u"a"_s, u"o1"_s, 100), outgoing(u"b"_s, u"o2"_s, 200)});
    m_store->setState(stored.first().record.id, MessageRecord::State::Sent);
    std::optional<QList<MessageRecord>> pending;
    m_store->pending(
        alice, ConversationKind::Chat, this, [&](const QList<MessageRecord>& r) { pending = r; });
    const QList<MessageRecord> list = wait(pending);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().originId, u"o2"_s);
}

void MessageStoreTest::nothingCommittedIsLostWhenKilled()
{
    // A helper writes messages and reports each committed batch, then is killed mid-stream.
    m_store.reset();
    m_database.reset();
    const QString path = m_dir->filePath(u"crash.sqlite"_s);
    QProcess writer;
    writer.start(QStringLiteral(PALAVER_HISTORY_WRITER), {path});
    QVERIFY(writer.waitForStarted());
    int acknowledged = 0;
    while (acknowledged < 300 && writer.waitForReadyRead(10000)) {
        while (writer.canReadLine()) {
            acknowledged = writer.readLine().trimmed().toInt();
        }
    }
    QVERIFY(acknowledged >= 300);
    writer.kill(); // SIGKILL: no clean shutdown, no flush
    writer.waitForFinished();
    while (writer.canReadLine()) {
        acknowledged = std::max(acknowledged, writer.readLine().trimmed().toInt());
    }

    Database reopened;
    QVERIFY(reopened.open(path, schemaMigrations()));
    std::optional<int> rows;
    reopened.read<int>(
        [](QSqlDatabase& db) {
            QSqlQuery query(db);
            query.exec(u"SELECT count(*) FROM messages"_s);
            query.next();
            return query.value(0).toInt();
        },
        this, [&](const int& count) { rows = count; });
    QVERIFY2(wait(rows) >= acknowledged,
        qPrintable(u"%1 acknowledged, %2 found"_s.arg(acknowledged).arg(*rows)));
}

void MessageStoreTest::roomRevisionsComeFromTheSamePerson_data()
{
    QTest::addColumn<QString>("storedIdentity");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<bool>("accepted");
    const QString ann = u"ann@example.org"_s;
    QTest::newRow("same nick, same person") << ann << u"Ann"_s << ann << true;
    QTest::newRow("renamed, same person") << ann << u"Annie"_s << ann << true;
    QTest::newRow("nick taken over") << ann << u"Ann"_s << u"eve@evil.example"_s << false;
    QTest::newRow("from the archive, same nick") << ann << u"Ann"_s << QString() << true;
    QTest::newRow("from the archive, other nick") << ann << u"Eve"_s << QString() << false;
    QTest::newRow("anonymous room, same nick") << QString() << u"Ann"_s << QString() << true;
    QTest::newRow("anonymous room, other nick") << QString() << u"Eve"_s << QString() << false;
    QTest::newRow("person unknown then, same nick") << QString() << u"Ann"_s << ann << true;
}

// A room's messages all come from the room's bare address: the occupant, and where the room
// shows it the person, must be the one who wrote the message.
void MessageStoreTest::roomRevisionsComeFromTheSamePerson()
{
    QFETCH(QString, storedIdentity);
    QFETCH(QString, sender);
    QFETCH(QString, identity);
    QFETCH(bool, accepted);
    const QString room = u"hall@rooms.example.org"_s;
    for (const bool retracting : {false, true}) {
        MessageRecord message = incoming(u"room text"_s, retracting ? u"r2"_s : u"r1"_s);
        message.peer = room;
        message.kind = ConversationKind::Room;
        message.sender = room + u"/Ann"_s;
        message.senderIdentity = storedIdentity;
        message.archiveId = retracting ? u"S2"_s : u"S1"_s;
        store({message});
        const Reviser reviser {false, room + u'/' + sender, identity, true};
        if (retracting) {
            std::optional<std::optional<qint64>> result;
            m_store->retract(alice, room, reviser, u"S2"_s, this,
                [&](const std::optional<qint64>& row) { result = row; });
            QCOMPARE(wait(result).has_value(), accepted);
        } else {
            std::optional<std::optional<MessageRecord>> result;
            m_store->correct(alice, room, reviser, u"r1"_s, u"fixed"_s, this,
                [&](const std::optional<MessageRecord>& record) { result = record; });
            QCOMPARE(wait(result).has_value(), accepted);
        }
    }
}

QTEST_GUILESS_MAIN(MessageStoreTest)
#include "tst_messagestore.moc"

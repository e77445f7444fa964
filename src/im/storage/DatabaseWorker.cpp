#include "DatabaseWorker.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "palaver.im.database")

namespace Palaver::Im {

DatabaseWorker::DatabaseWorker(const QString& connectionName)
    : m_connectionName(connectionName)
{ }

DatabaseWorker::~DatabaseWorker()
{
    commitPending();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool DatabaseWorker::open(
    const QString& path, const QList<Database::Migration>& migrations, QString* error)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery pragma(m_db);
    // WAL lets reads proceed during writes; FULL makes each commit durable, so what we
    // acknowledged survives a crash of the process or of the machine.
    for (const QString& statement :
        {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s,
            u"PRAGMA temp_store=MEMORY"_s, u"PRAGMA busy_timeout=5000"_s,
            // 16 MiB of page cache: index pages of a large history stay in memory while a
            // burst is written.
            u"PRAGMA cache_size=-16384"_s}) {
        if (!pragma.exec(statement)) {
            *error = pragma.lastError().text();
            return false;
        }
    }
    return migrate(migrations, error);
}

bool DatabaseWorker::migrate(const QList<Database::Migration>& migrations, QString* error)
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > migrations.size()) {
        *error = u"the history was written by a newer version of Palaver (schema %1, we know %2)"_s
                     .arg(version)
                     .arg(migrations.size());
        return false;
    }
    for (int step = version; step < migrations.size(); ++step) {
        if (!m_db.transaction()) {
            *error = m_db.lastError().text();
            return false;
        }
        // PRAGMA user_version takes no bound parameters; step is our own integer.
        if (!migrations[step](m_db) || !query.exec(u"PRAGMA user_version=%1"_s.arg(step + 1))
            || !m_db.commit()) {
            *error = u"upgrading the history to schema %1 failed: %2"_s.arg(step + 1).arg(
                query.lastError().isValid() ? query.lastError().text() : m_db.lastError().text());
            m_db.rollback();
            return false;
        }
        qCInfo(lcDatabase) << "history schema is now at version" << step + 1;
    }
    return true;
}

void DatabaseWorker::queueWrite(Write write)
{
    m_pending.append(std::move(write));
    if (!m_commitScheduled) {
        m_commitScheduled = true;
        // Runs after every event already posted to this thread: all of them share one commit.
        QTimer::singleShot(0, this, &DatabaseWorker::commitPending);
    }
}

void DatabaseWorker::commitPending()
{
    m_commitScheduled = false;
    if (m_pending.isEmpty()) {
        return;
    }
    const QList<Write> writes = std::exchange(m_pending, {});
    bool ok = m_db.transaction();
    if (ok) {
        for (const Write& write : writes) {
            write.job(m_db);
        }
        for (const Database::Job& job : std::as_const(m_beforeCommit)) {
            job(m_db);
        }
        ok = m_db.commit();
    }
    if (!ok) {
        qCWarning(lcDatabase) << "history write failed:" << m_db.lastError().text();
        m_db.rollback();
    }
    for (const Write& write : writes) {
        if (write.done && write.context) {
            QMetaObject::invokeMethod(
                write.context, [context = write.context, done = write.done, ok] {
                    if (context) {
                        done(ok);
                    }
                });
        }
    }
}

void DatabaseWorker::runRead(const Database::Job& job)
{
    commitPending(); // reads see every write queued before them
    job(m_db);
}

} // namespace Palaver::Im

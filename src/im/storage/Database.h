// Database: the profile's SQLite database on its own thread. Writes are batched into one
// transaction per wake-up of that thread; callers get results back on their own thread.
#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QThread;

namespace Palaver::Im {

class DatabaseWorker;

class Database : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<void(QSqlDatabase&)>;
    // Brings the schema from one version to the next, inside a transaction.
    using Migration = std::function<bool(QSqlDatabase&)>;

    explicit Database(QObject* parent = nullptr);
    ~Database() override;

    // Opens (creating if needed) and migrates; blocks until done. False with a reason when the
    // file cannot be used.
    bool open(const QString& path, const QList<Migration>& migrations, QString* error = nullptr);
    bool isOpen() const { return m_open; }
    const QString& path() const { return m_path; }

    // Runs job in a transaction shared with the other writes queued meanwhile; done runs on
    // context's thread once that transaction is committed (ok) or rolled back.
    void write(Job job, QObject* context = nullptr, std::function<void(bool ok)> done = {});

    // Runs query on the database thread after every write queued before it, and hands its
    // result to done on context's thread.
    template<typename Result>
    void read(std::function<Result(QSqlDatabase&)> query, QObject* context,
        std::function<void(const Result&)> done)
    {
        QPointer<QObject> guard(context);
        post([query = std::move(query), guard, done = std::move(done)](QSqlDatabase& db) {
            Result result = query(db);
            if (guard) {
                QMetaObject::invokeMethod(guard, [guard, done, result = std::move(result)] {
                    if (guard) {
                        done(result);
                    }
                });
            }
        });
    }

    // Blocks until everything queued so far has run and been committed.
    void flush();
    // Runs job in every write transaction, after the writes and before the commit.
    void addBeforeCommit(Job job);

private:
    void post(Job job);

    QThread* m_thread;
    DatabaseWorker* m_worker;
    QString m_path;
    bool m_open = false;
};

} // namespace Palaver::Im

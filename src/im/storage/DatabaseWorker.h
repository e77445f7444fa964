// DatabaseWorker: the half of Database that lives on the database thread.
#pragma once

#include "Database.h"

#include <QList>
#include <QObject>

namespace Palaver::Im {

class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    struct Write
    {
        Database::Job job;
        QPointer<QObject> context;
        std::function<void(bool)> done;
    };

    explicit DatabaseWorker(const QString& connectionName);
    ~DatabaseWorker() override;

    bool open(const QString& path, const QList<Database::Migration>& migrations, QString* error);
    void queueWrite(Write write);
    void runRead(const Database::Job& job);
    void commitPending();
    void addBeforeCommit(const Database::Job& job) { m_beforeCommit.append(job); }

private:
    bool migrate(const QList<Database::Migration>& migrations, QString* error);

    QString m_connectionName;
    QSqlDatabase m_db;
    QList<Write> m_pending;
    QList<Database::Job> m_beforeCommit;
    bool m_commitScheduled = false;
};

} // namespace Palaver::Im

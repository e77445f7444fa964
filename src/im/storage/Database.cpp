#include "Database.h"

#include "DatabaseWorker.h"

#include <QSemaphore>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Palaver::Im {

Database::Database(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(
          new DatabaseWorker(u"palaver-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)))
{
    m_thread->setObjectName(u"database"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

Database::~Database()
{
    flush();
    m_thread->quit();
    m_thread->wait();
}

bool Database::open(const QString& path, const QList<Migration>& migrations, QString* error)
{
    bool ok = false;
    QString reason;
    QSemaphore done;
    QMetaObject::invokeMethod(m_worker, [&] {
        ok = m_worker->open(path, migrations, &reason);
        done.release();
    });
    done.acquire();
    m_path = path;
    m_open = ok;
    if (error) {
        *error = reason;
    }
    return ok;
}

void Database::write(Job job, QObject* context, std::function<void(bool)> done)
{
    DatabaseWorker::Write write {std::move(job), context, std::move(done)};
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, write = std::move(write)]() mutable {
        worker->queueWrite(std::move(write));
    });
}

void Database::post(Job job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { worker->runRead(job); });
}

void Database::addBeforeCommit(Job job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { worker->addBeforeCommit(job); });
}

void Database::flush()
{
    QSemaphore done;
    QMetaObject::invokeMethod(m_worker, [&] {
        m_worker->commitPending();
        done.release();
    });
    done.acquire();
}

} // namespace Palaver::Im

#include "BackgroundTask.h"

#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace Palaver::Xmpp {

BackgroundTask::BackgroundTask(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (!m_running || m_watcher.future().resultCount() == 0) {
            return;
        }
        m_running = false;
        Q_EMIT finished(m_watcher.result());
    });
}

void BackgroundTask::start(std::function<QByteArray()> work)
{
    auto promise = std::make_shared<QPromise<QByteArray>>();
    promise->start();
    m_running = true;
    m_watcher.setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

void BackgroundTask::cancel()
{
    m_running = false;
    m_watcher.setFuture(QFuture<QByteArray>());
}

} // namespace Palaver::Xmpp

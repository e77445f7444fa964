// BackgroundTask: runs one slow function (a key derivation, say) on Qt's thread pool and hands
// its result back on the thread that started it, so the event loop never waits for it. A
// result that comes after cancel(), another start() or the task's end is dropped.
#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace Palaver::Xmpp {

class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundTask(QObject* parent = nullptr);

    void start(std::function<QByteArray()> work);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const QByteArray& result);

private:
    QFutureWatcher<QByteArray> m_watcher;
    bool m_running = false;
};

} // namespace Palaver::Xmpp

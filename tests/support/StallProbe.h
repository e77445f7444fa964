// StallProbe: how long the thread it lives on went without running its event loop, measured
// by a fine timer; tests print it, benchmarks report it (neither asserts on it).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Palaver::Testing {

class StallProbe : public QObject
{
    Q_OBJECT

public:
    explicit StallProbe(QObject* parent = nullptr);

    void start();
    void stop() { m_timer.stop(); }
    // The longest gap between two turns of the event loop since start(), in milliseconds.
    qint64 longestStallMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace Palaver::Testing

// StopRequest: Ctrl+C, a closed terminal or a kill, turned into a signal of the event loop, so
// the demo programs stop what they started before they exit.
#pragma once

#include <QObject>
#include <QTimer>

namespace Palaver::Demo {

class StopRequest : public QObject
{
    Q_OBJECT

public:
    // Catches SIGINT, SIGTERM and SIGHUP from now on; only one may exist.
    explicit StopRequest(QObject* parent = nullptr);
    ~StopRequest() override;

Q_SIGNALS:
    void requested();

private:
    QTimer m_poll;
};

} // namespace Palaver::Demo

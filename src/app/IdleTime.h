// IdleTime: how long since the user last touched keyboard or mouse, anywhere on the desktop
// where the system says (GNOME's and KDE's idle monitors over D-Bus, Windows' last input);
// elsewhere, since they last used Palaver's own windows.
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace Palaver::App {

class IdleTime : public QObject
{
    Q_OBJECT

public:
    explicit IdleTime(QObject* parent = nullptr);

    qint64 milliseconds();
    // Whether the figure comes from the desktop rather than Palaver's windows.
    bool isSystemWide();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::optional<qint64> systemMilliseconds();

    static constexpr int NoMonitor = -2;
    QElapsedTimer m_sinceInput;
    int m_monitor = -1; // which desktop idle monitor answers; -1 not asked yet
};

} // namespace Palaver::App

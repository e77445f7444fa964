// DesktopIntegration: how Palaver lives on the desktop beside its windows: closing the main
// window keeps it running in the tray (asked the first time), starting minimised, and
// starting with the desktop session, as the user chose in the preferences.
#pragma once

#include <QObject>

#include <functional>

class QSettings;
class QWidget;

namespace Palaver::App {

class DesktopIntegration : public QObject
{
    Q_OBJECT

public:
    DesktopIntegration(
        QSettings& settings, QWidget& mainWindow, bool trayAvailable, QObject* parent = nullptr);

    bool trayAvailable() const { return m_tray; }
    // Shows the main window as the user wants it at start: not at all when it starts
    // minimised to the tray, minimised without one.
    void showAtStart();
    // Makes the session's autostart entry match the preferences.
    void apply();
    // The preferences' autostart choice read from what is installed (it may have been removed
    // by hand, or by another profile).
    void readAutostart();
    // The first close of the main window asks whether to keep running; this asks instead
    // (tests), true for keep running.
    void setAsk(std::function<bool()> ask) { m_ask = std::move(ask); }

Q_SIGNALS:
    void quitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool askToKeepRunning() const;

    QSettings& m_settings;
    QWidget& m_window;
    bool m_tray;
    std::function<bool()> m_ask;
};

} // namespace Palaver::App

#include "DesktopIntegration.h"

#include "SessionAutostart.h"
#include "gui/SettingsKeys.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QWidget>

namespace Palaver::App {

DesktopIntegration::DesktopIntegration(
    QSettings& settings, QWidget& mainWindow, bool trayAvailable, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_window(mainWindow)
    , m_tray(trayAvailable)
{
    m_window.installEventFilter(this);
    if (m_tray) {
        QApplication::setQuitOnLastWindowClosed(false); // the tray keeps it running
    }
}

void DesktopIntegration::showAtStart()
{
    if (!m_settings.value(Gui::SettingsKeys::startMinimised, false).toBool()) {
        m_window.show();
    } else if (!m_tray) {
        m_window.showMinimized(); // without a tray, the taskbar is the way back
    }
}

void DesktopIntegration::apply()
{
    const QVariant wanted = m_settings.value(Gui::SettingsKeys::autostart);
    if (SessionAutostart::isSupported() && wanted.isValid()
        && wanted.toBool() != SessionAutostart::isEnabled()) {
        SessionAutostart::setEnabled(wanted.toBool());
    }
}

void DesktopIntegration::readAutostart()
{
    if (SessionAutostart::isSupported()) {
        m_settings.setValue(Gui::SettingsKeys::autostart, SessionAutostart::isEnabled());
    }
}

bool DesktopIntegration::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != &m_window || event->type() != QEvent::Close || !m_tray) {
        return false;
    }
    const QVariant chosen = m_settings.value(Gui::SettingsKeys::closeToTray);
    const bool keepRunning = chosen.isValid() ? chosen.toBool() : askToKeepRunning();
    m_settings.setValue(Gui::SettingsKeys::closeToTray, keepRunning);
    if (keepRunning) {
        event->ignore();
        m_window.hide();
        return true;
    }
    Q_EMIT quitRequested();
    return false;
}

bool DesktopIntegration::askToKeepRunning() const
{
    if (m_ask) {
        return m_ask();
    }
    QMessageBox box(QMessageBox::Question, tr("Keep Palaver Running?"),
        tr("Palaver can keep running in the tray, so that messages still reach you. Open it "
           "again from the tray icon; quit from the tray icon's menu. You can change this in "
           "Preferences."),
        QMessageBox::NoButton, &m_window);
    QPushButton* keep = box.addButton(tr("Keep Running in the Tray"), QMessageBox::AcceptRole);
    box.addButton(tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == keep;
}

} // namespace Palaver::App

// Living beside the windows: closing the main window keeps Palaver in the tray (asked once,
// then remembered; without a tray it just closes), starting minimised, and the desktop
// session's autostart entry written and removed as the preferences say.
#include "app/DesktopIntegration.h"
#include "app/SessionAutostart.h"
#include "gui/SettingsKeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Palaver;
using namespace Qt::StringLiterals;

class DesktopIntegrationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void closingAsksOnceThenRemembers();
    void quittingIsAlsoRemembered();
    void withoutATrayClosingCloses();
    void startsMinimised();
    void autostartEntryFollowsThePreferences();

private:
    std::unique_ptr<QSettings> freshSettings();

    QTemporaryDir m_dir;
    int m_settingsCount = 0;
};

void DesktopIntegrationTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
}

std::unique_ptr<QSettings> DesktopIntegrationTest::freshSettings()
{
    return std::make_unique<QSettings>(
        m_dir.filePath(u"profile%1.ini"_s.arg(++m_settingsCount)), QSettings::IniFormat);
}

void DesktopIntegrationTest::closingAsksOnceThenRemembers()
{
    auto settings = freshSettings();
    QWidget window;
    App::DesktopIntegration desktop(*settings, window, true);
    int asked = 0;
    desktop.setAsk([&] {
        ++asked;
        return true;
    });
    QSignalSpy quit(&desktop, &App::DesktopIntegration::quitRequested);
    for (int time = 0; time < 2; ++time) {
        window.show();
        QVERIFY(!window.close()); // refused: hidden instead
        QVERIFY(window.isHidden());
    }
    QCOMPARE(asked, 1);
    QCOMPARE(quit.count(), 0);
    QVERIFY(settings->value(Gui::SettingsKeys::closeToTray).toBool());
}

void DesktopIntegrationTest::quittingIsAlsoRemembered()
{
    auto settings = freshSettings();
    QWidget window;
    App::DesktopIntegration desktop(*settings, window, true);
    int asked = 0;
    desktop.setAsk([&] {
        ++asked;
        return false;
    });
    QSignalSpy quit(&desktop, &App::DesktopIntegration::quitRequested);
    window.show();
    QVERIFY(window.close());
    window.show();
    QVERIFY(window.close());
    QCOMPARE(asked, 1);
    QCOMPARE(quit.count(), 2);
    QCOMPARE(settings->value(Gui::SettingsKeys::closeToTray).toBool(), false);
}

void DesktopIntegrationTest::withoutATrayClosingCloses()
{
    auto settings = freshSettings();
    QWidget window;
    App::DesktopIntegration desktop(*settings, window, false);
    desktop.setAsk([] {
        QTest::qFail("asked without a tray", __FILE__, __LINE__);
        return true;
    });
    QSignalSpy quit(&desktop, &App::DesktopIntegration::quitRequested);
    window.show();
    QVERIFY(window.close());
    QCOMPARE(quit.count(), 0);
    QVERIFY(!settings->contains(Gui::SettingsKeys::closeToTray));
}

void DesktopIntegrationTest::startsMinimised()
{
    auto settings = freshSettings();
    settings->setValue(Gui::SettingsKeys::startMinimised, true);
    QWidget inTray;
    App::DesktopIntegration withTray(*settings, inTray, true);
    withTray.showAtStart();
    QVERIFY(inTray.isHidden()); // only the tray icon
    QWidget onTaskbar;
    App::DesktopIntegration withoutTray(*settings, onTaskbar, false);
    withoutTray.showAtStart();
    QVERIFY(onTaskbar.isVisible() && onTaskbar.isMinimized());
    settings->setValue(Gui::SettingsKeys::startMinimised, false);
    QWidget normal;
    App::DesktopIntegration usual(*settings, normal, true);
    usual.showAtStart();
    QVERIFY(normal.isVisible() && !normal.isMinimized());
}

void DesktopIntegrationTest::autostartEntryFollowsThePreferences()
{
    QVERIFY(App::SessionAutostart::isSupported());
    const QString entry = App::SessionAutostart::entryPath();
    QVERIFY(entry.startsWith(m_dir.path()));
    auto settings = freshSettings();
    QWidget window;
    App::DesktopIntegration desktop(*settings, window, true);
    desktop.readAutostart();
    QCOMPARE(settings->value(Gui::SettingsKeys::autostart).toBool(), false);

    settings->setValue(Gui::SettingsKeys::autostart, true);
    desktop.apply();
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(u"[Desktop Entry]\n"_s));
    QVERIFY2(text.contains(u"Exec=\""_s + QCoreApplication::applicationFilePath() + u'"'),
        qPrintable(text));
    file.close();
    settings->remove(Gui::SettingsKeys::autostart);
    desktop.readAutostart();
    QCOMPARE(settings->value(Gui::SettingsKeys::autostart).toBool(), true);

    settings->setValue(Gui::SettingsKeys::autostart, false);
    desktop.apply();
    QVERIFY(!QFile::exists(entry));
}

QTEST_MAIN(DesktopIntegrationTest)
#include "tst_desktopintegration.moc"

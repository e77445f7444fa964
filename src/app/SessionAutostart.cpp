#include "SessionAutostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Palaver::App {
namespace {
#ifdef Q_OS_WIN
const QString RunKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;
#endif

// The program as the desktop entry specification quotes arguments.
QString quotedProgram()
{
    QString path = QCoreApplication::applicationFilePath();
    path.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'`', u"\\`"_s);
    path.replace(u'$', u"\\$"_s);
    return u'"' + path + u'"';
}
} // namespace

bool SessionAutostart::isSupported()
{
#if defined(Q_OS_WIN) || (defined(Q_OS_UNIX) && !defined(Q_OS_MACOS))
    return true;
#else
    return false;
#endif
}

QString SessionAutostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/autostart/palaver.desktop"_s;
}

bool SessionAutostart::isEnabled()
{
#ifdef Q_OS_WIN
    return QSettings(RunKey, QSettings::NativeFormat).contains(u"Palaver"_s);
#else
    return isSupported() && QFile::exists(entryPath());
#endif
}

bool SessionAutostart::setEnabled(bool enabled)
{
#ifdef Q_OS_WIN
    QSettings run(RunKey, QSettings::NativeFormat);
    if (enabled) {
        run.setValue(u"Palaver"_s,
            u'"' + QDir::toNativeSeparators(QCoreApplication::applicationFilePath()) + u'"');
    } else {
        run.remove(u"Palaver"_s);
    }
    run.sync();
    return run.status() == QSettings::NoError;
#else
    if (!isSupported()) {
        return false;
    }
    if (!enabled) {
        return !QFile::exists(entryPath()) || QFile::remove(entryPath());
    }
    if (!QDir().mkpath(QFileInfo(entryPath()).absolutePath())) {
        return false;
    }
    QSaveFile entry(entryPath());
    if (!entry.open(QIODevice::WriteOnly)) {
        return false;
    }
    const QString text = u"[Desktop Entry]\nType=Application\nName=Palaver\n"
                         "Comment=Desktop XMPP messenger\nExec=%1\nIcon=palaver\n"
                         "Terminal=false\nX-GNOME-Autostart-enabled=true\n"_s.arg(quotedProgram());
    entry.write(text.toUtf8());
    return entry.commit();
#endif
}

} // namespace Palaver::App

#include "IdleTime.h"

#include <QCoreApplication>
#include <QEvent>

#if QT_CONFIG(dbus)
#include <QDBusConnection>
#include <QDBusMessage>
#endif

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace Palaver::App {

IdleTime::IdleTime(QObject* parent)
    : QObject(parent)
{
    m_sinceInput.start();
    QCoreApplication::instance()->installEventFilter(this);
}

bool IdleTime::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        m_sinceInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

qint64 IdleTime::milliseconds()
{
    return systemMilliseconds().value_or(m_sinceInput.elapsed());
}

bool IdleTime::isSystemWide()
{
    return systemMilliseconds().has_value();
}

std::optional<qint64> IdleTime::systemMilliseconds()
{
#ifdef Q_OS_WIN
    LASTINPUTINFO info {};
    info.cbSize = sizeof(info);
    if (GetLastInputInfo(&info)) {
        return qint64(GetTickCount() - info.dwTime);
    }
#endif
#if QT_CONFIG(dbus)
    struct Monitor
    {
        QString service;
        QString path;
        QString interface;
        QString method;
    };
    static const Monitor monitors[] = {
        {u"org.gnome.Mutter.IdleMonitor"_s, u"/org/gnome/Mutter/IdleMonitor/Core"_s,
            u"org.gnome.Mutter.IdleMonitor"_s, u"GetIdletime"_s},
        {u"org.freedesktop.ScreenSaver"_s, u"/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s,
            u"GetSessionIdleTime"_s},
    };
    // The first monitor that answers is asked from then on; one that never did is not asked
    // again, so a desktop without one costs nothing.
    for (int i = qMax(0, m_monitor); i < int(std::size(monitors)) && m_monitor != NoMonitor; ++i) {
        const Monitor& monitor = monitors[i];
        QDBusMessage call = QDBusMessage::createMethodCall(
            monitor.service, monitor.path, monitor.interface, monitor.method);
        const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 500);
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
            m_monitor = i;
            return reply.arguments().constFirst().toLongLong();
        }
        if (m_monitor == i) {
            return std::nullopt; // it answered before: a passing failure
        }
    }
    if (m_monitor < 0) {
        m_monitor = NoMonitor;
    }
#endif
    return std::nullopt;
}

} // namespace Palaver::App

#include "DesktopNotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNotifications, "palaver.app.notifications")

namespace Palaver::App {
namespace {
const QString Service = u"org.freedesktop.Notifications"_s;
const QString Path = u"/org/freedesktop/Notifications"_s;
const QString DefaultAction = u"default"_s;
const QString ReplyAction = u"inline-reply"_s;

// The specification lets a service read the body as a small subset of HTML.
QString bodyFor(const QString& text, bool markup)
{
    return markup ? text.toHtmlEscaped() : text;
}
} // namespace

DesktopNotifications::DesktopNotifications(QObject* parent)
    : QObject(parent)
    , m_service(new QDBusInterface(Service, Path, Service, QDBusConnection::sessionBus(), this))
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(
        Service, Path, Service, u"ActionInvoked"_s, this, SLOT(onActionInvoked(quint32, QString)));
    bus.connect(
        Service, Path, Service, u"NotificationReplied"_s, this, SLOT(onReplied(quint32, QString)));
    bus.connect(
        Service, Path, Service, u"NotificationClosed"_s, this, SLOT(onClosed(quint32, quint32)));
    if (!isAvailable()) {
        return;
    }
    auto* watcher = new QDBusPendingCallWatcher(m_service->asyncCall(u"GetCapabilities"_s), this);
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
            const QDBusPendingReply<QStringList> reply = *call;
            if (reply.isValid()) {
                const QStringList capabilities = reply.value();
                m_capabilities = QSet<QString>(capabilities.begin(), capabilities.end());
            }
            call->deleteLater();
        });
}

DesktopNotifications::~DesktopNotifications() = default;

bool DesktopNotifications::isAvailable() const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface()
        && bus.interface()->isServiceRegistered(Service).value();
}

void DesktopNotifications::show(
    const Notification& notification, QObject* context, std::function<void(quint32)> shown)
{
    QStringList actions {DefaultAction, tr("Open")};
    QVariantMap hints {{u"category"_s, u"im.received"_s}, {u"desktop-entry"_s, u"palaver"_s},
        {u"urgency"_s, QVariant::fromValue(uchar(1))}};
    if (notification.sound) {
        hints.insert(u"sound-name"_s, u"message-new-instant"_s);
    } else {
        hints.insert(u"suppress-sound"_s, true);
    }
    if (!notification.imagePath.isEmpty()) {
        hints.insert(u"image-path"_s, notification.imagePath);
    }
    if (notification.inlineReply && canReplyInline()) {
        actions << ReplyAction << tr("Reply");
        hints.insert(u"x-kde-reply-placeholder-text"_s, notification.replyPlaceholder);
    }
    // Until the service has said what it reads, as markup: escaped text is at worst shown
    // with its entities, markup taken as such could hide or fake text.
    const QString body = bodyFor(
        notification.text, m_capabilities.isEmpty() || m_capabilities.contains(u"body-markup"_s));
    const QDBusPendingCall call = m_service->asyncCall(u"Notify"_s, u"Palaver"_s,
        notification.replaces, u"palaver"_s, notification.title, body, actions, hints, int(-1));
    auto* watcher = new QDBusPendingCallWatcher(call, context);
    connect(watcher, &QDBusPendingCallWatcher::finished, context,
        [shown = std::move(shown)](QDBusPendingCallWatcher* finished) {
            const QDBusPendingReply<quint32> reply = *finished;
            if (!reply.isValid()) {
                qCWarning(lcNotifications) << "notification refused:" << reply.error().message();
            }
            shown(reply.isValid() ? reply.value() : 0);
            finished->deleteLater();
        });
}

void DesktopNotifications::close(quint32 id)
{
    if (id != 0) {
        m_service->asyncCall(u"CloseNotification"_s, id);
    }
}

void DesktopNotifications::onActionInvoked(quint32 id, const QString& action)
{
    if (action == DefaultAction) {
        Q_EMIT activated(id);
    }
}

void DesktopNotifications::onReplied(quint32 id, const QString& text)
{
    Q_EMIT replied(id, text);
}

void DesktopNotifications::onClosed(quint32 id, quint32)
{
    Q_EMIT closed(id);
}

} // namespace Palaver::App

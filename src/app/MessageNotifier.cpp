#include "MessageNotifier.h"

#include "DesktopNotifications.h"
#include "TrayIcon.h"
#include "gui/NotificationLevel.h"
#include "gui/SettingsKeys.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Palaver::App {
namespace {
constexpr int ShownLines = 3;
constexpr qsizetype LineLength = 200;
} // namespace

MessageNotifier::MessageNotifier(QSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_desktop(new DesktopNotifications(this))
{
    connect(m_desktop, &DesktopNotifications::activated, this, [this](quint32 id) {
        const QString key = keyOfId(id);
        if (!key.isEmpty()) {
            const Shown shown = m_shown.value(key);
            Q_EMIT openRequested(shown.account, shown.peer);
        }
    });
    connect(
        m_desktop, &DesktopNotifications::replied, this, [this](quint32 id, const QString& text) {
            const QString key = keyOfId(id);
            if (!key.isEmpty() && !text.trimmed().isEmpty()) {
                const Shown shown = m_shown.take(key); // answered: the conversation is read
                Q_EMIT replyRequested(shown.account, shown.peer, text.trimmed());
            }
        });
    connect(m_desktop, &DesktopNotifications::closed, this, [this](quint32 id) {
        if (const QString key = keyOfId(id); !key.isEmpty()) {
            m_shown.remove(key); // dismissed: the next message starts a new one
        }
    });
}

MessageNotifier::~MessageNotifier() = default;

bool MessageNotifier::wants(const Message& message) const
{
    if (!m_settings.value(Gui::SettingsKeys::notifications, true).toBool()) {
        return false;
    }
    switch (Gui::NotificationLevel::of(m_settings, message.account, message.peer, message.room)) {
    case Gui::NotificationLevel::All:
        return true;
    case Gui::NotificationLevel::Mentions:
        return message.mention;
    case Gui::NotificationLevel::Nothing:
        return false;
    }
    return false;
}

bool MessageNotifier::notify(const Message& message)
{
    if (!wants(message)) {
        return false;
    }
    const bool sound = m_settings.value(Gui::SettingsKeys::notificationSound, true).toBool()
        && (!message.room || message.mention);
    if (!m_desktop->isAvailable()) {
        if (!m_tray) {
            return false;
        }
        m_tray->notify(message.account, message.peer, message.title, message.text.left(LineLength));
        return true;
    }
    const QString key = message.account + u'\n' + message.peer;
    Shown& shown = m_shown[key];
    shown.account = message.account;
    shown.peer = message.peer;
    shown.count += 1;
    shown.title = shown.count > 1
        ? tr("%1 (%n new messages)", nullptr, shown.count).arg(message.title)
        : message.title;
    QString line = message.text.simplified();
    if (line.size() > LineLength) {
        line = line.left(LineLength) + u'…';
    }
    shown.lines.append(line);
    while (shown.lines.size() > ShownLines) {
        shown.lines.removeFirst();
    }
    shown.imagePath = message.imagePath;
    shown.sound = sound;
    if (shown.waiting) {
        shown.changed = true; // shown again once the service has named the first one
        return true;
    }
    show(key);
    return true;
}

void MessageNotifier::show(const QString& key)
{
    Shown& shown = m_shown[key];
    DesktopNotifications::Notification notification;
    notification.replaces = shown.id;
    notification.title = shown.title;
    notification.text = shown.lines.join(u'\n');
    notification.imagePath = shown.imagePath;
    notification.sound = shown.sound;
    notification.inlineReply = true;
    notification.replyPlaceholder = tr("Reply…");
    shown.waiting = true;
    shown.changed = false;
    m_desktop->show(notification, this, [this, key](quint32 id) {
        const auto it = m_shown.find(key);
        if (it == m_shown.end()) {
            m_desktop->close(id); // read while it was on its way
            return;
        }
        it->id = id;
        it->waiting = false;
        if (it->changed) {
            show(key);
        }
    });
}

void MessageNotifier::withdraw(const QString& account, const QString& peer)
{
    const auto it = m_shown.find(account + u'\n' + peer);
    if (it == m_shown.end()) {
        return;
    }
    m_desktop->close(it->id); // one still on its way is closed when its id comes
    m_shown.erase(it);
}

QString MessageNotifier::keyOfId(quint32 id) const
{
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it) {
        if (it->id == id && id != 0) {
            return it.key();
        }
    }
    return {};
}

} // namespace Palaver::App

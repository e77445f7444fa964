// DesktopNotifications: the desktop's notification service (the freedesktop.org notification
// specification over D-Bus): show, replace and withdraw a notification, with actions and,
// where the service offers it, a reply typed into the notification. Every call is
// asynchronous: a slow or hung service never holds up the window.
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

class QDBusInterface;

namespace Palaver::App {

class DesktopNotifications : public QObject
{
    Q_OBJECT

public:
    struct Notification
    {
        quint32 replaces = 0; // the notification this one takes the place of
        QString title;
        QString text; // plain text
        QString imagePath; // the sender's picture, if there is one
        bool sound = false;
        bool inlineReply = false; // offer a reply field where the service has one
        QString replyPlaceholder;
    };

    explicit DesktopNotifications(QObject* parent = nullptr);
    ~DesktopNotifications() override;

    // Whether a notification service is on the session bus.
    bool isAvailable() const;
    bool canReplyInline() const { return m_capabilities.contains(QStringLiteral("inline-reply")); }
    // shown gets the service's id for it (0 when it failed).
    void show(
        const Notification& notification, QObject* context, std::function<void(quint32 id)> shown);
    void close(quint32 id);

Q_SIGNALS:
    void activated(quint32 id); // the user clicked it or chose Open
    void replied(quint32 id, const QString& text);
    void closed(quint32 id);

private Q_SLOTS:
    void onActionInvoked(quint32 id, const QString& action);
    void onReplied(quint32 id, const QString& text);
    void onClosed(quint32 id, quint32 reason);

private:
    QDBusInterface* m_service;
    QSet<QString> m_capabilities;
};

} // namespace Palaver::App

// MessageNotifier: tells the user about new messages they are not reading: through the
// desktop's notification service where there is one (one notification per conversation,
// replaced as more arrive, withdrawn once the conversation is read here or on another device,
// with Open and, where the desktop offers it, a reply typed into the notification), else
// through the tray. How much each conversation may say is the user's (NotificationLevel); a
// sound plays for chats and mentions.
#pragma once

#include <QHash>
#include <QObject>

class QSettings;

namespace Palaver::App {

class DesktopNotifications;
class TrayIcon;

class MessageNotifier : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        QString account;
        QString peer; // the conversation
        QString title; // who wrote, and where
        QString text;
        QString imagePath; // the sender's picture, if we have one
        bool room = false;
        bool mention = false; // names the user
    };

    MessageNotifier(QSettings& settings, QObject* parent = nullptr);
    ~MessageNotifier() override;

    // Where there is no notification service: the tray's balloon.
    void setTray(TrayIcon* tray) { m_tray = tray; }
    DesktopNotifications& desktop() { return *m_desktop; }

    // Whether the conversation's level lets this message through.
    bool wants(const Message& message) const;
    // Shows (or updates) the conversation's notification; false when it stays silent.
    bool notify(const Message& message);
    // The conversation was read: its notification goes.
    void withdraw(const QString& account, const QString& peer);

Q_SIGNALS:
    void openRequested(const QString& account, const QString& peer);
    void replyRequested(const QString& account, const QString& peer, const QString& text);

private:
    struct Shown
    {
        QString account;
        QString peer;
        quint32 id = 0; // the service's, once it answered
        bool waiting = false; // for the service's id
        bool changed = false; // more arrived while waiting
        int count = 0;
        QString title;
        QStringList lines;
        QString imagePath;
        bool sound = false;
    };

    void show(const QString& key);
    QString keyOfId(quint32 id) const;

    QSettings& m_settings;
    DesktopNotifications* m_desktop;
    TrayIcon* m_tray = nullptr;
    QHash<QString, Shown> m_shown; // by "account\npeer"
};

} // namespace Palaver::App

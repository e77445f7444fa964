// TrayIcon: Palaver in the system tray: the unread count, a menu to change status, show or
// hide the main window and quit, and desktop notifications for new messages.
#pragma once

#include <QSystemTrayIcon>

class QMenu;

namespace Palaver::App {

class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    void setUnreadCount(int count);
    void setShow(int show);
    // A notification for a new message; clicking it opens the conversation.
    void notify(
        const QString& account, const QString& peer, const QString& title, const QString& text);

Q_SIGNALS:
    void statusChosen(int show);
    void toggleWindowRequested();
    void quitRequested();
    void conversationRequested(const QString& account, const QString& peer);

private:
    void updateIcon();

    QMenu* m_menu;
    int m_unread = 0;
    int m_show = -1;
    QString m_lastAccount;
    QString m_lastPeer;
};

} // namespace Palaver::App

// MessageAlerts: what a new message the user is not reading sets off: a notification as far as
// the conversation's level allows (MessageNotifier) and the window asking for attention;
// nothing in Do not disturb but the unread counts. A reply typed into a notification is sent
// as one typed in the conversation, which is read then.
#pragma once

#include <QObject>

#include <functional>

class QSettings;
class QWidget;

namespace Palaver::Gui {
class ConversationWindows;
}
namespace Palaver::Im {
class Account;
class ConversationsModel;
struct MessageRecord;
} // namespace Palaver::Im

namespace Palaver::App {

class AccountSessions;
class MessageNotifier;
class RoomTabs;

class MessageAlerts : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        Gui::ConversationWindows& windows;
        AccountSessions& sessions;
        RoomTabs& rooms;
        Im::ConversationsModel& conversations;
        QWidget& mainWindow;
    };

    MessageAlerts(QSettings& settings, const Parts& parts, QObject* parent = nullptr);

    MessageNotifier& notifier() { return *m_notifier; }
    void setDoNotDisturb(std::function<bool()> doNotDisturb)
    {
        m_doNotDisturb = std::move(doNotDisturb);
    }
    // A new incoming message, stored and counted as unread.
    void alert(Im::Account& account, const Im::MessageRecord& record);

Q_SIGNALS:
    void openRequested(const QString& account, const QString& peer);

private:
    void reply(const QString& account, const QString& peer, const QString& text);
    void askForAttention(const QString& account, const QString& peer);

    Parts m_parts;
    MessageNotifier* m_notifier;
    std::function<bool()> m_doNotDisturb;
};

} // namespace Palaver::App

// ChatWindow: a window of conversations and rooms as tabs (or one, when the user prefers
// separate windows). Marks what the user sees as read, and asks for attention when a message
// arrives while they look elsewhere.
#pragma once

#include "xmpp/core/Jid.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ChatWindow;
}

namespace Palaver::Im {
class Account;
class ConversationsModel;
} // namespace Palaver::Im

namespace Palaver::Gui {

class ChatTab;
class ConversationWidget;
class RoomWidget;

class ChatWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ChatWindow(Im::ConversationsModel& conversations, QWidget* parent = nullptr);
    ~ChatWindow() override;

    ChatTab* tab(const QString& account, const Xmpp::Jid& peer) const;
    // Adds the conversation as a tab (or finds it); makeCurrent brings it to the front.
    ConversationWidget* open(Im::Account& account, const Xmpp::Jid& peer, bool makeCurrent = true);
    // The same for a room the account has open.
    RoomWidget* openRoom(Im::Account& account, const Xmpp::Jid& room, bool makeCurrent = true);
    void addTab(ChatTab* tab);
    ChatTab* current() const;
    QList<ChatTab*> tabs() const;
    int count() const;
    // Closes every tab of this account (when it is removed).
    void closeAccount(const QString& account);
    // Removes the tab without closing it, to move it to another window.
    void take(ChatTab* tab);
    void close(ChatTab* tab);
    // A window for one conversation shows no tab bar.
    void setSingleConversation(bool single);

Q_SIGNALS:
    void conversationOpened(Palaver::Gui::ConversationWidget* widget);
    void roomOpened(Palaver::Gui::RoomWidget* widget);
    void chatRequested(Palaver::Im::Account* account, const Palaver::Xmpp::Jid& peer);
    void empty();

protected:
    bool event(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void closeTab(int index);
    void onCurrentChanged();
    void showTab(ChatTab* tab, bool makeCurrent);
    void updateTab(ChatTab* tab);
    void updateTitle();
    void onIncoming(ChatTab* tab);

    std::unique_ptr<Ui::ChatWindow> m_ui;
    Im::ConversationsModel& m_conversations;
    bool m_single = false;
};

} // namespace Palaver::Gui

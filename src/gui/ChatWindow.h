// ChatWindow: a window of conversations as tabs (or one conversation, when the user prefers
// separate windows). Marks what the user sees as read, and asks for attention when a message
// arrives while they look elsewhere.
#pragma once

#include "xmpp/core/Jid.h"

#include <QHash>
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

class ConversationWidget;

class ChatWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ChatWindow(Im::ConversationsModel& conversations, QWidget* parent = nullptr);
    ~ChatWindow() override;

    ConversationWidget* conversation(const QString& account, const Xmpp::Jid& peer) const;
    // Adds the conversation as a tab (or finds it); makeCurrent brings it to the front.
    ConversationWidget* open(Im::Account& account, const Xmpp::Jid& peer, bool makeCurrent = true);
    void addConversation(ConversationWidget* widget);
    ConversationWidget* current() const;
    QList<ConversationWidget*> conversations() const;
    int count() const;
    // Closes every conversation of this account (when it is removed).
    void closeAccount(const QString& account);
    // Removes the conversation without closing it, to move it to another window.
    void take(ConversationWidget* widget);
    // A window for one conversation shows no tab bar.
    void setSingleConversation(bool single);

Q_SIGNALS:
    void conversationOpened(Palaver::Gui::ConversationWidget* widget);
    void empty();

protected:
    bool event(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void closeTab(int index);
    void onCurrentChanged();
    void updateTab(ConversationWidget* widget);
    void updateTitle();
    void onIncoming(ConversationWidget* widget);

    std::unique_ptr<Ui::ChatWindow> m_ui;
    Im::ConversationsModel& m_conversations;
    bool m_single = false;
    // Each tab's presence updates, to undo when the conversation moves to another window.
    QHash<ConversationWidget*, QMetaObject::Connection> m_presenceUpdates;
};

} // namespace Palaver::Gui

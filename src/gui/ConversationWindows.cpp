#include "ConversationWindows.h"

#include "ChatWindow.h"
#include "ConversationWidget.h"
#include "im/Account.h"

#include <algorithm>

namespace Palaver::Gui {

ConversationWindows::ConversationWindows(Im::ConversationsModel& conversations, QObject* parent)
    : QObject(parent)
    , m_conversations(conversations)
{ }

ConversationWindows::~ConversationWindows() = default;

ChatWindow* ConversationWindows::newWindow()
{
    auto window = std::make_unique<ChatWindow>(m_conversations);
    ChatWindow* made = window.get();
    made->setSingleConversation(m_separate);
    connect(made, &ChatWindow::conversationOpened, this, &ConversationWindows::conversationOpened);
    // Emitted from inside the window (and maybe while the list is walked): tidy up after.
    connect(made, &ChatWindow::empty, this, &ConversationWindows::removeEmptyWindows,
        Qt::QueuedConnection);
    if (!m_windows.empty()) {
        made->resize(m_windows.back()->size());
    }
    m_windows.push_back(std::move(window));
    return made;
}

// The tabbed window stays for next time; a conversation's own window goes with it.
void ConversationWindows::removeEmptyWindows()
{
    if (!m_separate) {
        return;
    }
    std::erase_if(m_windows, [](std::unique_ptr<ChatWindow>& window) {
        if (window->count() > 0) {
            return false;
        }
        window.release()->deleteLater();
        return true;
    });
}

void ConversationWindows::setSeparateWindows(bool separate)
{
    if (separate == m_separate) {
        return;
    }
    std::vector<std::unique_ptr<ChatWindow>> old = std::move(m_windows);
    m_windows.clear();
    m_separate = separate;
    ChatWindow* shared = nullptr;
    for (auto& from : old) {
        const bool visible = from->isVisible(); // taking the last one hides the window
        for (ConversationWidget* widget : from->conversations()) {
            from->take(widget);
            ChatWindow* to = separate ? newWindow() : (shared ? shared : (shared = newWindow()));
            to->addConversation(widget);
            if (visible) {
                to->show();
            }
        }
        from.release()->deleteLater();
    }
}

ConversationWidget* ConversationWindows::conversation(
    const QString& account, const Xmpp::Jid& peer) const
{
    for (const auto& window : m_windows) {
        if (ConversationWidget* found = window->conversation(account, peer)) {
            return found;
        }
    }
    return nullptr;
}

QList<ConversationWidget*> ConversationWindows::conversations() const
{
    QList<ConversationWidget*> all;
    for (const auto& window : m_windows) {
        all += window->conversations();
    }
    return all;
}

ChatWindow* ConversationWindows::windowOf(const ConversationWidget* widget) const
{
    for (const auto& window : m_windows) {
        if (window->conversations().contains(const_cast<ConversationWidget*>(widget))) {
            return window.get();
        }
    }
    return nullptr;
}

ConversationWidget* ConversationWindows::open(
    Im::Account& account, const Xmpp::Jid& peer, bool focus)
{
    ConversationWidget* widget = conversation(account.jid(), peer);
    ChatWindow* window = widget ? windowOf(widget) : nullptr;
    if (!window) {
        const bool reuse = !m_separate && !m_windows.empty();
        window = reuse ? m_windows.front().get() : newWindow();
        widget = window->open(account, peer, focus || window->count() == 0);
    } else if (focus) {
        window->open(account, peer, true);
    }
    if (focus || !window->isVisible()) {
        window->show();
        if (focus) {
            window->raise();
            window->activateWindow();
        }
    }
    return widget;
}

bool ConversationWindows::isReading(const QString& account, const Xmpp::Jid& peer) const
{
    ConversationWidget* widget = conversation(account, peer);
    ChatWindow* window = widget ? windowOf(widget) : nullptr;
    return window && window->isActiveWindow() && window->current() == widget;
}

void ConversationWindows::closeAccount(const QString& account)
{
    for (const auto& window : m_windows) {
        window->closeAccount(account);
    }
}

} // namespace Palaver::Gui

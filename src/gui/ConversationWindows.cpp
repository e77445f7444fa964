#include "ConversationWindows.h"

#include "ChatWindow.h"
#include "ConversationWidget.h"
#include "RoomWidget.h"
#include "SpellChecker.h"
#include "im/Account.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

ConversationWindows::ConversationWindows(
    Im::ConversationsModel& conversations, QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_conversations(conversations)
    , m_settings(settings)
{ }

ConversationWindows::~ConversationWindows() = default;

ChatWindow* ConversationWindows::newWindow()
{
    auto window = std::make_unique<ChatWindow>(m_conversations);
    ChatWindow* made = window.get();
    made->setSingleConversation(m_separate);
    connect(made, &ChatWindow::conversationOpened, this, &ConversationWindows::conversationOpened);
    connect(made, &ChatWindow::roomOpened, this, &ConversationWindows::roomOpened);
    connect(made, &ChatWindow::chatRequested, this,
        [this](Im::Account* account, const Xmpp::Jid& peer) { open(*account, peer, true); });
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
        for (ChatTab* widget : from->tabs()) {
            from->take(widget);
            ChatWindow* to = separate ? newWindow() : (shared ? shared : (shared = newWindow()));
            to->addTab(widget);
            if (visible) {
                to->show();
            }
        }
        from.release()->deleteLater();
    }
}

ChatTab* ConversationWindows::tab(const QString& account, const Xmpp::Jid& peer) const
{
    for (const auto& window : m_windows) {
        if (ChatTab* found = window->tab(account, peer)) {
            return found;
        }
    }
    return nullptr;
}

ConversationWidget* ConversationWindows::conversation(
    const QString& account, const Xmpp::Jid& peer) const
{
    return qobject_cast<ConversationWidget*>(tab(account, peer));
}

RoomWidget* ConversationWindows::room(const QString& account, const Xmpp::Jid& room) const
{
    return qobject_cast<RoomWidget*>(tab(account, room));
}

QList<ChatTab*> ConversationWindows::tabs() const
{
    QList<ChatTab*> all;
    for (const auto& window : m_windows) {
        all += window->tabs();
    }
    return all;
}

QList<ConversationWidget*> ConversationWindows::conversations() const
{
    QList<ConversationWidget*> all;
    for (ChatTab* found : tabs()) {
        if (auto* widget = qobject_cast<ConversationWidget*>(found)) {
            all << widget;
        }
    }
    return all;
}

ChatWindow* ConversationWindows::windowOf(const ChatTab* widget) const
{
    for (const auto& window : m_windows) {
        if (window->tabs().contains(const_cast<ChatTab*>(widget))) {
            return window.get();
        }
    }
    return nullptr;
}

ChatWindow* ConversationWindows::windowFor(ChatTab* existing, bool focus, bool* makeCurrent)
{
    if (ChatWindow* window = existing ? windowOf(existing) : nullptr) {
        *makeCurrent = focus;
        return window;
    }
    const bool reuse = !m_separate && !m_windows.empty();
    ChatWindow* window = reuse ? m_windows.front().get() : newWindow();
    *makeCurrent = focus || window->count() == 0;
    return window;
}

void ConversationWindows::present(ChatWindow* window, bool focus)
{
    if (focus || !window->isVisible()) {
        // A message that opens its conversation does not take the keyboard from the user.
        window->setAttribute(Qt::WA_ShowWithoutActivating, !focus);
        window->show();
        window->setAttribute(Qt::WA_ShowWithoutActivating, false);
        if (focus) {
            window->raise();
            window->activateWindow();
        }
    }
}

ConversationWidget* ConversationWindows::open(
    Im::Account& account, const Xmpp::Jid& peer, bool focus)
{
    bool makeCurrent = false;
    ChatWindow* window = windowFor(conversation(account.jid(), peer), focus, &makeCurrent);
    ConversationWidget* widget = window->open(account, peer, makeCurrent);
    widget->setSettings(m_settings);
    widget->setSpellChecker(spellChecker());
    present(window, focus);
    return widget;
}

RoomWidget* ConversationWindows::openRoom(Im::Account& account, const Xmpp::Jid& jid, bool focus)
{
    bool makeCurrent = false;
    ChatWindow* window = windowFor(room(account.jid(), jid), focus, &makeCurrent);
    RoomWidget* widget = window->openRoom(account, jid, makeCurrent);
    widget->setSettings(m_settings);
    widget->setSpellChecker(spellChecker());
    present(window, focus);
    return widget;
}

SpellChecker* ConversationWindows::spellChecker()
{
    if (!m_spellChecker && m_settings) {
        // The user's own words beside the profile's settings.
        m_spellChecker = new SpellChecker(
            QFileInfo(m_settings->fileName()).absoluteDir().filePath(u"dictionary.txt"_s), this);
    }
    return m_spellChecker;
}

bool ConversationWindows::isReading(const QString& account, const Xmpp::Jid& peer) const
{
    ChatTab* widget = tab(account, peer);
    ChatWindow* window = widget ? windowOf(widget) : nullptr;
    return window && window->isActiveWindow() && window->current() == widget;
}

void ConversationWindows::close(const QString& account, const Xmpp::Jid& peer)
{
    ChatTab* widget = tab(account, peer);
    if (ChatWindow* window = widget ? windowOf(widget) : nullptr) {
        window->close(widget);
    }
}

void ConversationWindows::closeAccount(const QString& account)
{
    for (const auto& window : m_windows) {
        window->closeAccount(account);
    }
}

} // namespace Palaver::Gui

// ConversationWindows: where conversations and rooms are shown: as tabs of one window (the
// default) or, when the user prefers, each in a window of its own. Switching moves the open
// tabs, with what is typed in them, to their new place.
#pragma once

#include "xmpp/core/Jid.h"

#include <QObject>

#include <memory>
#include <vector>

class QSettings;

namespace Palaver::Im {
class Account;
class ConversationsModel;
} // namespace Palaver::Im

namespace Palaver::Gui {

class ChatTab;
class ChatWindow;
class ConversationWidget;
class RoomWidget;
class SpellChecker;

class ConversationWindows : public QObject
{
    Q_OBJECT

public:
    // settings: the profile's, where each conversation's choices are kept (may be null).
    explicit ConversationWindows(Im::ConversationsModel& conversations,
        QSettings* settings = nullptr, QObject* parent = nullptr);
    ~ConversationWindows() override;
    // One for every conversation: the dictionaries and the user's own words; null without
    // settings.
    SpellChecker* spellChecker();

    void setSeparateWindows(bool separate);
    bool separateWindows() const { return m_separate; }

    ChatTab* tab(const QString& account, const Xmpp::Jid& peer) const;
    ConversationWidget* conversation(const QString& account, const Xmpp::Jid& peer) const;
    RoomWidget* room(const QString& account, const Xmpp::Jid& room) const;
    // Opens (or finds) the conversation and shows its window; focus brings it to the front,
    // otherwise it waits in the background.
    ConversationWidget* open(Im::Account& account, const Xmpp::Jid& peer, bool focus);
    // The same for a room the account has open.
    RoomWidget* openRoom(Im::Account& account, const Xmpp::Jid& room, bool focus);
    QList<ChatTab*> tabs() const;
    QList<ConversationWidget*> conversations() const;
    // Whether the user is looking at this conversation or room right now.
    bool isReading(const QString& account, const Xmpp::Jid& peer) const;
    // Closes every tab of this account (when it is removed).
    void closeAccount(const QString& account);
    void close(const QString& account, const Xmpp::Jid& peer);
    ChatWindow* windowOf(const ChatTab* tab) const;

Q_SIGNALS:
    void conversationOpened(Palaver::Gui::ConversationWidget* widget);
    void roomOpened(Palaver::Gui::RoomWidget* widget);

private:
    ChatWindow* newWindow();
    // The window to put a new tab in, and whether the tab should be in front there.
    ChatWindow* windowFor(ChatTab* existing, bool focus, bool* makeCurrent);
    void present(ChatWindow* window, bool focus);
    void removeEmptyWindows();

    Im::ConversationsModel& m_conversations;
    QSettings* m_settings;
    SpellChecker* m_spellChecker = nullptr;
    bool m_separate = false;
    std::vector<std::unique_ptr<ChatWindow>> m_windows;
};

} // namespace Palaver::Gui

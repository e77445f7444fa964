// ConversationWindows: where conversations are shown: as tabs of one window (the default) or,
// when the user prefers, each in a window of its own. Switching moves the open conversations,
// with what is typed in them, to their new place.
#pragma once

#include "xmpp/core/Jid.h"

#include <QObject>

#include <memory>
#include <vector>

namespace Palaver::Im {
class Account;
class ConversationsModel;
} // namespace Palaver::Im

namespace Palaver::Gui {

class ChatWindow;
class ConversationWidget;

class ConversationWindows : public QObject
{
    Q_OBJECT

public:
    explicit ConversationWindows(Im::ConversationsModel& conversations, QObject* parent = nullptr);
    ~ConversationWindows() override;

    void setSeparateWindows(bool separate);
    bool separateWindows() const { return m_separate; }

    ConversationWidget* conversation(const QString& account, const Xmpp::Jid& peer) const;
    // Opens (or finds) the conversation and shows its window; focus brings it to the front,
    // otherwise it waits in the background.
    ConversationWidget* open(Im::Account& account, const Xmpp::Jid& peer, bool focus);
    QList<ConversationWidget*> conversations() const;
    // Whether the user is looking at this conversation right now.
    bool isReading(const QString& account, const Xmpp::Jid& peer) const;
    // Closes every conversation of this account (when it is removed).
    void closeAccount(const QString& account);
    ChatWindow* windowOf(const ConversationWidget* widget) const;

Q_SIGNALS:
    void conversationOpened(Palaver::Gui::ConversationWidget* widget);

private:
    ChatWindow* newWindow();
    void removeEmptyWindows();

    Im::ConversationsModel& m_conversations;
    bool m_separate = false;
    std::vector<std::unique_ptr<ChatWindow>> m_windows;
};

} // namespace Palaver::Gui

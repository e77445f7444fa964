// ConversationFinder: the ways back to a conversation: the chats list beside the contacts
// (open, pin, close, delete history) and the search over every message (Ctrl+Shift+F), whose
// results open their conversation at the message.
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace Palaver::Gui {
class ChatTab;
class ConversationWindows;
class ConversationWidget;
class MainWindow;
class SearchDialog;
} // namespace Palaver::Gui
namespace Palaver::Im {
class ConversationsModel;
class Profile;
} // namespace Palaver::Im

namespace Palaver::App {

class AccountSessions;
class RoomTabs;

class ConversationFinder : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        Gui::MainWindow& mainWindow;
        Im::ConversationsModel& conversations;
        Gui::ConversationWindows& windows;
        RoomTabs& rooms;
        AccountSessions& sessions;
        Im::Profile& profile;
    };
    using OpenChat
        = std::function<Gui::ConversationWidget*(const QString& account, const QString& peer)>;

    ConversationFinder(const Parts& parts, OpenChat openChat, QObject* parent = nullptr);

    Gui::SearchDialog* showSearch();
    // What the user calls a conversation: the contact's or bookmark's name, else nothing.
    QString conversationName(const QString& account, const QString& peer, bool room) const;

private:
    void open(const QString& account, const QString& peer, bool room, qint64 recordId = 0);

    Parts m_parts;
    OpenChat m_openChat;
    QPointer<Gui::SearchDialog> m_search;
};

} // namespace Palaver::App

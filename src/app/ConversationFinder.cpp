#include "ConversationFinder.h"

#include "AccountSessions.h"
#include "RoomTabs.h"
#include "gui/ChatsListWidget.h"
#include "gui/ChatsProxyModel.h"
#include "gui/ConversationWidget.h"
#include "gui/ConversationWindows.h"
#include "gui/MainWindow.h"
#include "gui/RoomWidget.h"
#include "gui/SearchDialog.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/ConversationsModel.h"
#include "im/services/BookmarkService.h"
#include "im/services/RosterService.h"

namespace Palaver::App {

ConversationFinder::ConversationFinder(const Parts& parts, OpenChat openChat, QObject* parent)
    : QObject(parent)
    , m_parts(parts)
    , m_openChat(std::move(openChat))
{
    Gui::ChatsListWidget& list = parts.mainWindow.chatsList();
    list.chats().setSourceModel(&parts.conversations);
    list.chats().setSettings(&parts.profile.settings());
    list.chats().setNameOf([this](const QString& account, const QString& peer, bool room) {
        return conversationName(account, peer, room);
    });
    connect(&list, &Gui::ChatsListWidget::openRequested, this,
        [this](
            const QString& account, const QString& peer, bool room) { open(account, peer, room); });
    connect(&list, &Gui::ChatsListWidget::deleteHistoryRequested, this,
        [this](const QString& account, const QString& peer) {
            m_parts.windows.close(account, Xmpp::Jid::fromString(peer));
            m_parts.conversations.deleteHistory(account, peer);
        });
    connect(&parts.mainWindow, &Gui::MainWindow::searchAllRequested, this,
        &ConversationFinder::showSearch);
}

void ConversationFinder::open(
    const QString& account, const QString& peer, bool room, qint64 recordId)
{
    Gui::ChatTab* tab = nullptr;
    if (room) {
        m_parts.rooms.open(account, peer);
        tab = m_parts.windows.room(account, Xmpp::Jid::fromString(peer));
    } else {
        tab = m_openChat(account, peer);
    }
    if (tab && recordId != 0) {
        tab->reveal(recordId);
    }
}

Gui::SearchDialog* ConversationFinder::showSearch()
{
    if (m_search) {
        m_search->raise();
        m_search->activateWindow();
        return m_search;
    }
    m_search = new Gui::SearchDialog(
        m_parts.profile.messages(),
        [this](const QString& account, const QString& peer, bool room) {
            return conversationName(account, peer, room);
        },
        &m_parts.mainWindow);
    m_search->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_search, &Gui::SearchDialog::openRequested, this, &ConversationFinder::open);
    m_search->show();
    return m_search;
}

QString ConversationFinder::conversationName(
    const QString& accountJid, const QString& peer, bool room) const
{
    Im::Account* found = m_parts.sessions.account(accountJid);
    const Xmpp::Jid jid = Xmpp::Jid::fromString(peer);
    if (!found) {
        return {};
    }
    if (room) {
        const auto bookmark = found->bookmarks().bookmark(jid);
        return bookmark && !bookmark->name.isEmpty() ? bookmark->name : jid.local();
    }
    if (jid.isFull()) {
        return tr("%1 (in %2)").arg(jid.resource(), jid.local()); // privately, in a room
    }
    const auto contact = found->roster().item(jid);
    return contact ? contact->name : QString();
}

} // namespace Palaver::App

#include "MessageAlerts.h"

#include "AccountSessions.h"
#include "MessageNotifier.h"
#include "RoomTabs.h"
#include "gui/ConversationWidget.h"
#include "gui/ConversationWindows.h"
#include "gui/MessageDelegate.h"
#include "gui/RemoteText.h"
#include "gui/RoomWidget.h"
#include "im/Account.h"
#include "im/models/ConversationsModel.h"
#include "im/models/RosterModel.h"
#include "im/services/MessageService.h"
#include "im/services/RoomService.h"
#include "im/services/RosterService.h"

#include <QApplication>

namespace Palaver::App {

MessageAlerts::MessageAlerts(QSettings& settings, const Parts& parts, QObject* parent)
    : QObject(parent)
    , m_parts(parts)
    , m_notifier(new MessageNotifier(settings, this))
{
    connect(m_notifier, &MessageNotifier::openRequested, this, &MessageAlerts::openRequested);
    connect(m_notifier, &MessageNotifier::replyRequested, this, &MessageAlerts::reply);
    connect(&parts.conversations, &Im::ConversationsModel::unreadCountChanged, this,
        [this](const QString& account, const QString& peer, int count) {
            if (count == 0) {
                m_notifier->withdraw(account, peer); // read here or on another device
            }
        });
}

void MessageAlerts::alert(Im::Account& account, const Im::MessageRecord& record)
{
    const Xmpp::Jid peer = Xmpp::Jid::fromString(record.peer);
    if (m_parts.windows.isReading(account.jid(), peer) || (m_doNotDisturb && m_doNotDisturb())) {
        return;
    }
    const bool room = record.kind == Im::ConversationKind::Room;
    MessageNotifier::Message message;
    message.account = account.jid();
    message.peer = record.peer;
    message.text = record.body;
    message.room = room;
    message.mention = room
        ? m_parts.rooms.mentionsUser(account, record)
        : Gui::MessageDelegate::mentions(record.body, account.jid().section(u'@', 0, 0));
    if (room) {
        message.title
            = tr("%1 in %2")
                  .arg(Gui::RemoteText::name(Xmpp::Jid::fromString(record.sender).resource()),
                      peer.local());
    } else {
        const auto contact = account.roster().item(peer);
        message.title = contact && !contact->name.isEmpty() ? Gui::RemoteText::name(contact->name)
                                                            : record.peer;
        if (Im::RosterModel* roster = m_parts.sessions.rosterModel(account.jid())) {
            message.imagePath = roster->avatarPath(peer);
        }
    }
    if (m_notifier->notify(message)) {
        askForAttention(account.jid(), record.peer);
    }
}

// The taskbar or dock asks for attention (the urgency hint) for the conversation's window.
void MessageAlerts::askForAttention(const QString& account, const QString& peer)
{
    const Xmpp::Jid jid = Xmpp::Jid::fromString(peer);
    QWidget* tab = m_parts.windows.room(account, jid);
    if (!tab) {
        tab = m_parts.windows.conversation(account, jid);
    }
    QApplication::alert(tab ? tab->window() : &m_parts.mainWindow);
}

void MessageAlerts::reply(const QString& account, const QString& peer, const QString& text)
{
    Im::Account* found = m_parts.sessions.account(account);
    if (!found) {
        return;
    }
    const Xmpp::Jid jid = Xmpp::Jid::fromString(peer);
    if (found->rooms().room(jid)) {
        found->rooms().sendMessage(jid, text);
    } else {
        found->messages().sendMessage(jid, text);
    }
    m_parts.conversations.markRead(account, peer);
}

} // namespace Palaver::App

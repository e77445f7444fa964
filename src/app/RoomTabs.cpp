#include "RoomTabs.h"

#include "gui/ConversationWindows.h"
#include "gui/InvitationDialog.h"
#include "gui/JoinRoomDialog.h"
#include "gui/MessageDelegate.h"
#include "gui/RoomBrowserDialog.h"
#include "gui/RoomWidget.h"
#include "im/Account.h"
#include "im/models/AccountsModel.h"
#include "im/services/BookmarkService.h"
#include "im/services/RoomService.h"
#include "im/services/RosterService.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"

#include <QMenu>
#include <QTimer>

namespace Palaver::App {

RoomTabs::RoomTabs(Gui::ConversationWindows& windows, Im::AccountsModel& accounts,
    QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_windows(windows)
    , m_accounts(accounts)
    , m_dialogParent(dialogParent)
{ }

void RoomTabs::watch(Im::Account& account)
{
    Im::Account* watched = &account;
    connect(&account.rooms(), &Im::RoomService::roomClosed, this,
        [this, watched](const Xmpp::Jid& room) { m_windows.close(watched->jid(), room); });
    connect(&account.rooms(), &Im::RoomService::invitationReceived, this,
        [this, watched](
            const Xmpp::MucInvitation& invitation) { showInvitation(*watched, invitation); });
    // Rooms entered by themselves (bookmarks) get their tab too, in the background.
    connect(&account.rooms(), &Im::RoomService::roomOpened, this,
        [this, watched](Xmpp::MucRoom* room) { m_windows.openRoom(*watched, room->jid(), false); });
}

Gui::JoinRoomDialog* RoomTabs::showJoinDialog(
    QWidget* parent, const QString& account, const QString& room, const QString& password)
{
    auto* dialog = new Gui::JoinRoomDialog(m_accounts, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!room.isEmpty()) {
        dialog->setRoom(account, room, password);
    }
    connect(dialog, &Gui::JoinRoomDialog::joinRequested, this,
        [this, dialog](const QString& accountJid, const QString& jid, const QString& nick,
            const QString& entered) {
            Gui::RoomWidget* tab = join(accountJid, jid, nick, entered);
            if (tab && dialog->remember()) {
                remember(tab->account(), tab->room(), entered, dialog->autojoin());
            }
        });
    dialog->open();
    return dialog;
}

Gui::RoomBrowserDialog* RoomTabs::showRoomBrowser(QWidget* parent)
{
    auto* browser = new Gui::RoomBrowserDialog(m_accounts, parent);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    connect(browser, &Gui::RoomBrowserDialog::roomChosen, this,
        [this, parent](const QString& account, const QString& room) {
            showJoinDialog(parent, account, room);
        });
    browser->show();
    return browser;
}

Gui::RoomWidget* RoomTabs::join(
    const QString& accountJid, const QString& room, const QString& nick, const QString& password)
{
    Im::Account* account = m_accounts.account(accountJid);
    const Xmpp::Jid jid = Xmpp::Jid::fromString(room).bare();
    if (!account || !jid.isValid()) {
        return nullptr;
    }
    account->rooms().join(jid, nick, password);
    return m_windows.openRoom(*account, jid, true);
}

// Invitations wait in one queue and are shown one at a time, each room once: a burst of them
// (offline ones at sign-in, or someone inviting without end) is not a burst of windows.
void RoomTabs::showInvitation(Im::Account& account, const Xmpp::MucInvitation& invitation)
{
    const auto same = [&](const QueuedInvitation& queued) {
        return queued.account == &account && queued.invitation.room == invitation.room;
    };
    if (std::any_of(m_invitations.cbegin(), m_invitations.cend(), same)
        || (m_shownInvitation && m_shownInvitation->invitation().room == invitation.room)) {
        return;
    }
    if (m_invitations.size() >= MaxQueuedInvitations) {
        qWarning("dropping an invitation to %s: %d are waiting already",
            qPrintable(invitation.room.toString()), MaxQueuedInvitations);
        return;
    }
    m_invitations.append({&account, invitation});
    showNextInvitation();
}

void RoomTabs::showNextInvitation()
{
    while (!m_shownInvitation && !m_invitations.isEmpty()) {
        const QueuedInvitation next = m_invitations.takeFirst();
        Im::Account* invited = next.account;
        const Xmpp::MucInvitation& invitation = next.invitation;
        if (const Xmpp::MucRoom* open = invited->rooms().room(invitation.room);
            open && open->state() != Xmpp::MucRoom::State::Left) {
            continue; // already there
        }
        // The name of a contact only for someone who invites in person: a room's word for
        // who invited is the room's.
        const auto contact = invitation.mediated
            ? std::nullopt
            : invited->roster().item(invitation.inviter.bare());
        auto* dialog = new Gui::InvitationDialog(
            invited->jid(), invitation, contact ? contact->name : QString(), m_dialogParent);
        connect(dialog, &Gui::InvitationDialog::joinChosen, this, [this, invited, invitation] {
            join(invited->jid(), invitation.room.toString(), invited->bookmarks().defaultNick(),
                invitation.password);
        });
        connect(dialog, &Gui::InvitationDialog::declineChosen, this,
            [invited, invitation] { invited->rooms().decline(invitation); });
        connect(dialog, &QObject::destroyed, this,
            [this] { QTimer::singleShot(0, this, &RoomTabs::showNextInvitation); });
        m_shownInvitation = dialog;
        dialog->show();
        Q_EMIT invitationShown(dialog);
    }
}

// Kept once the room has let us in, with the nickname it accepted.
void RoomTabs::remember(
    Im::Account& account, Xmpp::MucRoom& room, const QString& password, bool autojoin)
{
    Im::Account* keeping = &account;
    Xmpp::MucRoom* joined = &room;
    const auto save = [keeping, joined, password, autojoin] {
        Xmpp::RoomBookmark bookmark;
        bookmark.room = joined->jid();
        bookmark.autojoin = autojoin;
        bookmark.nick = joined->nick();
        bookmark.password = password;
        if (const auto kept = keeping->bookmarks().bookmark(bookmark.room)) {
            bookmark.name = kept->name;
        }
        keeping->bookmarks().save(bookmark);
    };
    if (room.state() == Xmpp::MucRoom::State::Joined) {
        save();
    } else {
        connect(&room, &Xmpp::MucRoom::joined, this, save, Qt::SingleShotConnection);
    }
}

void RoomTabs::open(const QString& accountJid, const QString& room)
{
    Im::Account* account = m_accounts.account(accountJid);
    const Xmpp::Jid jid = Xmpp::Jid::fromString(room);
    if (!account || !jid.isValid()) {
        return;
    }
    const Xmpp::MucRoom* open = account->rooms().room(jid);
    if (open && open->state() != Xmpp::MucRoom::State::Left) {
        m_windows.openRoom(*account, jid, true);
        return;
    }
    const auto bookmark = account->bookmarks().bookmark(jid);
    const QString nick = bookmark && !bookmark->nick.isEmpty()
        ? bookmark->nick
        : (open ? open->nick() : account->bookmarks().defaultNick());
    join(accountJid, room, nick, bookmark ? bookmark->password : QString());
}

void RoomTabs::showRoomMenu(const QString& accountJid, const QString& room, const QPoint& globalPos)
{
    Im::Account* account = m_accounts.account(accountJid);
    const Xmpp::Jid jid = Xmpp::Jid::fromString(room);
    if (!account || !jid.isValid()) {
        return;
    }
    auto* menu = new QMenu(m_dialogParent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Open"), this, [this, accountJid, room] { open(accountJid, room); });
    const Xmpp::MucRoom* joined = account->rooms().room(jid);
    if (joined) {
        menu->addAction(tr("Leave room"), this, [account, jid] { account->rooms().close(jid); });
    }
    if (account->bookmarks().bookmark(jid)) {
        menu->addAction(tr("Forget room"), this, [account, jid] {
            account->rooms().close(jid);
            account->bookmarks().remove(jid);
        });
    }
    menu->popup(globalPos);
}

bool RoomTabs::mentionsUser(Im::Account& account, const Im::MessageRecord& record) const
{
    const Xmpp::MucRoom* room = account.rooms().room(Xmpp::Jid::fromString(record.peer));
    return room && Gui::MessageDelegate::mentions(record.body, room->nick());
}

} // namespace Palaver::App

// RoomTabs: a tab for every group chat room an account has open: joining through the dialog
// opens the room's tab, leaving closes it, and a message that mentions the user's nickname
// is reported for a notification.
#pragma once

#include "xmpp/modules/xep0045_muc/MucInvitation.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Palaver::Im {
class Account;
class AccountsModel;
struct MessageRecord;
} // namespace Palaver::Im

namespace Palaver::Xmpp {
class MucRoom;
} // namespace Palaver::Xmpp

namespace Palaver::Gui {
class ConversationWindows;
class InvitationDialog;
class JoinRoomDialog;
class RoomBrowserDialog;
class RoomWidget;
} // namespace Palaver::Gui

namespace Palaver::App {

class RoomTabs : public QObject
{
    Q_OBJECT

public:
    // Invitations open over dialogParent (the main window).
    RoomTabs(Gui::ConversationWindows& windows, Im::AccountsModel& accounts, QWidget* dialogParent,
        QObject* parent = nullptr);

    void watch(Im::Account& account);
    Gui::JoinRoomDialog* showJoinDialog(QWidget* parent, const QString& account = {},
        const QString& room = {}, const QString& password = {});
    Gui::RoomBrowserDialog* showRoomBrowser(QWidget* parent);
    // From the Rooms list: the room's tab, joining it first if we are not in it.
    void open(const QString& account, const QString& room);
    void showRoomMenu(const QString& account, const QString& room, const QPoint& globalPos);
    // Joins (or finds) the room and brings its tab to the front.
    Gui::RoomWidget* join(
        const QString& account, const QString& room, const QString& nick, const QString& password);
    // Whether a stored room message names the user's nickname in that room.
    bool mentionsUser(Im::Account& account, const Im::MessageRecord& record) const;

Q_SIGNALS:
    void invitationShown(Palaver::Gui::InvitationDialog* dialog);

private:
    void remember(
        Im::Account& account, Xmpp::MucRoom& room, const QString& password, bool autojoin);
    void showInvitation(Im::Account& account, const Xmpp::MucInvitation& invitation);
    void showNextInvitation();

    static constexpr int MaxQueuedInvitations = 50;
    struct QueuedInvitation
    {
        Im::Account* account;
        Xmpp::MucInvitation invitation;
    };

    Gui::ConversationWindows& m_windows;
    Im::AccountsModel& m_accounts;
    QWidget* m_dialogParent;
    QList<QueuedInvitation> m_invitations;
    QPointer<Gui::InvitationDialog> m_shownInvitation;
};

} // namespace Palaver::App

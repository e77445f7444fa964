// InvitationDialog: someone asks the user into a group chat room: who, which room and why,
// with Join and Decline. It does not block anything else; several can wait side by side.
#pragma once

#include "xmpp/modules/xep0045_muc/MucInvitation.h"

#include <QDialog>

class QPushButton;

namespace Palaver::Gui {

class InvitationDialog : public QDialog
{
    Q_OBJECT

public:
    // inviterName: how the user knows the inviter (their contact name), or empty.
    InvitationDialog(const QString& account, const Xmpp::MucInvitation& invitation,
        const QString& inviterName, QWidget* parent = nullptr);

    const Xmpp::MucInvitation& invitation() const { return m_invitation; }
    const QString& account() const { return m_account; }
    QPushButton* joinButton() const { return m_join; }
    QPushButton* declineButton() const { return m_decline; }

Q_SIGNALS:
    void joinChosen();
    void declineChosen();

private:
    QString m_account;
    Xmpp::MucInvitation m_invitation;
    QPushButton* m_join;
    QPushButton* m_decline;
};

} // namespace Palaver::Gui

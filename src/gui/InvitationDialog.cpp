#include "InvitationDialog.h"

#include "Heading.h"
#include "RemoteText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Palaver::Gui {

InvitationDialog::InvitationDialog(const QString& account, const Xmpp::MucInvitation& invitation,
    const QString& inviterName, QWidget* parent)
    : QDialog(parent)
    , m_account(account)
    , m_invitation(invitation)
{
    setWindowTitle(tr("Invitation to a room"));
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(380);
    // A room that hides addresses names the inviter by their nickname there.
    QString who = RemoteText::name(inviterName);
    if (who.isEmpty()) {
        who = invitation.inviter.bare() == invitation.room
            ? RemoteText::name(invitation.inviter.resource())
            : invitation.inviter.bare().toString();
    }
    if (who.isEmpty()) {
        who = tr("Someone");
    }
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("%1 invites you to %2").arg(who, invitation.room.local()));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    Heading::apply(title, 1.1);
    layout->addWidget(title);
    auto* address = new QLabel(invitation.room.toString());
    address->setTextFormat(Qt::PlainText);
    address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(address);
    if (!invitation.reason.trimmed().isEmpty()) {
        auto* reason = new QLabel(tr("“%1”").arg(RemoteText::line(invitation.reason, 500)));
        reason->setTextFormat(Qt::PlainText);
        reason->setWordWrap(true);
        layout->addWidget(reason);
    }
    auto* accountLabel = new QLabel(tr("For your account %1.").arg(account));
    accountLabel->setTextFormat(Qt::PlainText);
    accountLabel->setEnabled(false);
    layout->addWidget(accountLabel);
    auto* buttons = new QDialogButtonBox;
    m_decline = buttons->addButton(tr("&Decline"), QDialogButtonBox::RejectRole);
    m_join = buttons->addButton(tr("&Join"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    m_join->setDefault(true); // only once inside the dialog
    connect(m_join, &QPushButton::clicked, this, [this] {
        Q_EMIT joinChosen();
        accept();
    });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        Q_EMIT declineChosen();
        reject();
    });
}

} // namespace Palaver::Gui

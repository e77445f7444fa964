#include "OccupantMenu.h"

#include "RemoteText.h"

#include <QInputDialog>

using namespace Qt::StringLiterals;
using Palaver::Xmpp::MucAffiliation;
using Palaver::Xmpp::MucRole;

namespace Palaver::Gui {

OccupantMenu::OccupantMenu(Xmpp::MucRoom& room, const QString& nick, QWidget* parent)
    : QMenu(parent)
    , m_room(room)
{
    setAttribute(Qt::WA_DeleteOnClose);
    QMenu* menu = this;
    menu->addAction(tr("Mention"), this, [this, nick] { Q_EMIT mentionRequested(nick); });
    const Xmpp::MucOccupant occupant = m_room.occupants().value(nick);
    if (nick == m_room.nick()) {
        return;
    }
    menu->addAction(tr("Private message"), this,
        [this, nick] { Q_EMIT privateChatRequested(m_room.jid().withResource(nick)); });
    if (m_room.canModerate()) {
        menu->addSeparator();
        if (occupant.role == MucRole::Visitor) {
            menu->addAction(
                tr("Let speak"), this, [this, nick] { moderate(nick, MucRole::Participant, {}); });
        } else if (occupant.role == MucRole::Participant) {
            menu->addAction(tr("Silence…"), this, [this, nick] {
                moderate(nick, MucRole::Visitor,
                    tr("Why may %1 no longer speak?").arg(RemoteText::name(nick)));
            });
        }
        menu->addAction(tr("Remove from room…"), this, [this, nick] {
            moderate(nick, MucRole::None, tr("Why is %1 removed?").arg(RemoteText::name(nick)));
        });
    }
    if (m_room.canChangeAffiliations() && occupant.realJid.isValid()) {
        menu->addSeparator();
        if (occupant.affiliation == MucAffiliation::None) {
            menu->addAction(tr("Make member"), this,
                [this, nick] { setAffiliation(nick, MucAffiliation::Member, {}); });
        } else if (occupant.affiliation == MucAffiliation::Member) {
            menu->addAction(tr("Remove membership"), this,
                [this, nick] { setAffiliation(nick, MucAffiliation::None, {}); });
        }
        if (occupant.role != MucRole::Moderator) {
            menu->addAction(tr("Make moderator"), this,
                [this, nick] { moderate(nick, MucRole::Moderator, {}); });
        } else if (occupant.affiliation < MucAffiliation::Admin) {
            menu->addAction(tr("Remove moderator rights"), this,
                [this, nick] { moderate(nick, MucRole::Participant, {}); });
        }
        if (m_room.isOwner() && occupant.affiliation != MucAffiliation::Admin) {
            menu->addAction(tr("Make admin"), this,
                [this, nick] { setAffiliation(nick, MucAffiliation::Admin, {}); });
        }
        menu->addAction(tr("Ban…"), this, [this, nick] {
            setAffiliation(
                nick, MucAffiliation::Outcast, tr("Why is %1 banned?").arg(RemoteText::name(nick)));
        });
    }
}

std::optional<QString> OccupantMenu::askReason(const QString& question) const
{
    if (question.isEmpty()) {
        return QString();
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(parentWidget(), m_room.jid().local(),
        RemoteText::asRichText(question + u' ' + tr("(optional)")), QLineEdit::Normal, {}, &ok);
    return ok ? std::optional<QString>(reason.trimmed()) : std::nullopt;
}

Xmpp::MucRoom::Done OccupantMenu::reporter() const
{
    return [report = m_report](const std::optional<Xmpp::StanzaError>& error) {
        if (error && report) {
            report(*error);
        }
    };
}

void OccupantMenu::moderate(const QString& nick, MucRole role, const QString& question)
{
    const std::optional<QString> reason = askReason(question);
    if (!reason) {
        return;
    }
    // The menu is gone by the time the room answers: the answer goes to its parent.
    m_room.setRole(nick, role, *reason, parentWidget(), reporter());
}

void OccupantMenu::setAffiliation(
    const QString& nick, MucAffiliation affiliation, const QString& question)
{
    const Xmpp::Jid user = m_room.occupants().value(nick).realJid;
    if (!user.isValid()) {
        return;
    }
    const std::optional<QString> reason = askReason(question);
    if (reason) {
        m_room.setAffiliation(user, affiliation, *reason, parentWidget(), reporter());
    }
}

} // namespace Palaver::Gui

// OccupantMenu: what the user can do with one person in a room: mention them, write to them
// privately, and, as far as their own role and affiliation allow (XEP-0045 §8-§9), silence,
// remove, ban, or change membership and moderator rights, with an optional reason.
#pragma once

#include "xmpp/core/StanzaError.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"

#include <QMenu>

#include <functional>

namespace Palaver::Gui {

class OccupantMenu : public QMenu
{
    Q_OBJECT

public:
    // parent: the room's widget, which also hears of refusals (setRefusalHandler).
    OccupantMenu(Xmpp::MucRoom& room, const QString& nick, QWidget* parent);

    void setRefusalHandler(std::function<void(const Xmpp::StanzaError&)> report)
    {
        m_report = std::move(report);
    }

Q_SIGNALS:
    void mentionRequested(const QString& nick);
    void privateChatRequested(const Palaver::Xmpp::Jid& occupant);

private:
    // The user's reason (empty when no question), or nothing when they cancelled.
    std::optional<QString> askReason(const QString& question) const;
    Xmpp::MucRoom::Done reporter() const;
    void moderate(const QString& nick, Xmpp::MucRole role, const QString& question);
    void setAffiliation(
        const QString& nick, Xmpp::MucAffiliation affiliation, const QString& question);

    Xmpp::MucRoom& m_room;
    std::function<void(const Xmpp::StanzaError&)> m_report;
};

} // namespace Palaver::Gui

// MucModule: group chat rooms (XEP-0045): joins rooms and routes each room's presences and
// messages to its MucRoom, believing only what comes from the room's own address.
#pragma once

#include "../../Module.h"
#include "MucInvitation.h"
#include "MucRoom.h"

#include <QHash>

namespace Palaver::Xmpp {

class MucModule : public Module
{
    Q_OBJECT

public:
    explicit MucModule(QObject* parent = nullptr);

    // The room (created on first use); join() on it to enter.
    MucRoom* room(const Jid& room);
    MucRoom* existingRoom(const Jid& room) const { return m_rooms.value(room.bare()); }
    QList<MucRoom*> rooms() const { return m_rooms.values(); }

    // Asks someone into a room: through the room (which passes it on, and can let them into
    // a members-only room) or, with direct, straight to them (XEP-0249).
    void invite(const Jid& room, const Jid& invitee, const QString& reason, bool direct = false);
    void decline(const MucInvitation& invitation, const QString& reason = {});

    void attach(Client& client) override;
    QStringList discoFeatures() const override;

Q_SIGNALS:
    void roomAdded(Palaver::Xmpp::MucRoom* room);
    void invitationReceived(const Palaver::Xmpp::MucInvitation& invitation);
    // Someone we invited through the room said no.
    void invitationDeclined(
        const Palaver::Xmpp::Jid& room, const Palaver::Xmpp::Jid& invitee, const QString& reason);

private:
    QHash<Jid, MucRoom*> m_rooms;
};

} // namespace Palaver::Xmpp

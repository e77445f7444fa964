// MucModule: group chat rooms (XEP-0045): joins rooms and routes each room's presences and
// messages to its MucRoom, believing only what comes from the room's own address.
#pragma once

#include "../../Module.h"
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

    void attach(Client& client) override;
    QStringList discoFeatures() const override;

Q_SIGNALS:
    void roomAdded(Palaver::Xmpp::MucRoom* room);

private:
    QHash<Jid, MucRoom*> m_rooms;
};

} // namespace Palaver::Xmpp

#include "MucModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"

namespace Palaver::Xmpp {

MucModule::MucModule(QObject* parent)
    : Module(parent)
{ }

MucRoom* MucModule::room(const Jid& jid)
{
    const Jid bare = jid.bare();
    if (MucRoom* known = m_rooms.value(bare)) {
        return known;
    }
    auto* created = new MucRoom(*client(), bare, this);
    m_rooms.insert(bare, created);
    Q_EMIT roomAdded(created);
    return created;
}

void MucModule::attach(Client& client)
{
    Module::attach(client);
    connect(&client, &Client::presenceReceived, this, [this](const Presence& presence) {
        if (MucRoom* found = m_rooms.value(presence.from().bare())) {
            found->handlePresence(presence);
        }
    });
    connect(&client, &Client::messageReceived, this, [this](const Message& message) {
        if (MucRoom* found = m_rooms.value(message.from().bare())) {
            found->handleMessage(message);
        }
    });
    // A session that was not resumed has left every room on the server's side.
    connect(&client, &Client::sessionStarted, this, [this](bool resumed) {
        if (resumed) {
            return;
        }
        for (MucRoom* room : std::as_const(m_rooms)) {
            if (room->state() != MucRoom::State::Left) {
                room->rejoin();
            }
        }
    });
}

QStringList MucModule::discoFeatures() const
{
    return {Ns::Muc};
}

} // namespace Palaver::Xmpp

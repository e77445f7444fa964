#include "PresenceModule.h"

#include "../../Client.h"
#include "../xep0045_muc/OccupantPresence.h"

namespace Palaver::Xmpp {

PresenceModule::PresenceModule(QObject* parent)
    : Module(parent)
{ }

void PresenceModule::attach(Client& client)
{
    Module::attach(client);
    connect(&client, &Client::sessionStarted, this, [this](bool resumed) {
        if (!resumed) {
            announce(); // RFC 6121 §4.2: a new session starts unavailable until we say so
        }
    });
    connect(&client, &Client::presenceReceived, this, &PresenceModule::onPresence);
}

void PresenceModule::setOwnPresence(Presence::Show show, const QString& status, int priority)
{
    m_show = show;
    m_status = status;
    m_priority = priority;
    if (client() && client()->isConnected()) {
        announce();
    }
    Q_EMIT ownPresenceChanged();
}

void PresenceModule::announce()
{
    Presence presence(Presence::Type::Available);
    presence.setShow(m_show);
    presence.setStatus(m_status);
    presence.setPriority(m_priority);
    client()->send(presence);
}

void PresenceModule::sendUnavailable(const QString& status)
{
    Presence presence(Presence::Type::Unavailable);
    presence.setStatus(status);
    client()->send(presence);
}

void PresenceModule::onPresence(const Presence& presence)
{
    const Presence::Type type = presence.type();
    if (!presence.from().isValid() || isOccupantPresence(presence)) {
        return;
    }
    if (type == Presence::Type::Error) {
        Q_EMIT presenceError(presence.from(), presence.error());
        return;
    }
    if (type != Presence::Type::Available && type != Presence::Type::Unavailable) {
        return; // subscriptions and probes belong to the subscription module and the server
    }
    Q_EMIT presenceChanged(ContactPresence::fromPresence(presence));
}

} // namespace Palaver::Xmpp

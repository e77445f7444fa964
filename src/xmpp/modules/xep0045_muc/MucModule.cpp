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
        if (const auto invitation = MucInvitation::fromMessage(message)) {
            // One of our own, come back (from another device of ours, say): no news to us.
            if (invitation->inviter.bare() != this->client()->jid().bare()) {
                Q_EMIT invitationReceived(*invitation);
            }
            return;
        }
        const XmlElement declined
            = message.payload(u"x", Ns::MucUser).firstChild(u"decline", Ns::MucUser);
        if (!declined.isNull() && m_rooms.contains(message.from()) && message.from().isBare()) {
            Q_EMIT invitationDeclined(message.from(),
                Jid::fromString(declined.attribute(u"from")).bare(),
                declined.firstChild(u"reason", Ns::MucUser).text());
            return;
        }
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

void MucModule::invite(const Jid& room, const Jid& invitee, const QString& reason, bool direct)
{
    if (direct) {
        MucInvitation invitation;
        invitation.room = room.bare();
        invitation.reason = reason;
        if (const MucRoom* known = m_rooms.value(room.bare())) {
            invitation.password = known->password();
        }
        client()->send(invitation.toDirect(invitee));
    } else {
        client()->send(MucInvitation::throughRoom(room, invitee, reason));
    }
}

void MucModule::decline(const MucInvitation& invitation, const QString& reason)
{
    if (invitation.mediated) {
        client()->send(invitation.decline(reason));
    }
}

QStringList MucModule::discoFeatures() const
{
    return {Ns::Muc, Ns::Conference}; // XEP-0249 §4: we take direct invitations
}

} // namespace Palaver::Xmpp

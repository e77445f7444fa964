#include "PresenceService.h"

#include "xmpp/Client.h"
#include "xmpp/modules/presence/PresenceModule.h"

using namespace Palaver::Xmpp;

namespace Palaver::Im {

PresenceService::PresenceService(Client& client, PresenceModule& presence, QObject* parent)
    : QObject(parent)
    , m_module(presence)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        const QList<Jid> changed(m_changed.begin(), m_changed.end());
        m_changed.clear();
        Q_EMIT presencesChanged(changed);
    });
    connect(&presence, &PresenceModule::presenceChanged, this, &PresenceService::onPresence);
    connect(&client, &Client::sessionStarted, this, [this](bool resumed) {
        if (!resumed) {
            clear(); // a new session re-announces everyone who is online
        }
    });
    connect(&client, &Client::stateChanged, this, [this](Client::State state) {
        if (state == Client::State::Disconnected) {
            clear();
        }
    });
}

void PresenceService::onPresence(const ContactPresence& presence)
{
    const Jid bare = presence.jid.bare();
    if (presence.available) {
        m_resources[bare].insert(presence.jid.resource(), presence);
    } else if (presence.jid.isBare()) {
        m_resources.remove(bare); // the account as a whole went offline
    } else if (auto it = m_resources.find(bare); it != m_resources.end()) {
        it->remove(presence.jid.resource());
        if (it->isEmpty()) {
            m_resources.erase(it);
        }
    }
    markChanged(bare);
}

void PresenceService::markChanged(const Jid& contact)
{
    m_changed.insert(contact);
    if (!m_flush.isActive()) {
        m_flush.start();
    }
}

void PresenceService::clear()
{
    for (auto it = m_resources.cbegin(); it != m_resources.cend(); ++it) {
        markChanged(it.key());
    }
    m_resources.clear();
}

ContactPresence PresenceService::best(const Jid& contact) const
{
    ContactPresence best;
    best.jid = contact.bare();
    const auto it = m_resources.constFind(contact.bare());
    if (it == m_resources.cend()) {
        return best;
    }
    for (const ContactPresence& resource : *it) {
        if (ContactPresence::isBetter(resource, best)) {
            best = resource;
        }
    }
    return best;
}

QList<ContactPresence> PresenceService::resources(const Jid& contact) const
{
    return m_resources.value(contact.bare()).values();
}

bool PresenceService::isAvailable(const Jid& contact) const
{
    return m_resources.contains(contact.bare());
}

void PresenceService::setOwnPresence(Presence::Show show, const QString& status)
{
    m_module.setOwnPresence(show, status, m_module.ownPriority());
}

} // namespace Palaver::Im

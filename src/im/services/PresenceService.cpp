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
    if (m_isKnown && !m_isKnown(bare) && !m_resources.contains(bare)) {
        return;
    }
    if (presence.jid.isBare() && !presence.available) {
        m_resources.remove(bare); // the account as a whole went offline
    } else {
        QList<ContactPresence>& resources = m_resources[bare];
        const auto same = [&presence](const ContactPresence& known) {
            return known.jid.resource() == presence.jid.resource();
        };
        const auto it = std::find_if(resources.begin(), resources.end(), same);
        if (presence.available) {
            if (it != resources.end()) {
                *it = presence;
            } else if (resources.size() < MaxResources) {
                resources.append(presence);
            }
        } else if (it != resources.end()) {
            resources.erase(it);
        }
        if (resources.isEmpty()) {
            m_resources.remove(bare);
        }
    }
    updateBest(bare);
    markChanged(bare);
}

void PresenceService::updateBest(const Jid& contact)
{
    const auto it = m_resources.constFind(contact);
    if (it == m_resources.cend()) {
        m_best.remove(contact);
        return;
    }
    ContactPresence best;
    for (const ContactPresence& resource : *it) {
        if (ContactPresence::isBetter(resource, best)) {
            best = resource;
        }
    }
    m_best.insert(contact, best);
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
    m_best.clear();
}

const ContactPresence& PresenceService::best(const Jid& contact) const
{
    static const ContactPresence offline;
    const auto it = m_best.constFind(contact.isBare() ? contact : contact.bare());
    return it == m_best.cend() ? offline : *it;
}

QList<ContactPresence> PresenceService::resources(const Jid& contact) const
{
    return m_resources.value(contact.bare());
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

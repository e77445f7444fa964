// PresenceService: every contact's presence per resource and the one that represents them,
// with changes reported in batches so thousands of updates cost one model refresh. Only
// addresses the account knows (its contacts, itself) are kept, with a few resources each, so
// strangers sending presence cannot make it grow.
#pragma once

#include "xmpp/modules/presence/ContactPresence.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace Palaver::Xmpp {
class Client;
class PresenceModule;
} // namespace Palaver::Xmpp

namespace Palaver::Im {

class PresenceService : public QObject
{
    Q_OBJECT

public:
    PresenceService(
        Xmpp::Client& client, Xmpp::PresenceModule& presence, QObject* parent = nullptr);

    // The resource that represents the contact (RFC 6121 §4.7.2.3 ordering); unavailable when
    // none is online.
    const Xmpp::ContactPresence& best(const Xmpp::Jid& contact) const;
    QList<Xmpp::ContactPresence> resources(const Xmpp::Jid& contact) const;
    bool isAvailable(const Xmpp::Jid& contact) const;

    void setOwnPresence(Xmpp::Presence::Show show, const QString& status);
    // Whose presence is kept: by default everyone's.
    void setKnownCheck(std::function<bool(const Xmpp::Jid& bare)> isKnown)
    {
        m_isKnown = std::move(isKnown);
    }
    static constexpr int MaxResources = 16;

Q_SIGNALS:
    // Bare JIDs whose presence changed since the last report; at most one per event loop turn.
    void presencesChanged(const QList<Palaver::Xmpp::Jid>& contacts);

private:
    void onPresence(const Xmpp::ContactPresence& presence);
    void markChanged(const Xmpp::Jid& contact);
    void clear();
    void updateBest(const Xmpp::Jid& contact);

    Xmpp::PresenceModule& m_module;
    // bare -> its online resources; a list, as contacts have one or two (a hash per contact
    // would cost kilobytes each).
    QHash<Xmpp::Jid, QList<Xmpp::ContactPresence>> m_resources;
    QHash<Xmpp::Jid, Xmpp::ContactPresence> m_best; // bare -> the resource that represents it
    QSet<Xmpp::Jid> m_changed;
    std::function<bool(const Xmpp::Jid&)> m_isKnown;
    QTimer m_flush;
};

} // namespace Palaver::Im

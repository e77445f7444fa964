// RosterService: one account's contacts and unanswered subscription requests, kept in step
// with the server and with disk.
#pragma once

#include "../storage/RosterStore.h"
#include "xmpp/modules/roster/RosterItem.h"

#include <QHash>
#include <QObject>

namespace Palaver::Xmpp {
class Client;
class RosterModule;
class SubscriptionModule;
} // namespace Palaver::Xmpp

namespace Palaver::Im {

class RosterService : public QObject
{
    Q_OBJECT

public:
    RosterService(Xmpp::Client& client, Xmpp::RosterModule& roster,
        Xmpp::SubscriptionModule& subscriptions, RosterStore& store, QObject* parent = nullptr);

    // Reads the stored roster; done once it is in memory (before connecting, so the server
    // can answer "unchanged" to the stored version).
    void load(std::function<void()> done = {});
    bool isLoaded() const { return m_loaded; }

    const QHash<Xmpp::Jid, Xmpp::RosterItem>& items() const { return m_items; }
    std::optional<Xmpp::RosterItem> item(const Xmpp::Jid& jid) const;
    const QList<SubscriptionRequest>& requests() const { return m_requests; }
    // Whether the contact may know our presence, and so may receive receipts (XEP-0184 §8).
    bool sharesPresenceWith(const Xmpp::Jid& jid) const;

    // Adds the contact and asks to see their presence.
    void addContact(const Xmpp::Jid& jid, const QString& name, const QStringList& groups,
        const QString& message = {});
    void rename(const Xmpp::Jid& jid, const QString& name);
    void setGroups(const Xmpp::Jid& jid, const QStringList& groups);
    // Removes the contact; the server cancels subscriptions both ways (RFC 6121 §2.5).
    void removeContact(const Xmpp::Jid& jid);
    // Answers a request; approving can ask to see their presence in return.
    void approve(const Xmpp::Jid& jid, bool subscribeBack);
    void deny(const Xmpp::Jid& jid);
    void requestSubscription(const Xmpp::Jid& jid, const QString& message = {});
    // Lets the contact see our presence before they ask (RFC 6121 §3.4), where the server
    // supports it; false otherwise.
    bool preApprove(const Xmpp::Jid& jid);
    void cancelSubscription(const Xmpp::Jid& jid);
    void revokeSubscription(const Xmpp::Jid& jid);

Q_SIGNALS:
    void rosterReset();
    void itemChanged(const Palaver::Xmpp::Jid& jid);
    void itemRemoved(const Palaver::Xmpp::Jid& jid);
    void requestsChanged();

private:
    void onRosterReceived(const QList<Xmpp::RosterItem>& items, const QString& version);
    void onPushed(const Xmpp::RosterItem& item, const QString& version);
    void onRequested(const Xmpp::Jid& jid, const QString& message);
    void dropRequest(const Xmpp::Jid& jid);
    void update(const Xmpp::Jid& jid, const std::function<void(Xmpp::RosterItem&)>& change);
    QString account() const;

    Xmpp::Client& m_client;
    Xmpp::RosterModule& m_roster;
    Xmpp::SubscriptionModule& m_subscriptions;
    RosterStore& m_store;
    QHash<Xmpp::Jid, Xmpp::RosterItem> m_items;
    QList<SubscriptionRequest> m_requests;
    bool m_loaded = false;
};

} // namespace Palaver::Im

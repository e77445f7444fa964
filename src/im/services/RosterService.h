// RosterService: one account's contacts and unanswered subscription requests, kept in step
// with the server and with disk. Anyone can ask to see our presence, so requests are kept by
// address, capped in number and length, and reported in batches: a thousand strangers asking
// at once cost one model change, not a thousand rescans.
#pragma once

#include "../storage/RosterStore.h"
#include "xmpp/modules/roster/RosterItem.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

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
    // More are not kept (the server offers them again at the next sign-in, RFC 6121 §3.1.3).
    static constexpr int MaxRequests = 500;
    static constexpr int MaxRequestMessageLength = 500;
    // Strangers waiting with messages; messages from more new ones are not kept here (they
    // stay in the server's archive).
    static constexpr int MaxMessageRequests = 200;

    RosterService(Xmpp::Client& client, Xmpp::RosterModule& roster,
        Xmpp::SubscriptionModule& subscriptions, RosterStore& store, QObject* parent = nullptr);

    // Reads the stored roster; done once it is in memory (before connecting, so the server
    // can answer "unchanged" to the stored version).
    void load(std::function<void()> done = {});
    bool isLoaded() const { return m_loaded; }

    const QHash<Xmpp::Jid, Xmpp::RosterItem>& items() const { return m_items; }
    std::optional<Xmpp::RosterItem> item(const Xmpp::Jid& jid) const;
    const QHash<Xmpp::Jid, SubscriptionRequest>& requests() const { return m_requests; }
    const SubscriptionRequest* request(const Xmpp::Jid& jid) const;
    // Who asked, in the order they did.
    const QList<Xmpp::Jid>& requestOrder() const { return m_requestOrder; }
    // Someone who is no contact and wrote to us, waiting for the user: nullptr otherwise.
    const MessageRequest* messageRequest(const Xmpp::Jid& jid) const;
    const QList<Xmpp::Jid>& messageRequestOrder() const { return m_messageRequestOrder; }
    // For each incoming message: whether to keep it. A stranger's first message makes a
    // message request (false when too many are waiting); contacts, our own account and
    // strangers the user accepted pass as they are.
    bool admitMessage(const Xmpp::Jid& peer, const QString& body);
    // Contacts, our own account and strangers the user accepted.
    bool isKnown(const Xmpp::Jid& jid) const;
    // The user accepted (or wrote to) them: their messages are a conversation like any other.
    void acceptMessages(const Xmpp::Jid& jid);
    // The user turned them away: the request goes (blocking them is the caller's).
    void refuseMessages(const Xmpp::Jid& jid);
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
    // Addresses whose request came or went since the last report; one report per event loop
    // turn.
    void requestsChanged(const QList<Palaver::Xmpp::Jid>& jids);

private:
    void onRosterReceived(const QList<Xmpp::RosterItem>& items, const QString& version);
    void onPushed(const Xmpp::RosterItem& item, const QString& version);
    void onRequested(const Xmpp::Jid& jid, const QString& message);
    void dropRequest(const Xmpp::Jid& jid);
    void requestChanged(const Xmpp::Jid& jid);
    void update(const Xmpp::Jid& jid, const std::function<void(Xmpp::RosterItem&)>& change);
    QString account() const;

    Xmpp::Client& m_client;
    Xmpp::RosterModule& m_roster;
    Xmpp::SubscriptionModule& m_subscriptions;
    RosterStore& m_store;
    QHash<Xmpp::Jid, Xmpp::RosterItem> m_items;
    QHash<Xmpp::Jid, SubscriptionRequest> m_requests;
    QList<Xmpp::Jid> m_requestOrder;
    QHash<Xmpp::Jid, MessageRequest> m_messageRequests; // waiting
    QList<Xmpp::Jid> m_messageRequestOrder;
    QSet<Xmpp::Jid> m_acceptedStrangers;
    QList<Xmpp::Jid> m_changedRequests; // in the order they changed
    QSet<Xmpp::Jid> m_changedRequestSet;
    int m_refusedRequests = 0; // since the last report
    QTimer m_requestsFlush;
    bool m_loaded = false;
};

} // namespace Palaver::Im

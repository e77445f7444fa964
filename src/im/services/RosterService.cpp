#include "RosterService.h"

#include "xmpp/Client.h"
#include "xmpp/modules/presence/SubscriptionModule.h"
#include "xmpp/modules/roster/RosterModule.h"

using namespace Palaver::Xmpp;

namespace Palaver::Im {

RosterService::RosterService(Client& client, RosterModule& roster,
    SubscriptionModule& subscriptions, RosterStore& store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_roster(roster)
    , m_subscriptions(subscriptions)
    , m_store(store)
{
    connect(&roster, &RosterModule::rosterReceived, this, &RosterService::onRosterReceived);
    connect(&roster, &RosterModule::itemPushed, this, &RosterService::onPushed);
    connect(&subscriptions, &SubscriptionModule::subscriptionRequested, this,
        &RosterService::onRequested);
    m_requestsFlush.setSingleShot(true);
    m_requestsFlush.setInterval(0);
    connect(&m_requestsFlush, &QTimer::timeout, this, [this] {
        if (m_refusedRequests > 0) {
            qWarning("%d requests from strangers not kept: too many are waiting already",
                std::exchange(m_refusedRequests, 0));
        }
        m_changedRequestSet.clear();
        Q_EMIT requestsChanged(std::exchange(m_changedRequests, {}));
    });
}

QString RosterService::account() const
{
    return m_client.settings().jid.bare().toString();
}

void RosterService::load(std::function<void()> done)
{
    m_store.load(account(), this, [this, done](const StoredRoster& stored) {
        m_items.clear();
        for (const RosterItem& item : stored.items) {
            m_items.insert(item.jid, item);
        }
        m_requests.clear();
        m_requestOrder.clear();
        for (const SubscriptionRequest& request : stored.requests) {
            if (!m_requests.contains(request.jid)) {
                m_requestOrder.append(request.jid);
            }
            m_requests.insert(request.jid, request);
        }
        m_messageRequests.clear();
        m_messageRequestOrder.clear();
        m_acceptedStrangers.clear();
        for (const MessageRequest& request : stored.messageRequests) {
            if (request.accepted) {
                m_acceptedStrangers.insert(request.jid);
            } else if (!m_messageRequests.contains(request.jid)) {
                m_messageRequests.insert(request.jid, request);
                m_messageRequestOrder.append(request.jid);
            }
        }
        // A version only means something together with the items it describes.
        m_roster.setCachedVersion(stored.items.isEmpty() ? QString() : stored.version);
        m_loaded = true;
        Q_EMIT rosterReset(); // with the requests
        if (done) {
            done();
        }
    });
}

const SubscriptionRequest* RosterService::request(const Jid& jid) const
{
    const auto it = m_requests.constFind(jid);
    return it == m_requests.cend() ? nullptr : &*it;
}

const MessageRequest* RosterService::messageRequest(const Jid& jid) const
{
    const auto it = m_messageRequests.constFind(jid);
    return it == m_messageRequests.cend() ? nullptr : &*it;
}

bool RosterService::isKnown(const Jid& jid) const
{
    const Jid bare = jid.bare();
    return m_items.contains(bare) || bare == m_client.settings().jid.bare()
        || m_acceptedStrangers.contains(bare);
}

bool RosterService::admitMessage(const Jid& peer, const QString& body)
{
    const Jid jid = peer.bare();
    if (isKnown(jid) || m_messageRequests.contains(jid)) {
        return true;
    }
    if (m_messageRequests.size() >= MaxMessageRequests) {
        ++m_refusedRequests;
        requestChanged({}); // to report it
        return false;
    }
    const MessageRequest request {
        jid, body.simplified().left(MaxRequestMessageLength), QDateTime::currentDateTimeUtc()};
    m_messageRequests.insert(jid, request);
    m_messageRequestOrder.append(jid);
    m_store.saveMessageRequest(account(), request);
    requestChanged(jid);
    return true;
}

void RosterService::acceptMessages(const Jid& jid)
{
    MessageRequest request = m_messageRequests.take(jid);
    m_messageRequestOrder.removeOne(jid);
    if (isKnown(jid)) {
        if (request.jid.isValid()) {
            m_store.removeMessageRequest(account(), jid);
            requestChanged(jid);
        }
        return;
    }
    request.jid = jid;
    request.accepted = true;
    request.received
        = request.received.isValid() ? request.received : QDateTime::currentDateTimeUtc();
    m_acceptedStrangers.insert(jid);
    m_store.saveMessageRequest(account(), request);
    requestChanged(jid);
}

void RosterService::refuseMessages(const Jid& jid)
{
    if (m_messageRequests.remove(jid)) {
        m_messageRequestOrder.removeOne(jid);
        m_store.removeMessageRequest(account(), jid);
        requestChanged(jid);
    }
}

std::optional<RosterItem> RosterService::item(const Jid& jid) const
{
    const auto it = m_items.constFind(jid.bare());
    return it == m_items.cend() ? std::nullopt : std::optional<RosterItem>(*it);
}

bool RosterService::sharesPresenceWith(const Jid& jid) const
{
    const auto it = m_items.constFind(jid.bare());
    return it != m_items.cend() && it->weShareWithThem();
}

void RosterService::onRosterReceived(const QList<RosterItem>& items, const QString& version)
{
    m_items.clear();
    m_items.reserve(items.size());
    for (const RosterItem& item : items) {
        m_items.insert(item.jid, item);
    }
    m_store.replace(account(), items, version);
    Q_EMIT rosterReset();
}

void RosterService::onPushed(const RosterItem& item, const QString& version)
{
    m_store.apply(account(), item, version);
    if (item.subscription == RosterItem::Subscription::Remove) {
        if (m_items.remove(item.jid)) {
            Q_EMIT itemRemoved(item.jid);
        }
        return;
    }
    m_items.insert(item.jid, item);
    Q_EMIT itemChanged(item.jid);
    // Approved elsewhere (another device of ours): the request is answered.
    if (item.weShareWithThem()) {
        dropRequest(item.jid);
    }
    // A contact now: their messages need no accepting.
    refuseMessages(item.jid);
}

void RosterService::onRequested(const Jid& jid, const QString& message)
{
    // Someone we already share with asking again needs no question to the user.
    if (sharesPresenceWith(jid)) {
        m_subscriptions.approve(jid);
        return;
    }
    if (m_requests.contains(jid)) {
        return;
    }
    if (m_requests.size() >= MaxRequests) {
        ++m_refusedRequests;
        requestChanged({}); // to report it
        return;
    }
    // Distinct times keep the order of a burst when the requests are read back.
    QDateTime received = QDateTime::currentDateTimeUtc();
    if (!m_requestOrder.isEmpty()) {
        received = qMax(received, m_requests.value(m_requestOrder.last()).received.addMSecs(1));
    }
    const SubscriptionRequest request {jid, message.left(MaxRequestMessageLength), received};
    m_requests.insert(jid, request);
    m_requestOrder.append(jid);
    m_store.addRequest(account(), request);
    requestChanged(jid);
}

void RosterService::dropRequest(const Jid& jid)
{
    if (m_requests.remove(jid)) {
        m_requestOrder.removeOne(jid);
        m_store.removeRequest(account(), jid);
        requestChanged(jid);
    }
}

void RosterService::requestChanged(const Jid& jid)
{
    if (jid.isValid() && !m_changedRequestSet.contains(jid)) {
        m_changedRequestSet.insert(jid);
        m_changedRequests.append(jid);
    }
    if (!m_requestsFlush.isActive()) {
        m_requestsFlush.start();
    }
}

void RosterService::addContact(
    const Jid& jid, const QString& name, const QStringList& groups, const QString& message)
{
    update(jid, [&](RosterItem& item) {
        item.name = name;
        item.groups = groups;
    });
    m_subscriptions.requestSubscription(jid, message);
}

void RosterService::update(const Jid& jid, const std::function<void(RosterItem&)>& change)
{
    RosterItem item = this->item(jid).value_or(RosterItem());
    item.jid = jid.bare();
    change(item);
    // Shown at once, so a second edit before the server's push builds on this one; the
    // push confirms it, and a refusal brings the server's roster back.
    m_items.insert(item.jid, item);
    Q_EMIT itemChanged(item.jid);
    m_roster.addOrUpdate(item, this, [this](const StanzaError* error) {
        if (error) {
            m_roster.requestRoster();
        }
    });
}

void RosterService::rename(const Jid& jid, const QString& name)
{
    update(jid, [&name](RosterItem& item) { item.name = name; });
}

void RosterService::setGroups(const Jid& jid, const QStringList& groups)
{
    update(jid, [&groups](RosterItem& item) { item.groups = groups; });
}

void RosterService::removeContact(const Jid& jid)
{
    m_roster.remove(jid);
    dropRequest(jid);
}

void RosterService::approve(const Jid& jid, bool subscribeBack)
{
    m_subscriptions.approve(jid);
    dropRequest(jid);
    const std::optional<RosterItem> existing = item(jid);
    if (subscribeBack && (!existing || !existing->theyShareWithUs())) {
        m_subscriptions.requestSubscription(jid);
    }
}

void RosterService::deny(const Jid& jid)
{
    m_subscriptions.deny(jid);
    dropRequest(jid);
}

void RosterService::requestSubscription(const Jid& jid, const QString& message)
{
    m_subscriptions.requestSubscription(jid, message);
}

bool RosterService::preApprove(const Jid& jid)
{
    if (!m_subscriptions.canPreApprove()) {
        return false;
    }
    m_subscriptions.preApprove(jid);
    return true;
}

void RosterService::cancelSubscription(const Jid& jid)
{
    m_subscriptions.cancel(jid);
}

void RosterService::revokeSubscription(const Jid& jid)
{
    m_subscriptions.deny(jid);
}

} // namespace Palaver::Im

// SubscriptionModule: asking to see a contact's presence, answering their requests,
// pre-approval and cancelling (RFC 6121 §3).
#pragma once

#include "../../Module.h"
#include "../../core/Presence.h"

namespace Palaver::Xmpp {

class SubscriptionModule : public Module
{
    Q_OBJECT

public:
    explicit SubscriptionModule(QObject* parent = nullptr);

    // Ask to see the contact's presence, with an optional note for them.
    void requestSubscription(const Jid& contact, const QString& message = {});
    // Let the contact see our presence, answering their request.
    void approve(const Jid& contact);
    // Refuse a request, or stop letting the contact see our presence.
    void deny(const Jid& contact);
    // Approve before they ask (RFC 6121 §3.4); only where the server offers it.
    bool canPreApprove() const;
    void preApprove(const Jid& contact);
    // Stop seeing the contact's presence, or withdraw our pending request.
    void cancel(const Jid& contact);

    void attach(Client& client) override;

Q_SIGNALS:
    void subscriptionRequested(const Palaver::Xmpp::Jid& from, const QString& message);
    // They accepted our request.
    void subscriptionApproved(const Palaver::Xmpp::Jid& from);
    // They refused our request, or no longer let us see their presence.
    void subscriptionRevoked(const Palaver::Xmpp::Jid& from);
    // They no longer want to see our presence.
    void unsubscribed(const Palaver::Xmpp::Jid& from);

private:
    void sendTyped(Presence::Type type, const Jid& contact, const QString& status = {});
    void onPresence(const Presence& presence);
};

} // namespace Palaver::Xmpp

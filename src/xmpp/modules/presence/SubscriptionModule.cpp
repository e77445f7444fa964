#include "SubscriptionModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSubscription, "palaver.xmpp.subscription")

namespace Palaver::Xmpp {

SubscriptionModule::SubscriptionModule(QObject* parent)
    : Module(parent)
{ }

void SubscriptionModule::attach(Client& client)
{
    Module::attach(client);
    connect(&client, &Client::presenceReceived, this, &SubscriptionModule::onPresence);
}

void SubscriptionModule::sendTyped(Presence::Type type, const Jid& contact, const QString& status)
{
    // RFC 6121 §3: subscription stanzas go to the bare JID.
    Presence presence(type, contact.bare());
    presence.setStatus(status);
    client()->send(presence);
}

void SubscriptionModule::requestSubscription(const Jid& contact, const QString& message)
{
    sendTyped(Presence::Type::Subscribe, contact, message);
}

void SubscriptionModule::approve(const Jid& contact)
{
    sendTyped(Presence::Type::Subscribed, contact);
}

void SubscriptionModule::deny(const Jid& contact)
{
    sendTyped(Presence::Type::Unsubscribed, contact);
}

bool SubscriptionModule::canPreApprove() const
{
    return client()->streamFeatures().hasChild(u"sub", Ns::PreApproval);
}

void SubscriptionModule::preApprove(const Jid& contact)
{
    sendTyped(Presence::Type::Subscribed, contact);
}

void SubscriptionModule::cancel(const Jid& contact)
{
    sendTyped(Presence::Type::Unsubscribe, contact);
}

void SubscriptionModule::onPresence(const Presence& presence)
{
    const Jid from = presence.from().bare();
    if (!from.isValid() || from.local().isEmpty() || from == client()->jid().bare()) {
        return; // only people subscribe; our own account does not ask itself
    }
    switch (presence.type()) {
    case Presence::Type::Subscribe:
        Q_EMIT subscriptionRequested(from, presence.status());
        break;
    case Presence::Type::Subscribed:
        Q_EMIT subscriptionApproved(from);
        break;
    case Presence::Type::Unsubscribed:
        Q_EMIT subscriptionRevoked(from);
        break;
    case Presence::Type::Unsubscribe:
        Q_EMIT unsubscribed(from);
        break;
    default:
        break;
    }
}

} // namespace Palaver::Xmpp

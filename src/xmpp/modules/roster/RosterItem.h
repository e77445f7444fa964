// RosterItem: one contact in the roster (RFC 6121 §2.1.2).
#pragma once

#include "../../core/Jid.h"
#include "../../core/XmlElement.h"

#include <QStringList>

namespace Palaver::Xmpp {

struct RosterItem
{
    // RFC 6121 §2.1.2.5; Remove only appears in pushes.
    enum class Subscription {
        None,
        To,
        From,
        Both,
        Remove
    };

    Jid jid;
    QString name;
    QStringList groups;
    Subscription subscription = Subscription::None;
    bool askSubscribe = false; // our subscription request is pending (ask='subscribe')
    bool approved = false; // pre-approved (RFC 6121 §3.4)

    bool theyShareWithUs() const
    {
        return subscription == Subscription::To || subscription == Subscription::Both;
    }
    bool weShareWithThem() const
    {
        return subscription == Subscription::From || subscription == Subscription::Both;
    }

    // Reads an <item/>; an item without a valid bare JID reads as an invalid jid.
    static RosterItem fromElement(const XmlElement& item);
    // For roster sets: only jid, name and groups are ours to set (RFC 6121 §2.1.2).
    XmlElement toSetElement() const;

    static QString subscriptionName(Subscription subscription);
    static Subscription subscriptionFromName(QStringView name);

    friend bool operator==(const RosterItem& a, const RosterItem& b)
    {
        return a.jid == b.jid && a.name == b.name && a.groups == b.groups
            && a.subscription == b.subscription && a.askSubscribe == b.askSubscribe
            && a.approved == b.approved;
    }
};

} // namespace Palaver::Xmpp

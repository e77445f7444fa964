#include "RosterItem.h"

#include "../../core/EnumNames.h"
#include "../../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
constexpr auto subscriptionNames = std::to_array<EnumName<RosterItem::Subscription>>({
    {RosterItem::Subscription::None, u"none"},
    {RosterItem::Subscription::To, u"to"},
    {RosterItem::Subscription::From, u"from"},
    {RosterItem::Subscription::Both, u"both"},
    {RosterItem::Subscription::Remove, u"remove"},
});
} // namespace

RosterItem RosterItem::fromElement(const XmlElement& item)
{
    RosterItem result;
    const Jid jid = Jid::fromString(item.attribute(u"jid"));
    // Roster items are bare JIDs (RFC 6121 §2.1.2.2); anything else is not a contact.
    result.jid = jid.isBare() ? jid : Jid();
    result.name = item.attribute(u"name");
    result.subscription = subscriptionFromName(item.attribute(u"subscription"));
    result.askSubscribe = item.attribute(u"ask") == u"subscribe";
    const QString approved = item.attribute(u"approved");
    result.approved = approved == u"true" || approved == u"1";
    for (const XmlElement& group : item.childElements(u"group", Ns::Roster)) {
        const QString name = group.text();
        if (!name.isEmpty() && !result.groups.contains(name)) {
            result.groups.append(name);
        }
    }
    return result;
}

XmlElement RosterItem::toSetElement() const
{
    XmlElement item(u"item"_s, Ns::Roster);
    item.setAttribute(u"jid"_s, jid.toString());
    if (subscription == Subscription::Remove) {
        item.setAttribute(u"subscription"_s, u"remove"_s);
        return item;
    }
    if (!name.isEmpty()) {
        item.setAttribute(u"name"_s, name);
    }
    for (const QString& group : groups) {
        item.appendTextChild(u"group"_s, Ns::Roster, group);
    }
    return item;
}

QString RosterItem::subscriptionName(Subscription subscription)
{
    return nameOf(subscriptionNames, subscription);
}

RosterItem::Subscription RosterItem::subscriptionFromName(QStringView name)
{
    return valueOf(subscriptionNames, name).value_or(Subscription::None);
}

} // namespace Palaver::Xmpp

#include "Presence.h"

#include "EnumNames.h"
#include "Namespaces.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
// Available has no type attribute and Online no <show/>: they are the absent names.
constexpr auto typeNames = std::to_array<EnumName<Presence::Type>>({
    {Presence::Type::Unavailable, u"unavailable"},
    {Presence::Type::Subscribe, u"subscribe"},
    {Presence::Type::Subscribed, u"subscribed"},
    {Presence::Type::Unsubscribe, u"unsubscribe"},
    {Presence::Type::Unsubscribed, u"unsubscribed"},
    {Presence::Type::Probe, u"probe"},
    {Presence::Type::Error, u"error"},
});

constexpr auto showNames = std::to_array<EnumName<Presence::Show>>({
    {Presence::Show::Chat, u"chat"},
    {Presence::Show::Away, u"away"},
    {Presence::Show::ExtendedAway, u"xa"},
    {Presence::Show::DoNotDisturb, u"dnd"},
});
} // namespace

Presence::Presence(const XmlElement& element)
    : Stanza(element)
{ }

Presence::Presence(Type type, const Jid& to)
    : Stanza(u"presence"_s, nameOf(typeNames, type))
{
    if (to.isValid()) {
        setTo(to);
    }
}

Presence::Type Presence::type() const
{
    return valueOf(typeNames, typeAttribute()).value_or(Type::Available);
}

Presence::Show Presence::show() const
{
    return valueOf(showNames, payload(u"show", Ns::Client).text().trimmed()).value_or(Show::Online);
}

void Presence::setShow(Show show)
{
    removePayloads(u"show", Ns::Client);
    if (show != Show::Online) {
        XmlElement child(u"show"_s, Ns::Client);
        child.setText(nameOf(showNames, show));
        appendPayload(child);
    }
}

QString Presence::status() const
{
    return payload(u"status", Ns::Client).text();
}

void Presence::setStatus(const QString& status)
{
    removePayloads(u"status", Ns::Client);
    if (!status.isEmpty()) {
        XmlElement child(u"status"_s, Ns::Client);
        child.setText(status);
        appendPayload(child);
    }
}

int Presence::priority() const
{
    bool ok = false;
    const int value = payload(u"priority", Ns::Client).text().trimmed().toInt(&ok);
    return ok ? std::clamp(value, -128, 127) : 0;
}

void Presence::setPriority(int priority)
{
    removePayloads(u"priority", Ns::Client);
    if (priority != 0) {
        XmlElement child(u"priority"_s, Ns::Client);
        child.setText(QString::number(std::clamp(priority, -128, 127)));
        appendPayload(child);
    }
}

} // namespace Palaver::Xmpp

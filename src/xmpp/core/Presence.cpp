#include "Presence.h"

#include "Namespaces.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
QString typeName(Presence::Type type)
{
    switch (type) {
    case Presence::Type::Available:
        return {};
    case Presence::Type::Unavailable:
        return u"unavailable"_s;
    case Presence::Type::Subscribe:
        return u"subscribe"_s;
    case Presence::Type::Subscribed:
        return u"subscribed"_s;
    case Presence::Type::Unsubscribe:
        return u"unsubscribe"_s;
    case Presence::Type::Unsubscribed:
        return u"unsubscribed"_s;
    case Presence::Type::Probe:
        return u"probe"_s;
    case Presence::Type::Error:
        return u"error"_s;
    }
    return {};
}

QString showName(Presence::Show show)
{
    switch (show) {
    case Presence::Show::Online:
        return {};
    case Presence::Show::Chat:
        return u"chat"_s;
    case Presence::Show::Away:
        return u"away"_s;
    case Presence::Show::ExtendedAway:
        return u"xa"_s;
    case Presence::Show::DoNotDisturb:
        return u"dnd"_s;
    }
    return {};
}
} // namespace

Presence::Presence(const XmlElement& element)
    : Stanza(element)
{ }

Presence::Presence(Type type, const Jid& to)
    : Stanza(u"presence"_s, typeName(type))
{
    if (to.isValid()) {
        setTo(to);
    }
}

Presence::Type Presence::type() const
{
    const QString type = typeAttribute();
    for (Type t : {Type::Unavailable, Type::Subscribe, Type::Subscribed, Type::Unsubscribe,
             Type::Unsubscribed, Type::Probe, Type::Error}) {
        if (type == typeName(t)) {
            return t;
        }
    }
    return Type::Available;
}

Presence::Show Presence::show() const
{
    const QString show = payload(u"show", Ns::Client).text().trimmed();
    for (Show s : {Show::Chat, Show::Away, Show::ExtendedAway, Show::DoNotDisturb}) {
        if (show == showName(s)) {
            return s;
        }
    }
    return Show::Online;
}

void Presence::setShow(Show show)
{
    removePayloads(u"show", Ns::Client);
    if (show != Show::Online) {
        XmlElement child(u"show"_s, Ns::Client);
        child.setText(showName(show));
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

#include "S5bCandidate.h"

#include "../../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

quint32 S5bCandidate::priorityFor(Type type, int localPreference)
{
    const quint32 typePreference = type == Type::Direct ? 126 : 10;
    return (typePreference << 16) + quint32(qBound(0, localPreference, 65535));
}

XmlElement S5bCandidate::toElement() const
{
    XmlElement element(u"candidate"_s, Ns::JingleS5b);
    element.setAttribute(u"cid"_s, cid);
    element.setAttribute(u"host"_s, host);
    element.setAttribute(u"jid"_s, jid.toString());
    element.setAttribute(u"port"_s, QString::number(port));
    element.setAttribute(u"priority"_s, QString::number(priority));
    element.setAttribute(u"type"_s, type == Type::Direct ? u"direct"_s : u"proxy"_s);
    return element;
}

std::optional<S5bCandidate> S5bCandidate::fromElement(const XmlElement& element)
{
    S5bCandidate candidate;
    candidate.cid = element.attribute(u"cid");
    candidate.host = element.attribute(u"host");
    candidate.jid = Jid::fromString(element.attribute(u"jid"));
    bool portOk = false;
    bool priorityOk = false;
    const uint port = element.attribute(u"port").toUInt(&portOk);
    candidate.port = quint16(port);
    candidate.priority = element.attribute(u"priority").toUInt(&priorityOk);
    const QString type = element.attribute(u"type");
    if (type == u"proxy") {
        candidate.type = Type::Proxy;
    } else if (!type.isEmpty() && type != u"direct") {
        return std::nullopt;
    }
    if (candidate.cid.isEmpty() || candidate.cid.size() > 256 || candidate.host.isEmpty()
        || candidate.host.size() > 255 || !candidate.jid.isValid() || !portOk || port == 0
        || port > 65535 || !priorityOk) {
        return std::nullopt;
    }
    return candidate;
}

} // namespace Palaver::Xmpp

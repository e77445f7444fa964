#include "Iq.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
QString typeName(Iq::Type type)
{
    switch (type) {
    case Iq::Type::Get:
        return u"get"_s;
    case Iq::Type::Set:
        return u"set"_s;
    case Iq::Type::Result:
        return u"result"_s;
    case Iq::Type::Error:
        return u"error"_s;
    case Iq::Type::Invalid:
        break;
    }
    return {};
}
} // namespace

Iq::Iq(const XmlElement& element)
    : Stanza(element)
{ }

Iq::Iq(Type type, const XmlElement& payload)
    : Stanza(u"iq"_s, typeName(type))
{
    if (!payload.isNull()) {
        appendPayload(payload);
    }
}

Iq::Type Iq::type() const
{
    const QString type = typeAttribute();
    if (type == u"get") {
        return Type::Get;
    }
    if (type == u"set") {
        return Type::Set;
    }
    if (type == u"result") {
        return Type::Result;
    }
    if (type == u"error") {
        return Type::Error;
    }
    return Type::Invalid;
}

bool Iq::isRequest() const
{
    const Type t = type();
    return t == Type::Get || t == Type::Set;
}

bool Iq::isResponse() const
{
    const Type t = type();
    return t == Type::Result || t == Type::Error;
}

XmlElement Iq::payload() const
{
    for (const XmlElement& child : element().childElements()) {
        if (!child.is(u"error", element().namespaceUri())) {
            return child;
        }
    }
    return {};
}

Iq Iq::makeResult(const XmlElement& payload) const
{
    Iq result(Type::Result, payload);
    result.setId(id());
    if (from().isValid()) {
        result.setTo(from());
    }
    return result;
}

Iq Iq::makeError(const StanzaError& error) const
{
    Iq result(Type::Error);
    result.setId(id());
    if (from().isValid()) {
        result.setTo(from());
    }
    // RFC 6120 §8.3.1 allows echoing the request's payload; we leave it out to stay small.
    result.setError(error);
    return result;
}

} // namespace Palaver::Xmpp

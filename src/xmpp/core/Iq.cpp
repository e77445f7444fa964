#include "Iq.h"

#include "EnumNames.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
constexpr auto typeNames = std::to_array<EnumName<Iq::Type>>({
    {Iq::Type::Get, u"get"},
    {Iq::Type::Set, u"set"},
    {Iq::Type::Result, u"result"},
    {Iq::Type::Error, u"error"},
});
} // namespace

Iq::Iq(const XmlElement& element)
    : Stanza(element)
{ }

Iq::Iq(Type type, const XmlElement& payload)
    : Stanza(u"iq"_s, nameOf(typeNames, type))
{
    if (!payload.isNull()) {
        appendPayload(payload);
    }
}

Iq::Type Iq::type() const
{
    return valueOf(typeNames, typeAttribute()).value_or(Type::Invalid);
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

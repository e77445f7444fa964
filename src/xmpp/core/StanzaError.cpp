#include "StanzaError.h"

#include "EnumNames.h"
#include "Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
using C = StanzaError::Condition;
// Timeout and Disconnected are local outcomes and never appear on the wire.
constexpr auto conditionNames = std::to_array<EnumName<C>>({
    {C::BadRequest, u"bad-request"},
    {C::Conflict, u"conflict"},
    {C::FeatureNotImplemented, u"feature-not-implemented"},
    {C::Forbidden, u"forbidden"},
    {C::Gone, u"gone"},
    {C::InternalServerError, u"internal-server-error"},
    {C::ItemNotFound, u"item-not-found"},
    {C::JidMalformed, u"jid-malformed"},
    {C::NotAcceptable, u"not-acceptable"},
    {C::NotAllowed, u"not-allowed"},
    {C::NotAuthorized, u"not-authorized"},
    {C::PolicyViolation, u"policy-violation"},
    {C::RecipientUnavailable, u"recipient-unavailable"},
    {C::Redirect, u"redirect"},
    {C::RegistrationRequired, u"registration-required"},
    {C::RemoteServerNotFound, u"remote-server-not-found"},
    {C::RemoteServerTimeout, u"remote-server-timeout"},
    {C::ResourceConstraint, u"resource-constraint"},
    {C::ServiceUnavailable, u"service-unavailable"},
    {C::SubscriptionRequired, u"subscription-required"},
    {C::UndefinedCondition, u"undefined-condition"},
    {C::UnexpectedRequest, u"unexpected-request"},
});

using T = StanzaError::Type;
constexpr auto typeNames = std::to_array<EnumName<T>>({
    {T::Auth, u"auth"},
    {T::Cancel, u"cancel"},
    {T::Continue, u"continue"},
    {T::Modify, u"modify"},
    {T::Wait, u"wait"},
});
} // namespace

StanzaError::StanzaError(Type type, Condition condition, const QString& text)
    : m_type(type)
    , m_condition(condition)
    , m_text(text)
{ }

StanzaError StanzaError::fromStanzaElement(const XmlElement& stanza)
{
    StanzaError error;
    const XmlElement element = stanza.firstChild(u"error", stanza.namespaceUri());
    if (element.isNull()) {
        return error;
    }
    error.m_type = valueOf(typeNames, element.attribute(u"type")).value_or(T::Cancel);
    error.m_by = element.attribute(u"by");
    for (const XmlElement& child : element.childElements()) {
        if (child.namespaceUri() != Ns::StanzaErrors) {
            continue;
        }
        if (child.name() == u"text") {
            error.m_text = child.text();
            continue;
        }
        if (const auto condition = valueOf(conditionNames, child.name())) {
            error.m_condition = *condition;
            if (*condition == C::Gone || *condition == C::Redirect) {
                error.m_redirectTarget = child.text();
            }
        }
    }
    return error;
}

XmlElement StanzaError::toElement() const
{
    XmlElement element(u"error"_s, Ns::Client);
    element.setAttribute(u"type"_s, typeName(m_type));
    if (!m_by.isEmpty()) {
        element.setAttribute(u"by"_s, m_by);
    }
    const bool local = m_condition == C::Timeout || m_condition == C::Disconnected;
    XmlElement condition(
        local ? u"undefined-condition"_s : conditionName(m_condition), Ns::StanzaErrors);
    if (!m_redirectTarget.isEmpty()) {
        condition.setText(m_redirectTarget);
    }
    element.appendChild(condition);
    if (!m_text.isEmpty()) {
        element.appendTextChild(u"text"_s, Ns::StanzaErrors, m_text);
    }
    return element;
}

QString StanzaError::conditionName(Condition condition)
{
    if (const QString name = nameOf(conditionNames, condition); !name.isEmpty()) {
        return name;
    }
    // The local outcomes, named for logs only: toElement() never puts them on the wire.
    return condition == C::Timeout ? u"timeout (no answer)"_s : u"disconnected"_s;
}

QString StanzaError::typeName(Type type)
{
    return nameOf(typeNames, type);
}

} // namespace Palaver::Xmpp

#include "StanzaError.h"

#include "Namespaces.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
using C = StanzaError::Condition;
// Timeout and Disconnected are local outcomes and never appear on the wire.
const std::array<std::pair<C, QStringView>, 22> conditionNames = {{
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
}};

using T = StanzaError::Type;
const std::array<std::pair<T, QStringView>, 5> typeNames = {{
    {T::Auth, u"auth"},
    {T::Cancel, u"cancel"},
    {T::Continue, u"continue"},
    {T::Modify, u"modify"},
    {T::Wait, u"wait"},
}};
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
    const QString type = element.attribute(u"type");
    for (const auto& [value, name] : typeNames) {
        if (name == type) {
            error.m_type = value;
        }
    }
    error.m_by = element.attribute(u"by");
    for (const XmlElement& child : element.childElements()) {
        if (child.namespaceUri() != Ns::StanzaErrors) {
            continue;
        }
        if (child.name() == u"text") {
            error.m_text = child.text();
            continue;
        }
        for (const auto& [value, name] : conditionNames) {
            if (name == child.name()) {
                error.m_condition = value;
                if (value == C::Gone || value == C::Redirect) {
                    error.m_redirectTarget = child.text();
                }
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
    for (const auto& [value, name] : conditionNames) {
        if (value == condition) {
            return name.toString();
        }
    }
    // The local outcomes, named for logs only: toElement() never puts them on the wire.
    return condition == C::Timeout ? u"timeout (no answer)"_s : u"disconnected"_s;
}

QString StanzaError::typeName(Type type)
{
    for (const auto& [value, name] : typeNames) {
        if (value == type) {
            return name.toString();
        }
    }
    return u"cancel"_s;
}

} // namespace Palaver::Xmpp

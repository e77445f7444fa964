#include "StreamError.h"

#include "EnumNames.h"
#include "Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
using C = StreamError::Condition;
constexpr auto names = std::to_array<EnumName<C>>({
    {C::BadFormat, u"bad-format"},
    {C::BadNamespacePrefix, u"bad-namespace-prefix"},
    {C::Conflict, u"conflict"},
    {C::ConnectionTimeout, u"connection-timeout"},
    {C::HostGone, u"host-gone"},
    {C::HostUnknown, u"host-unknown"},
    {C::ImproperAddressing, u"improper-addressing"},
    {C::InternalServerError, u"internal-server-error"},
    {C::InvalidFrom, u"invalid-from"},
    {C::InvalidNamespace, u"invalid-namespace"},
    {C::InvalidXml, u"invalid-xml"},
    {C::NotAuthorized, u"not-authorized"},
    {C::NotWellFormed, u"not-well-formed"},
    {C::PolicyViolation, u"policy-violation"},
    {C::RemoteConnectionFailed, u"remote-connection-failed"},
    {C::Reset, u"reset"},
    {C::ResourceConstraint, u"resource-constraint"},
    {C::RestrictedXml, u"restricted-xml"},
    {C::SeeOtherHost, u"see-other-host"},
    {C::SystemShutdown, u"system-shutdown"},
    {C::UndefinedCondition, u"undefined-condition"},
    {C::UnsupportedEncoding, u"unsupported-encoding"},
    {C::UnsupportedFeature, u"unsupported-feature"},
    {C::UnsupportedStanzaType, u"unsupported-stanza-type"},
    {C::UnsupportedVersion, u"unsupported-version"},
});
} // namespace

StreamError::StreamError(Condition condition, const QString& text)
    : m_condition(condition)
    , m_text(text)
{ }

StreamError StreamError::fromElement(const XmlElement& element)
{
    StreamError error;
    for (const XmlElement& child : element.childElements()) {
        if (child.namespaceUri() != Ns::StreamErrors) {
            continue;
        }
        if (child.name() == u"text") {
            error.m_text = child.text();
            continue;
        }
        if (const auto condition = valueOf(names, child.name())) {
            error.m_condition = *condition;
            if (*condition == C::SeeOtherHost) {
                error.m_otherHost = child.text().trimmed();
            }
        }
    }
    return error;
}

XmlElement StreamError::toElement() const
{
    XmlElement element(u"error"_s, Ns::Stream);
    XmlElement condition(conditionName(m_condition), Ns::StreamErrors);
    if (m_condition == C::SeeOtherHost && !m_otherHost.isEmpty()) {
        condition.setText(m_otherHost);
    }
    element.appendChild(condition);
    if (!m_text.isEmpty()) {
        element.appendTextChild(u"text"_s, Ns::StreamErrors, m_text);
    }
    return element;
}

QString StreamError::conditionName(Condition condition)
{
    return nameOf(names, condition);
}

} // namespace Palaver::Xmpp

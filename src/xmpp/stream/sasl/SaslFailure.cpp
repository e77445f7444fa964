#include "SaslFailure.h"

#include "../../core/EnumNames.h"
#include "../../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
using C = SaslFailure::Condition;
constexpr auto names = std::to_array<EnumName<C>>({
    {C::Aborted, u"aborted"},
    {C::AccountDisabled, u"account-disabled"},
    {C::CredentialsExpired, u"credentials-expired"},
    {C::EncryptionRequired, u"encryption-required"},
    {C::IncorrectEncoding, u"incorrect-encoding"},
    {C::InvalidAuthzid, u"invalid-authzid"},
    {C::InvalidMechanism, u"invalid-mechanism"},
    {C::MalformedRequest, u"malformed-request"},
    {C::MechanismTooWeak, u"mechanism-too-weak"},
    {C::NotAuthorized, u"not-authorized"},
    {C::TemporaryAuthFailure, u"temporary-auth-failure"},
    {C::NoUsableMechanism, u"no-usable-mechanism"},
    {C::ServerNotVerified, u"server-not-verified"},
    {C::UnusableCredentials, u"unusable-credentials"},
});
} // namespace

SaslFailure SaslFailure::fromElement(const XmlElement& failure)
{
    SaslFailure result;
    for (const XmlElement& child : failure.childElements()) {
        if (child.namespaceUri() != Ns::Sasl) {
            continue;
        }
        if (child.name() == u"text") {
            result.text = child.text();
            continue;
        }
        // Only conditions a server may send; the local ones cannot be forged this way.
        if (const auto condition = valueOf(names, child.name());
            condition && *condition < C::NoUsableMechanism) {
            result.condition = *condition;
        }
    }
    return result;
}

QString SaslFailure::conditionName(Condition condition)
{
    return nameOf(names, condition);
}

} // namespace Palaver::Xmpp

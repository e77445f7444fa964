#include "SaslFailure.h"

#include "../../core/Namespaces.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
using C = SaslFailure::Condition;
const std::array<std::pair<C, QStringView>, 14> names = {{
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
}};
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
        for (const auto& [value, name] : names) {
            if (name == child.name() && value < C::NoUsableMechanism) {
                result.condition = value;
            }
        }
    }
    return result;
}

QString SaslFailure::conditionName(Condition condition)
{
    for (const auto& [value, name] : names) {
        if (value == condition) {
            return name.toString();
        }
    }
    return u"not-authorized"_s;
}

} // namespace Palaver::Xmpp

// SaslFailure: why authentication failed (RFC 6120 §6.5), plus our own local reasons.
#pragma once

#include "../../core/XmlElement.h"

namespace Palaver::Xmpp {

struct SaslFailure
{
    enum class Condition {
        Aborted,
        AccountDisabled,
        CredentialsExpired,
        EncryptionRequired,
        IncorrectEncoding,
        InvalidAuthzid,
        InvalidMechanism,
        MalformedRequest,
        MechanismTooWeak,
        NotAuthorized,
        TemporaryAuthFailure,
        // Local outcomes, never on the wire:
        NoUsableMechanism, // the server offers nothing we accept
        ServerNotVerified, // the server could not prove it knows the password
        UnusableCredentials, // the user name or password cannot be prepared for SASL
    };

    Condition condition = Condition::NotAuthorized;
    QString text;

    static SaslFailure fromElement(const XmlElement& failure);
    static QString conditionName(Condition condition);
};

} // namespace Palaver::Xmpp

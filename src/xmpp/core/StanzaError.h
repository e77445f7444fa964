// StanzaError: the <error/> child of a stanza, RFC 6120 §8.3.
#pragma once

#include "XmlElement.h"

#include <QString>

namespace Palaver::Xmpp {

class StanzaError
{
public:
    // RFC 6120 §8.3.2
    enum class Type {
        Auth,
        Cancel,
        Continue,
        Modify,
        Wait,
    };

    // RFC 6120 §8.3.3, plus Timeout for a request that got no answer in time (never on the wire).
    enum class Condition {
        BadRequest,
        Conflict,
        FeatureNotImplemented,
        Forbidden,
        Gone,
        InternalServerError,
        ItemNotFound,
        JidMalformed,
        NotAcceptable,
        NotAllowed,
        NotAuthorized,
        PolicyViolation,
        RecipientUnavailable,
        Redirect,
        RegistrationRequired,
        RemoteServerNotFound,
        RemoteServerTimeout,
        ResourceConstraint,
        ServiceUnavailable,
        SubscriptionRequired,
        UndefinedCondition,
        UnexpectedRequest,
        Timeout,
        Disconnected,
    };

    StanzaError() = default;
    StanzaError(Type type, Condition condition, const QString& text = {});

    // Reads the <error/> child of a stanza; an absent or unknown condition reads as
    // undefined-condition, as RFC 6120 §8.3.3.21 suggests.
    static StanzaError fromStanzaElement(const XmlElement& stanza);
    XmlElement toElement() const;

    Type type() const { return m_type; }
    Condition condition() const { return m_condition; }
    const QString& text() const { return m_text; }
    // For gone and redirect: the new address (RFC 6120 §8.3.3.5, §8.3.3.14).
    const QString& redirectTarget() const { return m_redirectTarget; }
    const QString& by() const { return m_by; }

    static QString conditionName(Condition condition);
    static QString typeName(Type type);

private:
    Type m_type = Type::Cancel;
    Condition m_condition = Condition::UndefinedCondition;
    QString m_text;
    QString m_redirectTarget;
    QString m_by;
};

} // namespace Palaver::Xmpp

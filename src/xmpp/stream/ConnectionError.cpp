#include "ConnectionError.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

bool ConnectionError::isRecoverable() const
{
    switch (kind) {
    case Kind::None:
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::Timeout:
    case Kind::ConnectionLost:
    case Kind::PingTimeout:
    case Kind::NetworkError:
        return true;
    case Kind::StreamErrorReceived:
        switch (streamCondition.value_or(StreamError::Condition::UndefinedCondition)) {
        case StreamError::Condition::Conflict: // another client took our resource
        case StreamError::Condition::HostUnknown:
        case StreamError::Condition::NotAuthorized:
        case StreamError::Condition::InvalidNamespace:
        case StreamError::Condition::UnsupportedVersion:
        case StreamError::Condition::UnsupportedEncoding:
        case StreamError::Condition::UnsupportedFeature:
        case StreamError::Condition::BadNamespacePrefix:
            return false;
        default:
            return true;
        }
    case Kind::AuthenticationFailed:
        return sasl && sasl->condition == SaslFailure::Condition::TemporaryAuthFailure;
    case Kind::TlsFailed:
    case Kind::ResourceBindingFailed:
    case Kind::SessionFailed:
    case Kind::ServerProtocolError:
        return true;
    case Kind::InvalidSettings:
    case Kind::TlsUnavailable:
    case Kind::CertificateNotTrusted:
    case Kind::RegistrationUnavailable:
        return false;
    }
    return false;
}

ConnectionError ConnectionError::make(Kind kind, const QString& detail)
{
    ConnectionError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

QString ConnectionError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::InvalidSettings:
        return u"invalid settings"_s;
    case Kind::HostNotFound:
        return u"host not found"_s;
    case Kind::ConnectionRefused:
        return u"connection refused"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::ConnectionLost:
        return u"connection lost"_s;
    case Kind::PingTimeout:
        return u"ping timeout"_s;
    case Kind::NetworkError:
        return u"network error"_s;
    case Kind::TlsUnavailable:
        return u"STARTTLS not offered"_s;
    case Kind::TlsFailed:
        return u"TLS failed"_s;
    case Kind::CertificateNotTrusted:
        return u"certificate not trusted"_s;
    case Kind::ServerProtocolError:
        return u"protocol error"_s;
    case Kind::StreamErrorReceived:
        return u"stream error"_s;
    case Kind::AuthenticationFailed:
        return u"authentication failed"_s;
    case Kind::ResourceBindingFailed:
        return u"resource binding failed"_s;
    case Kind::SessionFailed:
        return u"session failed"_s;
    case Kind::RegistrationUnavailable:
        return u"registration unavailable"_s;
    }
    return {};
}

} // namespace Palaver::Xmpp

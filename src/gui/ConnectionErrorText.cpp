#include "ConnectionErrorText.h"

namespace Palaver::Gui {

using Kind = Xmpp::ConnectionError::Kind;
using Sasl = Xmpp::SaslFailure::Condition;
using Stream = Xmpp::StreamError::Condition;

QString ConnectionErrorText::summary(const Xmpp::ConnectionError& error)
{
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::AuthenticationFailed:
        if (error.sasl && error.sasl->condition == Sasl::NotAuthorized) {
            return tr("Wrong address or password");
        }
        return tr("Sign-in refused");
    case Kind::HostNotFound:
        return tr("Server not found");
    case Kind::CertificateNotTrusted:
        return tr("Certificate not trusted");
    case Kind::ConnectionLost:
    case Kind::PingTimeout:
        return tr("Connection lost");
    case Kind::StreamErrorReceived:
        if (error.streamCondition == Stream::Conflict) {
            return tr("Signed in elsewhere");
        }
        return tr("Disconnected by the server");
    default:
        return tr("Cannot connect");
    }
}

QString ConnectionErrorText::describe(const Xmpp::ConnectionError& error)
{
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::InvalidSettings:
        return tr("The address or password cannot be used. Check the address has the form "
                  "name@server.");
    case Kind::HostNotFound:
        return tr("The server could not be found. Check the part of the address after the @, "
                  "and that you are online.");
    case Kind::ConnectionRefused:
        return tr("The server refused the connection. It may be down, or the server settings "
                  "(host and port) may be wrong.");
    case Kind::Timeout:
        return tr("The server did not answer in time. Check your network connection.");
    case Kind::ConnectionLost:
        return tr("The connection to the server was lost. Palaver reconnects by itself.");
    case Kind::PingTimeout:
        return tr("The server stopped answering. Palaver reconnects by itself.");
    case Kind::NetworkError:
        return tr("A network error stopped the connection. Check your network connection.");
    case Kind::TlsUnavailable:
        return tr("The server does not offer an encrypted connection, so Palaver will not "
                  "send your password to it.");
    case Kind::TlsFailed:
        return tr("An encrypted connection to the server could not be set up.");
    case Kind::CertificateNotTrusted:
        return tr("The server's certificate could not be verified, so Palaver cannot be sure "
                  "it is talking to the right server.");
    case Kind::ServerProtocolError:
        return tr("The server sent something Palaver does not understand, and the connection "
                  "was closed to be safe.");
    case Kind::StreamErrorReceived:
        return describeStreamError(error);
    case Kind::AuthenticationFailed:
        return describeAuthentication(error);
    case Kind::ResourceBindingFailed:
    case Kind::SessionFailed:
        return tr("The server accepted your password but could not start a session. Try again "
                  "later.");
    case Kind::RegistrationUnavailable:
        return tr("This server does not let new accounts be created from an app. Its website "
                  "may explain how to get one, or choose another server.");
    }
    return {};
}

QString ConnectionErrorText::describeAuthentication(const Xmpp::ConnectionError& error)
{
    const Sasl condition = error.sasl ? error.sasl->condition : Sasl::NotAuthorized;
    switch (condition) {
    case Sasl::NotAuthorized:
        return tr("The server did not accept this address and password. Check both and try "
                  "again.");
    case Sasl::AccountDisabled:
        return tr("This account has been disabled by the server's administrator.");
    case Sasl::CredentialsExpired:
        return tr("Your password has expired. Change it with your server's provider.");
    case Sasl::TemporaryAuthFailure:
        return tr("The server could not check your password just now. Try again later.");
    case Sasl::NoUsableMechanism:
    case Sasl::MechanismTooWeak:
    case Sasl::EncryptionRequired:
        return tr("The server offers no sign-in method Palaver considers safe.");
    case Sasl::ServerNotVerified:
        return tr("The server could not prove it knows your password: it may be an impostor. "
                  "Palaver stopped signing in.");
    case Sasl::UnusableCredentials:
        return tr("The address or password contains characters that cannot be used to sign "
                  "in.");
    default:
        return tr("The server refused to sign you in.");
    }
}

QString ConnectionErrorText::describeStreamError(const Xmpp::ConnectionError& error)
{
    switch (error.streamCondition.value_or(Stream::UndefinedCondition)) {
    case Stream::Conflict:
        return tr("This account signed in from another place with the same device name, so "
                  "this session was closed.");
    case Stream::HostUnknown:
        return tr("The server does not host this address. Check the part after the @.");
    case Stream::SystemShutdown:
        return tr("The server is shutting down. Palaver reconnects when it is back.");
    case Stream::PolicyViolation:
        return tr("The server closed the connection because of its usage rules.");
    case Stream::NotAuthorized:
        return tr("The server refused this connection.");
    case Stream::ResourceConstraint:
        return tr("The server is too busy just now. Try again later.");
    default:
        return tr("The server closed the connection because of an error.");
    }
}

} // namespace Palaver::Gui

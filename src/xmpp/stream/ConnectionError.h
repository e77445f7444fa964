// ConnectionError: why a connection failed or ended, as a value the UI turns into words.
#pragma once

#include "../core/StreamError.h"
#include "CertificateInfo.h"
#include "sasl/SaslFailure.h"

#include <optional>

namespace Palaver::Xmpp {

struct ConnectionError
{
    enum class Kind {
        None,
        InvalidSettings, // no valid address or password to sign in with
        HostNotFound, // DNS found nothing, or no target answered
        ConnectionRefused,
        Timeout, // connecting or negotiating took too long
        ConnectionLost, // the network or the server dropped a working connection
        PingTimeout, // the server stopped answering
        NetworkError, // anything else the socket reports
        TlsUnavailable, // the server does not offer STARTTLS: we never talk in clear
        TlsFailed, // the TLS handshake failed for a reason other than the certificate
        CertificateNotTrusted, // see certificate
        ServerProtocolError, // the server sent something RFC 6120 does not allow
        StreamErrorReceived, // see streamCondition
        AuthenticationFailed, // see sasl
        ResourceBindingFailed,
        SessionFailed,
        RegistrationUnavailable, // asked to create an account where the server does not allow it
    };

    Kind kind = Kind::None;
    QString detail; // English, technical, for logs; never shown as the main message
    std::optional<StreamError::Condition> streamCondition;
    std::optional<SaslFailure> sasl;
    std::optional<CertificateInfo> certificate;
    QString otherHost; // for see-other-host

    bool isError() const { return kind != Kind::None; }
    // Whether trying again later can help. Wrong passwords, untrusted certificates, a
    // resource taken over by another client or a server we cannot talk to safely need the
    // user: retrying them would only loop.
    bool isRecoverable() const;

    static ConnectionError make(Kind kind, const QString& detail = {});
    static QString kindName(Kind kind);
};

} // namespace Palaver::Xmpp

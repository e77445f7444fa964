// SaslMechanism: one client-side SASL mechanism (RFC 4422) as used by RFC 6120 §6.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Palaver::Xmpp {

class SaslMechanism
{
public:
    virtual ~SaslMechanism() = default;

    virtual QString name() const = 0;
    virtual QByteArray initialResponse() = 0;
    // The answer to a server challenge, or nothing when the challenge is invalid and the
    // exchange must be aborted.
    virtual std::optional<QByteArray> respond(const QByteArray& challenge) = 0;
    // Checks the additional data of <success/>; false means the server did not prove who it is.
    virtual bool verifySuccess(const QByteArray& additionalData) = 0;
};

} // namespace Palaver::Xmpp

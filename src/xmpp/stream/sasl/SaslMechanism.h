// SaslMechanism: one client-side SASL mechanism (RFC 4422) as used by RFC 6120 §6.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
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
    // Slow work a challenge calls for (SCRAM's key derivation), to be run off the GUI thread
    // and handed to respondWith(); empty when respond() answers at once.
    virtual std::function<QByteArray()> slowWorkFor(const QByteArray& challenge)
    {
        Q_UNUSED(challenge);
        return {};
    }
    virtual std::optional<QByteArray> respondWith(
        const QByteArray& challenge, const QByteArray& slowWorkResult)
    {
        Q_UNUSED(challenge);
        Q_UNUSED(slowWorkResult);
        return std::nullopt;
    }
    // Checks the additional data of <success/>; false means the server did not prove who it is.
    virtual bool verifySuccess(const QByteArray& additionalData) = 0;
};

} // namespace Palaver::Xmpp

// PlainMechanism: SASL PLAIN (RFC 4616); only used over TLS when no SCRAM is offered.
#pragma once

#include "SaslMechanism.h"

namespace Palaver::Xmpp {

class PlainMechanism : public SaslMechanism
{
public:
    PlainMechanism(const QString& username, const QString& password);

    QString name() const override;
    QByteArray initialResponse() override;
    std::optional<QByteArray> respond(const QByteArray& challenge) override;
    bool verifySuccess(const QByteArray& additionalData) override;

private:
    QByteArray m_username;
    QByteArray m_password;
};

} // namespace Palaver::Xmpp

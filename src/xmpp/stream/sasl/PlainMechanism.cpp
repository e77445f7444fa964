#include "PlainMechanism.h"

#include "SaslPrep.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

PlainMechanism::PlainMechanism(const QString& username, const QString& password)
    : m_username(saslPrep(username).value_or(username).toUtf8())
    , m_password(saslPrep(password).value_or(password).toUtf8())
{ }

QString PlainMechanism::name() const
{
    return u"PLAIN"_s;
}

QByteArray PlainMechanism::initialResponse()
{
    // authzid is left empty: the server derives it from the user name (RFC 6120 §6.3.8).
    return '\0' + m_username + '\0' + m_password;
}

std::optional<QByteArray> PlainMechanism::respond(const QByteArray&)
{
    return std::nullopt; // PLAIN has no challenges
}

bool PlainMechanism::verifySuccess(const QByteArray& additionalData)
{
    return additionalData.isEmpty();
}

} // namespace Palaver::Xmpp

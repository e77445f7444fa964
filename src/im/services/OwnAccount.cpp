#include "OwnAccount.h"

#include "xmpp/Client.h"
#include "xmpp/core/Iq.h"
#include "xmpp/core/Namespaces.h"

using namespace Qt::StringLiterals;
using namespace Palaver::Xmpp;

namespace Palaver::Im {

OwnAccount::OwnAccount(Client& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void OwnAccount::changePassword(const QString& password, QObject* context, Done done)
{
    const Jid account = m_client.settings().jid.bare();
    XmlElement query(u"query"_s, Ns::Register);
    query.appendTextChild(u"username"_s, Ns::Register, account.local());
    query.appendTextChild(u"password"_s, Ns::Register, password);
    Iq request(Iq::Type::Set, query);
    request.setTo(Jid::fromString(account.domain()));
    m_client.sendIq(
        request, context, [this, password, done = std::move(done)](const IqResult& result) {
            if (!result.isSuccess()) {
                done(result.error);
                return;
            }
            ConnectionSettings settings = m_client.settings();
            settings.password = password;
            m_client.setSettings(settings);
            done(std::nullopt);
        });
}

void OwnAccount::deleteAccount(QObject* context, Done done)
{
    XmlElement query(u"query"_s, Ns::Register);
    query.appendChild(XmlElement(u"remove"_s, Ns::Register));
    Iq request(Iq::Type::Set, query);
    request.setTo(Jid::fromString(m_client.settings().jid.domain()));
    m_client.sendIq(request, context, [done = std::move(done)](const IqResult& result) {
        done(result.isSuccess() ? std::nullopt : std::optional<StanzaError>(result.error));
    });
}

} // namespace Palaver::Im

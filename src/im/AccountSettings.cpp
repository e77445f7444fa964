#include "AccountSettings.h"

namespace Palaver::Im {

Xmpp::ConnectionSettings AccountSettings::connectionSettings(const QString& password) const
{
    Xmpp::ConnectionSettings settings;
    settings.jid = resource.isEmpty() ? jid.bare() : jid.bare().withResource(resource);
    settings.password = password;
    settings.host = host;
    settings.port = port;
    settings.directTls = directTls;
    settings.pinnedCertificate = pinnedCertificate;
    return settings;
}

} // namespace Palaver::Im

#include "TransferTrust.h"

#include <QCryptographicHash>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace Palaver::Im {

void TransferTrust::apply(QNetworkRequest& request) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::SecureProtocols);
    if (!caCertificates.isEmpty()) {
        configuration.addCaCertificates(caCertificates);
    }
    request.setSslConfiguration(configuration);
}

bool TransferTrust::isPinned(const QSslCertificate& peer) const
{
    return !pinnedCertificate.isEmpty() && !peer.isNull()
        && QCryptographicHash::hash(peer.toDer(), QCryptographicHash::Sha256) == pinnedCertificate;
}

bool TransferTrust::accepts(const QSslCertificate& peer) const
{
    return pinnedAllowedForFiles && isPinned(peer);
}

} // namespace Palaver::Im

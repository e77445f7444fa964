// TransferTrust: which certificates an https file transfer accepts: those the system trusts,
// the account's extra authorities, and the one certificate the user pinned for the account
// only where the user also allowed it for files (the file server may be another machine).
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>

class QNetworkReply;
class QNetworkRequest;

namespace Palaver::Im {

struct TransferTrust
{
    QList<QSslCertificate> caCertificates;
    QByteArray pinnedCertificate; // SHA-256
    bool pinnedAllowedForFiles = false;

    void apply(QNetworkRequest& request) const;
    // Whether a certificate refused by the usual checks is the pinned one the user allowed.
    bool accepts(const QSslCertificate& peer) const;
    // Whether it is the pinned one (the user may then allow it for files).
    bool isPinned(const QSslCertificate& peer) const;
};

} // namespace Palaver::Im

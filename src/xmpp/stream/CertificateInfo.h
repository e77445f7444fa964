// CertificateInfo: what the user needs to decide about a server certificate we could not verify.
#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace Palaver::Xmpp {

struct CertificateInfo
{
    enum class Problem {
        UntrustedIssuer, // self-signed or signed by an authority we do not trust
        HostnameMismatch, // issued for another domain
        Expired,
        NotYetValid,
        Revoked,
        Invalid, // malformed, bad signature, unsuitable purpose and the like
        NotPinnedCertificate, // valid or not, it is not the certificate the user trusted
    };

    QList<Problem> problems;
    QStringList details; // Qt's English descriptions, for logs and "more details"
    QSslCertificate certificate;
    QList<QSslCertificate> chain;

    QString subject() const;
    QString issuer() const;
    QDateTime validFrom() const { return certificate.effectiveDate(); }
    QDateTime validUntil() const { return certificate.expiryDate(); }
    // SHA-256 of the DER encoding: what gets pinned.
    QByteArray sha256Fingerprint() const;
    // "AB:CD:..." for display.
    QString sha256FingerprintText() const;

    static Problem problemFor(QSslError::SslError error);
    static QByteArray fingerprintOf(const QSslCertificate& certificate);
};

} // namespace Palaver::Xmpp

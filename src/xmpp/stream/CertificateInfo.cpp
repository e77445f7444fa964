#include "CertificateInfo.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
QString describeName(const QSslCertificate& certificate, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo field) {
        return (issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field))
            .join(u", ");
    };
    QString name = info(QSslCertificate::CommonName);
    const QString organisation = info(QSslCertificate::Organization);
    if (!organisation.isEmpty()) {
        name += name.isEmpty() ? organisation : u" ("_s + organisation + u')';
    }
    return name;
}
} // namespace

QString CertificateInfo::subject() const
{
    return describeName(certificate, false);
}

QString CertificateInfo::issuer() const
{
    return describeName(certificate, true);
}

QByteArray CertificateInfo::sha256Fingerprint() const
{
    return fingerprintOf(certificate);
}

QString CertificateInfo::sha256FingerprintText() const
{
    return QString::fromLatin1(sha256Fingerprint().toHex(':').toUpper());
}

QByteArray CertificateInfo::fingerprintOf(const QSslCertificate& certificate)
{
    return certificate.isNull()
        ? QByteArray()
        : QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

CertificateInfo::Problem CertificateInfo::problemFor(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return Problem::UntrustedIssuer;
    case QSslError::HostNameMismatch:
        return Problem::HostnameMismatch;
    case QSslError::CertificateExpired:
        return Problem::Expired;
    case QSslError::CertificateNotYetValid:
        return Problem::NotYetValid;
    case QSslError::CertificateRevoked:
        return Problem::Revoked;
    default:
        return Problem::Invalid;
    }
}

} // namespace Palaver::Xmpp

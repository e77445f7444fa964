#include "ChannelBinding.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {

// A minimal DER reader: just enough to find the certificate's signature algorithm.
class DerReader
{
public:
    explicit DerReader(QByteArrayView data)
        : m_data(data)
    { }

    bool atEnd() const { return m_pos >= m_data.size(); }

    // Reads one tag-length-value; returns false on malformed input.
    bool next(quint8& tag, QByteArrayView& value)
    {
        if (m_pos + 2 > m_data.size()) {
            return false;
        }
        tag = quint8(m_data[m_pos++]);
        qsizetype length = quint8(m_data[m_pos++]);
        if (length & 0x80) {
            const int count = length & 0x7F;
            if (count == 0 || count > 4 || m_pos + count > m_data.size()) {
                return false;
            }
            length = 0;
            for (int i = 0; i < count; ++i) {
                length = (length << 8) | quint8(m_data[m_pos++]);
            }
        }
        if (length > m_data.size() - m_pos) {
            return false;
        }
        value = m_data.sliced(m_pos, length);
        m_pos += length;
        return true;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

constexpr quint8 Sequence = 0x30;
constexpr quint8 ObjectIdentifier = 0x06;
constexpr quint8 ContextZero = 0xA0;

// Reads an AlgorithmIdentifier's OID and parameters.
bool readAlgorithm(QByteArrayView algorithm, QByteArrayView& oid, QByteArrayView& parameters)
{
    DerReader reader(algorithm);
    quint8 tag = 0;
    if (!reader.next(tag, oid) || tag != ObjectIdentifier) {
        return false;
    }
    if (!reader.atEnd() && !reader.next(tag, parameters)) {
        return false;
    }
    return true;
}

using H = QCryptographicHash;
struct KnownOid
{
    QByteArrayView oid;
    H::Algorithm hash;
};

// Signature algorithms; MD5 and SHA-1 become SHA-256 (RFC 5929 §4.1).
const KnownOid signatureAlgorithms[] = {
    // RSA PKCS#1 v1.5: 1.2.840.113549.1.1.{4,5,14,11,12,13}
    {"\x2A\x86\x48\x86\xF7\x0D\x01\x01\x04", H::Sha256},
    {"\x2A\x86\x48\x86\xF7\x0D\x01\x01\x05", H::Sha256},
    {"\x2A\x86\x48\x86\xF7\x0D\x01\x01\x0E", H::Sha224},
    {"\x2A\x86\x48\x86\xF7\x0D\x01\x01\x0B", H::Sha256},
    {"\x2A\x86\x48\x86\xF7\x0D\x01\x01\x0C", H::Sha384},
    {"\x2A\x86\x48\x86\xF7\x0D\x01\x01\x0D", H::Sha512},
    // ECDSA: 1.2.840.10045.4.1 and 1.2.840.10045.4.3.{1,2,3,4}
    {"\x2A\x86\x48\xCE\x3D\x04\x01", H::Sha256},
    {"\x2A\x86\x48\xCE\x3D\x04\x03\x01", H::Sha224},
    {"\x2A\x86\x48\xCE\x3D\x04\x03\x02", H::Sha256},
    {"\x2A\x86\x48\xCE\x3D\x04\x03\x03", H::Sha384},
    {"\x2A\x86\x48\xCE\x3D\x04\x03\x04", H::Sha512},
    // DSA with SHA-1 and SHA-256: 1.2.840.10040.4.3, 2.16.840.1.101.3.4.3.2
    {"\x2A\x86\x48\xCE\x38\x04\x03", H::Sha256},
    {"\x60\x86\x48\x01\x65\x03\x04\x03\x02", H::Sha256},
};

// Digest algorithms, as named inside RSASSA-PSS parameters.
const KnownOid digestAlgorithms[] = {
    {"\x2B\x0E\x03\x02\x1A", H::Sha256}, // SHA-1
    {"\x60\x86\x48\x01\x65\x03\x04\x02\x01", H::Sha256},
    {"\x60\x86\x48\x01\x65\x03\x04\x02\x02", H::Sha384},
    {"\x60\x86\x48\x01\x65\x03\x04\x02\x03", H::Sha512},
    {"\x60\x86\x48\x01\x65\x03\x04\x02\x04", H::Sha224},
};

const QByteArrayView rsassaPss = "\x2A\x86\x48\x86\xF7\x0D\x01\x01\x0A";

template<size_t N>
std::optional<H::Algorithm> lookUp(const KnownOid (&table)[N], QByteArrayView oid)
{
    for (const KnownOid& known : table) {
        if (known.oid == oid) {
            return known.hash;
        }
    }
    return std::nullopt;
}

// RSASSA-PSS (1.2.840.113549.1.1.10) names its hash in its parameters; SHA-1 by default.
std::optional<H::Algorithm> pssHash(QByteArrayView parameters)
{
    DerReader reader(parameters);
    quint8 tag = 0;
    QByteArrayView field;
    while (!reader.atEnd()) {
        if (!reader.next(tag, field)) {
            return std::nullopt;
        }
        if (tag == ContextZero) {
            DerReader inner(field);
            QByteArrayView algorithm, oid, unused;
            if (!inner.next(tag, algorithm) || tag != Sequence
                || !readAlgorithm(algorithm, oid, unused)) {
                return std::nullopt;
            }
            return lookUp(digestAlgorithms, oid);
        }
    }
    return QCryptographicHash::Sha256;
}

} // namespace

std::optional<ChannelBinding> tlsServerEndPoint(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    DerReader outer(der);
    quint8 tag = 0;
    QByteArrayView certificateBody, tbs, algorithm, oid, parameters;
    if (!outer.next(tag, certificateBody) || tag != Sequence) {
        return std::nullopt;
    }
    DerReader body(certificateBody);
    if (!body.next(tag, tbs) || tag != Sequence || !body.next(tag, algorithm) || tag != Sequence
        || !readAlgorithm(algorithm, oid, parameters)) {
        return std::nullopt;
    }
    const std::optional<H::Algorithm> hash
        = oid == rsassaPss ? pssHash(parameters) : lookUp(signatureAlgorithms, oid);
    if (!hash) {
        return std::nullopt;
    }
    return ChannelBinding {u"tls-server-end-point"_s, QCryptographicHash::hash(der, *hash)};
}

} // namespace Palaver::Xmpp

// Jid: an XMPP address, parsed and normalised as RFC 7622 describes.
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace Palaver::Xmpp {

// Why an address was refused; the gui layer turns these into sentences.
enum class JidError {
    None,
    Empty,
    EmptyLocalpart,
    LocalpartTooLong,
    LocalpartForbiddenCharacter,
    EmptyDomain,
    DomainTooLong,
    InvalidDomain,
    EmptyResource,
    ResourceTooLong,
    ResourceForbiddenCharacter,
};

class Jid
{
public:
    // RFC 7622 §3.1: each part is limited to 1023 octets once encoded as UTF-8.
    static constexpr int MaxPartBytes = 1023;

    Jid() = default;
    // Parses and normalises; an invalid address gives an invalid Jid and, if asked, the reason.
    static Jid fromString(QStringView text, JidError* error = nullptr);
    static Jid fromString(const QString& text, JidError* error = nullptr)
    {
        return fromString(QStringView(text), error);
    }
    // Builds from separate parts, applying the same rules to each.
    static Jid fromParts(QStringView local, QStringView domain, QStringView resource = {},
        JidError* error = nullptr);

    bool isValid() const { return !m_domain.isEmpty(); }
    bool isBare() const { return isValid() && m_resource.isEmpty(); }
    bool isFull() const { return isValid() && !m_resource.isEmpty(); }
    bool isDomainOnly() const { return isBare() && m_local.isEmpty(); }

    const QString& local() const { return m_local; }
    const QString& domain() const { return m_domain; }
    const QString& resource() const { return m_resource; }
    // The domain in ASCII-compatible encoding, for DNS lookups and certificate checks.
    QString domainAce() const;

    Jid bare() const;
    Jid domainJid() const;
    // The same bare address with another resource; an invalid resource gives an invalid Jid.
    Jid withResource(QStringView resource) const;
    QString toString() const;

    friend bool operator==(const Jid& a, const Jid& b)
    {
        return a.m_domain == b.m_domain && a.m_local == b.m_local && a.m_resource == b.m_resource;
    }
    friend bool operator!=(const Jid& a, const Jid& b) { return !(a == b); }

private:
    QString m_local;
    QString m_domain;
    QString m_resource;
};

// English description of a JidError, for logs and exceptions; never shown to users as is.
QString describe(JidError error);

inline size_t qHash(const Jid& jid, size_t seed = 0)
{
    return qHashMulti(seed, jid.local(), jid.domain(), jid.resource());
}

} // namespace Palaver::Xmpp

Q_DECLARE_METATYPE(Palaver::Xmpp::Jid)

#include "Jid.h"

#include <QHostAddress>
#include <QStringView>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {

bool isAscii(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x80) {
            return false;
        }
    }
    return true;
}

bool fitsPartLimit(const QString& s)
{
    // Only non-ASCII text can take more bytes than characters, so measure only then.
    return s.size() <= Jid::MaxPartBytes && (isAscii(s) || s.toUtf8().size() <= Jid::MaxPartBytes);
}

// RFC 7622 §3.3.1: characters a localpart may never contain, besides spaces and controls.
bool isForbiddenInLocal(char32_t c)
{
    switch (c) {
    case U'"':
    case U'&':
    case U'\'':
    case U'/':
    case U':':
    case U'<':
    case U'>':
    case U'@':
        return true;
    default:
        return c <= 0x20 || c == 0x7F;
    }
}

// PRECIS IdentifierClass (RFC 8264 §4.2): ASCII printables, letters, digits and marks.
bool isIdentifierCodePoint(char32_t c)
{
    if (c < 0x80) {
        return !isForbiddenInLocal(c);
    }
    switch (QChar::category(c)) {
    case QChar::Letter_Lowercase:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Other:
    case QChar::Letter_Modifier:
    case QChar::Number_DecimalDigit:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
        return true;
    default:
        return false;
    }
}

JidError normaliseLocal(QStringView in, QString& out)
{
    if (isAscii(in)) {
        out = in.toString().toLower();
        for (QChar c : std::as_const(out)) {
            if (isForbiddenInLocal(c.unicode())) {
                return JidError::LocalpartForbiddenCharacter;
            }
        }
    } else {
        // UsernameCaseMapped: width mapping, case mapping, NFC (RFC 8265 §3.3).
        QString mapped = in.toString();
        for (QChar& c : mapped) {
            if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) {
                c = QChar(c.unicode() - 0xFEE0);
            }
        }
        // RFC 8265 maps case with toLower, not full folding, so final sigma stays distinct.
        out = mapped.toLower().normalized(QString::NormalizationForm_C);
        for (uint c : out.toUcs4()) {
            if (!isIdentifierCodePoint(c)) {
                return JidError::LocalpartForbiddenCharacter;
            }
        }
    }
    return fitsPartLimit(out) ? JidError::None : JidError::LocalpartTooLong;
}

bool isValidAceLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63) {
        return false;
    }
    for (QChar c : label) {
        const char16_t u = c.unicode();
        const bool ok
            = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok) {
            return false;
        }
    }
    return true;
}

JidError normaliseDomain(QStringView in, QString& out)
{
    if (in.endsWith(u'.')) {
        in.chop(1); // RFC 7622 §3.2: a trailing dot is not part of the domain.
    }
    if (in.isEmpty()) {
        return JidError::EmptyDomain;
    }
    if (in.startsWith(u'[')) {
        QHostAddress address;
        if (!in.endsWith(u']') || !address.setAddress(in.mid(1, in.size() - 2).toString())
            || address.protocol() != QAbstractSocket::IPv6Protocol) {
            return JidError::InvalidDomain;
        }
        out = u'[' + address.toString() + u']';
        return JidError::None;
    }
    QString ace;
    if (isAscii(in)) {
        ace = in.toString().toLower();
        out = ace;
    } else {
        ace = QString::fromLatin1(QUrl::toAce(in.toString()));
        if (ace.isEmpty()) {
            return JidError::InvalidDomain;
        }
        out = QUrl::fromAce(ace.toLatin1());
    }
    for (QStringView label : QStringView(ace).split(u'.')) {
        if (!isValidAceLabel(label)) {
            return JidError::InvalidDomain;
        }
    }
    return fitsPartLimit(out) ? JidError::None : JidError::DomainTooLong;
}

JidError normaliseResource(QStringView in, QString& out)
{
    if (in.isEmpty()) {
        return JidError::EmptyResource;
    }
    if (isAscii(in)) {
        for (QChar c : in) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
                return JidError::ResourceForbiddenCharacter;
            }
        }
        out = in.toString();
    } else {
        // OpaqueString (RFC 8265 §4.2): other spaces become U+0020, controls and
        // unassigned code points are refused, then NFC.
        QList<uint> codePoints = in.toString().toUcs4();
        for (uint& c : codePoints) {
            const QChar::Category category = QChar::category(c);
            if (category == QChar::Separator_Space) {
                c = 0x20;
            } else if (category == QChar::Other_Control || category == QChar::Other_NotAssigned
                || category == QChar::Other_Surrogate) {
                return JidError::ResourceForbiddenCharacter;
            }
        }
        out = QString::fromUcs4(
            reinterpret_cast<const char32_t*>(codePoints.constData()), codePoints.size())
                  .normalized(QString::NormalizationForm_C);
    }
    return fitsPartLimit(out) ? JidError::None : JidError::ResourceTooLong;
}

} // namespace

Jid Jid::fromString(QStringView text, JidError* error)
{
    JidError dummy;
    JidError& result = error ? *error : dummy;
    result = JidError::None;
    if (text.isEmpty()) {
        result = JidError::Empty;
        return {};
    }
    // RFC 7622 §3.1: the resource starts at the first '/', the localpart ends at the first '@'.
    QStringView head = text;
    QStringView resource;
    bool hasResource = false;
    if (const qsizetype slash = text.indexOf(u'/'); slash >= 0) {
        head = text.left(slash);
        resource = text.mid(slash + 1);
        hasResource = true;
    }
    QStringView local;
    bool hasLocal = false;
    if (const qsizetype at = head.indexOf(u'@'); at >= 0) {
        local = head.left(at);
        head = head.mid(at + 1);
        hasLocal = true;
    }
    if (hasLocal && local.isEmpty()) {
        result = JidError::EmptyLocalpart;
        return {};
    }
    if (hasResource && resource.isEmpty()) {
        result = JidError::EmptyResource;
        return {};
    }
    return fromParts(local, head, resource, &result);
}

Jid Jid::fromParts(QStringView local, QStringView domain, QStringView resource, JidError* error)
{
    JidError dummy;
    JidError& result = error ? *error : dummy;
    Jid jid;
    result = normaliseDomain(domain, jid.m_domain);
    if (result == JidError::None && !local.isEmpty()) {
        result = normaliseLocal(local, jid.m_local);
    }
    if (result == JidError::None && !resource.isEmpty()) {
        result = normaliseResource(resource, jid.m_resource);
    }
    return result == JidError::None ? jid : Jid();
}

QString Jid::domainAce() const
{
    if (isAscii(m_domain)) {
        return m_domain;
    }
    return QString::fromLatin1(QUrl::toAce(m_domain));
}

Jid Jid::bare() const
{
    Jid jid = *this;
    jid.m_resource.clear();
    return jid;
}

Jid Jid::domainJid() const
{
    Jid jid;
    jid.m_domain = m_domain;
    return jid;
}

Jid Jid::withResource(QStringView resource) const
{
    if (!isValid()) {
        return {};
    }
    Jid jid = bare();
    if (!resource.isEmpty() && normaliseResource(resource, jid.m_resource) != JidError::None) {
        return {};
    }
    return jid;
}

QString Jid::toString() const
{
    if (!isValid()) {
        return {};
    }
    QString text;
    text.reserve(m_local.size() + m_domain.size() + m_resource.size() + 2);
    if (!m_local.isEmpty()) {
        text += m_local + u'@';
    }
    text += m_domain;
    if (!m_resource.isEmpty()) {
        text += u'/' + m_resource;
    }
    return text;
}

QString describe(JidError error)
{
    switch (error) {
    case JidError::None:
        return u"valid"_s;
    case JidError::Empty:
        return u"the address is empty"_s;
    case JidError::EmptyLocalpart:
        return u"nothing before the '@'"_s;
    case JidError::LocalpartTooLong:
        return u"the user name is longer than 1023 bytes"_s;
    case JidError::LocalpartForbiddenCharacter:
        return u"the user name contains a character that is not allowed"_s;
    case JidError::EmptyDomain:
        return u"the server name is missing"_s;
    case JidError::DomainTooLong:
        return u"the server name is longer than 1023 bytes"_s;
    case JidError::InvalidDomain:
        return u"the server name is not a valid domain"_s;
    case JidError::EmptyResource:
        return u"nothing after the '/'"_s;
    case JidError::ResourceTooLong:
        return u"the resource is longer than 1023 bytes"_s;
    case JidError::ResourceForbiddenCharacter:
        return u"the resource contains a control character"_s;
    }
    return {};
}

} // namespace Palaver::Xmpp

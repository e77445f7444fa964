#include "XmppUri.h"

#include <algorithm>
#include <cctype>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

namespace {

// Percent-decoding as UTF-8 (RFC 5122 §2.7.2); a broken escape makes the whole part invalid
// rather than guessing what was meant.
bool decode(QStringView encoded, QString* decoded)
{
    QByteArray bytes;
    bytes.reserve(encoded.size());
    const QByteArray utf8 = encoded.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] != '%') {
            bytes.append(utf8[i]);
            continue;
        }
        if (i + 2 >= utf8.size()) {
            return false;
        }
        const auto high = static_cast<unsigned char>(utf8[i + 1]);
        const auto low = static_cast<unsigned char>(utf8[i + 2]);
        if (!std::isxdigit(high) || !std::isxdigit(low)) {
            return false;
        }
        bytes.append(char(utf8.mid(i + 1, 2).toInt(nullptr, 16)));
        i += 2;
    }
    *decoded = QString::fromUtf8(bytes);
    // A decoded NUL or invalid UTF-8 would not survive into an address or a message.
    return !decoded->contains(QChar(0)) && !decoded->contains(QChar::ReplacementCharacter);
}

Jid decodeJid(QStringView encoded)
{
    QString text;
    if (encoded.isEmpty() || !decode(encoded, &text)) {
        return {};
    }
    return Jid::fromString(text);
}

} // namespace

XmppUri XmppUri::parse(const QString& text)
{
    QStringView rest = QStringView(text).trimmed();
    if (!rest.startsWith(u"xmpp:", Qt::CaseInsensitive)) {
        return {};
    }
    rest = rest.mid(5);
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0) {
        rest = rest.left(hash);
    }

    XmppUri uri;
    if (rest.startsWith(u"//")) {
        rest = rest.mid(2);
        const qsizetype slash = rest.indexOf(u'/');
        if (slash < 0) {
            return {};
        }
        uri.m_authority = decodeJid(rest.left(slash));
        if (!uri.m_authority.isValid()) {
            return {};
        }
        rest = rest.mid(slash + 1);
    }

    QStringView path = rest;
    QStringView query;
    if (const qsizetype question = rest.indexOf(u'?'); question >= 0) {
        path = rest.left(question);
        query = rest.mid(question + 1);
    }
    uri.m_jid = decodeJid(path);
    if (!uri.m_jid.isValid()) {
        return {};
    }

    const QList<QStringView> parts = query.split(u';');
    if (!parts.isEmpty() && !decode(parts.first(), &uri.m_action)) {
        return {};
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QStringView pair = parts[i];
        const qsizetype equals = pair.indexOf(u'=');
        QString key;
        QString value;
        if (equals <= 0 || !decode(pair.left(equals), &key)
            || !decode(pair.mid(equals + 1), &value)) {
            continue; // an unusable pair is skipped; the rest of the URI still means something
        }
        uri.m_pairs.append({key, value});
    }
    return uri;
}

QString XmppUri::value(const QString& key) const
{
    for (const auto& [name, value] : m_pairs) {
        if (name == key) {
            return value;
        }
    }
    return {};
}

bool XmppUri::hasValue(const QString& key) const
{
    return std::any_of(m_pairs.cbegin(), m_pairs.cend(),
        [&key](const QPair<QString, QString>& pair) { return pair.first == key; });
}

} // namespace Palaver::Xmpp

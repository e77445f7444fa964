#include "XmlElement.h"

#include "Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

struct XmlNode
{
    XmlElement element; // null for a text node
    QString text;
};

class XmlElementData : public QSharedData
{
public:
    QString name;
    QString namespaceUri;
    QList<XmlAttribute> attributes;
    QList<XmlNode> nodes;
};

namespace {
const QString emptyString;
const QList<XmlAttribute> noAttributes;

bool isXmlChar(char16_t c)
{
    // XML 1.0 §2.2; surrogates are checked in pairs by the caller.
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}

const QString* escapeFor(char16_t c)
{
    static const QString amp = u"&amp;"_s, lt = u"&lt;"_s, gt = u"&gt;"_s, quot = u"&quot;"_s,
                         apos = u"&apos;"_s, cr = u"&#13;"_s;
    switch (c) {
    case u'&':
        return &amp;
    case u'<':
        return &lt;
    case u'>':
        return &gt;
    case u'"':
        return &quot;
    case u'\'':
        return &apos;
    case u'\r':
        return &cr; // a raw CR would be normalised away by the reader
    default:
        return nullptr;
    }
}
} // namespace

void appendEscapedXml(QString& out, QStringView text)
{
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    qsizetype plainStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > plainStart) {
            out.append(QStringView(p + plainStart, end - plainStart));
        }
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c >= 0x40 && c < 0xD800) {
            continue; // fast path: nothing to escape above '?' below the surrogates
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            ++i;
            continue;
        }
        const QString* escaped = escapeFor(c);
        const bool drop = !escaped && (QChar::isSurrogate(c) || !isXmlChar(c));
        if (escaped || drop) {
            flush(i);
            if (escaped) {
                out += *escaped;
            }
            plainStart = i + 1;
        }
    }
    flush(n);
}

XmlElement::XmlElement() = default;

XmlElement::XmlElement(const QString& name, const QString& namespaceUri)
    : d(new XmlElementData)
{
    d->name = name;
    d->namespaceUri = namespaceUri;
}

XmlElement::XmlElement(
    const QString& name, const QString& namespaceUri, QList<XmlAttribute> attributes)
    : XmlElement(name, namespaceUri)
{
    d->attributes = std::move(attributes);
}

XmlElement::XmlElement(const XmlElement&) = default;
XmlElement::XmlElement(XmlElement&&) noexcept = default;
XmlElement& XmlElement::operator=(const XmlElement&) = default;
XmlElement& XmlElement::operator=(XmlElement&&) noexcept = default;
XmlElement::~XmlElement() = default;

bool XmlElement::isNull() const
{
    return !d;
}

const QString& XmlElement::name() const
{
    return d ? d->name : emptyString;
}

const QString& XmlElement::namespaceUri() const
{
    return d ? d->namespaceUri : emptyString;
}

bool XmlElement::is(QStringView name, QStringView namespaceUri) const
{
    return d && d->name == name && d->namespaceUri == namespaceUri;
}

const QList<XmlAttribute>& XmlElement::attributes() const
{
    return d ? d->attributes : noAttributes;
}

QString XmlElement::attribute(QStringView name) const
{
    return attribute(name, {});
}

QString XmlElement::attribute(QStringView name, QStringView namespaceUri) const
{
    if (d) {
        for (const XmlAttribute& a : d->attributes) {
            if (a.name == name && a.namespaceUri == namespaceUri) {
                return a.value;
            }
        }
    }
    return {};
}

bool XmlElement::hasAttribute(QStringView name) const
{
    if (d) {
        for (const XmlAttribute& a : d->attributes) {
            if (a.name == name && a.namespaceUri.isEmpty()) {
                return true;
            }
        }
    }
    return false;
}

XmlElement& XmlElement::setAttribute(const QString& name, const QString& value)
{
    return setAttribute(name, {}, value);
}

XmlElement& XmlElement::setAttribute(
    const QString& name, const QString& namespaceUri, const QString& value)
{
    Q_ASSERT(d);
    auto& attributes = d->attributes;
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        if (attributes[i].name == name && attributes[i].namespaceUri == namespaceUri) {
            if (value.isNull()) {
                attributes.removeAt(i);
            } else {
                attributes[i].value = value;
            }
            return *this;
        }
    }
    if (!value.isNull()) {
        attributes.append({name, namespaceUri, value});
    }
    return *this;
}

QList<XmlElement> XmlElement::childElements() const
{
    QList<XmlElement> result;
    if (d) {
        for (const XmlNode& node : d->nodes) {
            if (!node.element.isNull()) {
                result.append(node.element);
            }
        }
    }
    return result;
}

QList<XmlElement> XmlElement::childElements(QStringView name, QStringView namespaceUri) const
{
    QList<XmlElement> result;
    if (d) {
        for (const XmlNode& node : d->nodes) {
            if (node.element.is(name, namespaceUri)) {
                result.append(node.element);
            }
        }
    }
    return result;
}

XmlElement XmlElement::firstChildElement() const
{
    if (d) {
        for (const XmlNode& node : d->nodes) {
            if (!node.element.isNull()) {
                return node.element;
            }
        }
    }
    return {};
}

XmlElement XmlElement::firstChild(QStringView name, QStringView namespaceUri) const
{
    if (d) {
        for (const XmlNode& node : d->nodes) {
            if (node.element.is(name, namespaceUri)) {
                return node.element;
            }
        }
    }
    return {};
}

bool XmlElement::hasChild(QStringView name, QStringView namespaceUri) const
{
    return !firstChild(name, namespaceUri).isNull();
}

qsizetype XmlElement::childCount() const
{
    qsizetype count = 0;
    if (d) {
        for (const XmlNode& node : d->nodes) {
            count += node.element.isNull() ? 0 : 1;
        }
    }
    return count;
}

XmlElement& XmlElement::appendChild(const XmlElement& child)
{
    Q_ASSERT(d && !child.isNull());
    d->nodes.append({child, {}});
    return *this;
}

XmlElement& XmlElement::appendTextChild(
    const QString& name, const QString& namespaceUri, const QString& text)
{
    XmlElement child(name, namespaceUri);
    child.setText(text);
    return appendChild(child);
}

XmlElement& XmlElement::removeChildren(QStringView name, QStringView namespaceUri)
{
    if (d) {
        d->nodes.removeIf([&](const XmlNode& node) { return node.element.is(name, namespaceUri); });
    }
    return *this;
}

QString XmlElement::text() const
{
    if (!d) {
        return {};
    }
    QString result;
    for (const XmlNode& node : d->nodes) {
        if (node.element.isNull()) {
            result += node.text;
        }
    }
    return result;
}

XmlElement& XmlElement::setText(const QString& text)
{
    Q_ASSERT(d);
    d->nodes.removeIf([](const XmlNode& node) { return node.element.isNull(); });
    if (!text.isEmpty()) {
        d->nodes.append({{}, text});
    }
    return *this;
}

XmlElement& XmlElement::appendText(const QString& text)
{
    Q_ASSERT(d);
    if (!text.isEmpty()) {
        if (!d->nodes.isEmpty() && d->nodes.last().element.isNull()) {
            d->nodes.last().text += text;
        } else {
            d->nodes.append({{}, text});
        }
    }
    return *this;
}

QString XmlElement::toXml(QStringView enclosingNamespace) const
{
    QString out;
    writeXml(out, enclosingNamespace);
    return out;
}

void XmlElement::writeXml(QString& out, QStringView enclosingNamespace) const
{
    if (!d) {
        return;
    }
    out += u'<' + d->name;
    if (d->namespaceUri != enclosingNamespace) {
        out += u" xmlns='";
        appendEscapedXml(out, d->namespaceUri);
        out += u'\'';
    }
    int prefixCount = 0;
    for (const XmlAttribute& a : d->attributes) {
        out += u' ';
        if (a.namespaceUri == Ns::Xml) {
            out += u"xml:";
        } else if (!a.namespaceUri.isEmpty()) {
            const QString prefix = u"a"_s + QString::number(prefixCount++);
            out += u"xmlns:" + prefix + u"='";
            appendEscapedXml(out, a.namespaceUri);
            out += u"' " + prefix + u':';
        }
        out += a.name + u"='";
        appendEscapedXml(out, a.value);
        out += u'\'';
    }
    if (d->nodes.isEmpty()) {
        out += u"/>";
        return;
    }
    out += u'>';
    for (const XmlNode& node : d->nodes) {
        if (node.element.isNull()) {
            appendEscapedXml(out, node.text);
        } else {
            node.element.writeXml(out, d->namespaceUri);
        }
    }
    out += u"</" + d->name + u'>';
}

bool operator==(const XmlElement& a, const XmlElement& b)
{
    if (a.d == b.d) {
        return true;
    }
    if (!a.d || !b.d || a.d->name != b.d->name || a.d->namespaceUri != b.d->namespaceUri
        || a.d->nodes.size() != b.d->nodes.size()
        || a.d->attributes.size() != b.d->attributes.size()) {
        return false;
    }
    for (const XmlAttribute& attr : a.d->attributes) {
        if (b.attribute(attr.name, attr.namespaceUri) != attr.value) {
            return false;
        }
    }
    for (qsizetype i = 0; i < a.d->nodes.size(); ++i) {
        const XmlNode& x = a.d->nodes[i];
        const XmlNode& y = b.d->nodes[i];
        if (x.text != y.text || x.element != y.element) {
            return false;
        }
    }
    return true;
}

} // namespace Palaver::Xmpp

// XmlElement: a light, implicitly shared XML element tree with namespaces, one per stanza.
#pragma once

#include <QList>
#include <QMetaType>
#include <QSharedDataPointer>
#include <QString>

namespace Palaver::Xmpp {

struct XmlAttribute
{
    QString name;
    QString namespaceUri; // empty for the usual unqualified attributes
    QString value;
};

class XmlElementData;

class XmlElement
{
public:
    XmlElement();
    explicit XmlElement(const QString& name, const QString& namespaceUri = {});
    // For parsers: the attributes are taken as they are, so their names must be unique.
    XmlElement(const QString& name, const QString& namespaceUri, QList<XmlAttribute> attributes);
    XmlElement(const XmlElement&);
    XmlElement(XmlElement&&) noexcept;
    XmlElement& operator=(const XmlElement&);
    XmlElement& operator=(XmlElement&&) noexcept;
    ~XmlElement();

    bool isNull() const;
    const QString& name() const;
    const QString& namespaceUri() const;
    bool is(QStringView name, QStringView namespaceUri) const;

    const QList<XmlAttribute>& attributes() const;
    QString attribute(QStringView name) const;
    QString attribute(QStringView name, QStringView namespaceUri) const;
    bool hasAttribute(QStringView name) const;
    // Setting a null value removes the attribute.
    XmlElement& setAttribute(const QString& name, const QString& value);
    XmlElement& setAttribute(
        const QString& name, const QString& namespaceUri, const QString& value);

    QList<XmlElement> childElements() const;
    QList<XmlElement> childElements(QStringView name, QStringView namespaceUri) const;
    XmlElement firstChildElement() const;
    XmlElement firstChild(QStringView name, QStringView namespaceUri) const;
    bool hasChild(QStringView name, QStringView namespaceUri) const;
    qsizetype childCount() const;
    XmlElement& appendChild(const XmlElement& child);
    XmlElement& appendTextChild(
        const QString& name, const QString& namespaceUri, const QString& text);
    // Removes the direct children with this name and namespace.
    XmlElement& removeChildren(QStringView name, QStringView namespaceUri);

    // The element's own character data (direct text nodes, concatenated).
    QString text() const;
    // Replaces all text nodes by one; child elements stay.
    XmlElement& setText(const QString& text);
    XmlElement& appendText(const QString& text);

    // Serialises the element; the namespace of the enclosing element decides whether an
    // xmlns declaration is needed.
    QString toXml(QStringView enclosingNamespace = {}) const;
    void writeXml(QString& out, QStringView enclosingNamespace) const;

    friend bool operator==(const XmlElement& a, const XmlElement& b);
    friend bool operator!=(const XmlElement& a, const XmlElement& b) { return !(a == b); }

private:
    QSharedDataPointer<XmlElementData> d;
};

// Escapes text for element content or attribute values, dropping characters XML 1.0 forbids.
void appendEscapedXml(QString& out, QStringView text);

} // namespace Palaver::Xmpp

Q_DECLARE_METATYPE(Palaver::Xmpp::XmlElement)

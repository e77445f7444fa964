// Stanza: what message, presence and iq have in common (RFC 6120 §8.1).
#pragma once

#include "Jid.h"
#include "StanzaError.h"
#include "XmlElement.h"

namespace Palaver::Xmpp {

class Stanza
{
public:
    Stanza() = default;
    // Wraps a received element; its addresses are parsed once, here.
    explicit Stanza(const XmlElement& element);
    // Whether a top-level element is a stanza (RFC 6120 §8): message, presence or iq.
    static bool isStanza(const XmlElement& element);

    bool isNull() const { return m_element.isNull(); }
    const XmlElement& element() const { return m_element; }
    QString kind() const { return m_element.name(); }

    // A malformed address reads as an invalid Jid; rawFrom() keeps what was sent.
    const Jid& from() const { return m_from; }
    const Jid& to() const { return m_to; }
    QString rawFrom() const { return m_element.attribute(u"from"); }
    QString id() const { return m_element.attribute(u"id"); }
    QString typeAttribute() const { return m_element.attribute(u"type"); }
    QString language() const;
    bool isErrorType() const { return typeAttribute() == u"error"; }
    StanzaError error() const { return StanzaError::fromStanzaElement(m_element); }

    void setFrom(const Jid& from);
    void setTo(const Jid& to);
    void setId(const QString& id);
    void setError(const StanzaError& error);

    // Extension payloads are added and read by the modules that own them.
    void appendPayload(const XmlElement& payload);
    void removePayloads(QStringView name, QStringView namespaceUri);
    XmlElement payload(QStringView name, QStringView namespaceUri) const
    {
        return m_element.firstChild(name, namespaceUri);
    }
    QList<XmlElement> payloads(QStringView name, QStringView namespaceUri) const
    {
        return m_element.childElements(name, namespaceUri);
    }

protected:
    Stanza(const QString& kind, const QString& type);
    void setTypeAttribute(const QString& type);

private:
    XmlElement m_element;
    Jid m_from;
    Jid m_to;
};

} // namespace Palaver::Xmpp

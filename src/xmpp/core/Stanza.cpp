#include "Stanza.h"

#include "Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

Stanza::Stanza(const XmlElement& element)
    : m_element(element)
{
    if (const QString from = element.attribute(u"from"); !from.isEmpty()) {
        m_from = Jid::fromString(from);
    }
    if (const QString to = element.attribute(u"to"); !to.isEmpty()) {
        m_to = Jid::fromString(to);
    }
}

bool Stanza::isStanza(const XmlElement& element)
{
    return element.namespaceUri() == Ns::Client
        && (element.name() == u"message" || element.name() == u"presence"
            || element.name() == u"iq");
}

Stanza::Stanza(const QString& kind, const QString& type)
    : m_element(kind, Ns::Client)
{
    if (!type.isEmpty()) {
        m_element.setAttribute(u"type"_s, type);
    }
}

QString Stanza::language() const
{
    return m_element.attribute(u"lang", Ns::Xml);
}

void Stanza::setFrom(const Jid& from)
{
    m_from = from;
    m_element.setAttribute(u"from"_s, from.isValid() ? from.toString() : QString());
}

void Stanza::setTo(const Jid& to)
{
    m_to = to;
    m_element.setAttribute(u"to"_s, to.isValid() ? to.toString() : QString());
}

void Stanza::setId(const QString& id)
{
    m_element.setAttribute(u"id"_s, id.isEmpty() ? QString() : id);
}

void Stanza::setError(const StanzaError& error)
{
    setTypeAttribute(u"error"_s);
    m_element.removeChildren(u"error", Ns::Client);
    m_element.appendChild(error.toElement());
}

void Stanza::appendPayload(const XmlElement& payload)
{
    m_element.appendChild(payload);
}

void Stanza::removePayloads(QStringView name, QStringView namespaceUri)
{
    m_element.removeChildren(name, namespaceUri);
}

void Stanza::setTypeAttribute(const QString& type)
{
    m_element.setAttribute(u"type"_s, type.isEmpty() ? QString() : type);
}

} // namespace Palaver::Xmpp

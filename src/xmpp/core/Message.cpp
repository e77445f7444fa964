#include "Message.h"

#include "EnumNames.h"
#include "Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
constexpr auto typeNames = std::to_array<EnumName<Message::Type>>({
    {Message::Type::Normal, u"normal"},
    {Message::Type::Chat, u"chat"},
    {Message::Type::GroupChat, u"groupchat"},
    {Message::Type::Headline, u"headline"},
    {Message::Type::Error, u"error"},
});
} // namespace

Message::Message(const XmlElement& element)
    : Stanza(element)
{ }

Message::Message(Type type, const Jid& to, const QString& body)
    : Stanza(u"message"_s, nameOf(typeNames, type))
{
    if (to.isValid()) {
        setTo(to);
    }
    if (!body.isEmpty()) {
        setBody(body);
    }
}

Message::Type Message::type() const
{
    return valueOf(typeNames, typeAttribute()).value_or(Type::Normal);
}

void Message::setType(Type type)
{
    setTypeAttribute(nameOf(typeNames, type));
}

QString Message::body() const
{
    return payload(u"body", Ns::Client).text();
}

void Message::setBody(const QString& body)
{
    setChildText(u"body"_s, body);
}

QString Message::subject() const
{
    return payload(u"subject", Ns::Client).text();
}

void Message::setSubject(const QString& subject)
{
    setChildText(u"subject"_s, subject);
}

QString Message::thread() const
{
    return payload(u"thread", Ns::Client).text();
}

void Message::setThread(const QString& thread)
{
    setChildText(u"thread"_s, thread);
}

void Message::setChildText(const QString& name, const QString& text)
{
    removePayloads(name, Ns::Client);
    if (!text.isNull()) {
        XmlElement child(name, Ns::Client);
        child.setText(text);
        appendPayload(child);
    }
}

} // namespace Palaver::Xmpp

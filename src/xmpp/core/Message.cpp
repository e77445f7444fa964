#include "Message.h"

#include "Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
QString typeName(Message::Type type)
{
    switch (type) {
    case Message::Type::Chat:
        return u"chat"_s;
    case Message::Type::GroupChat:
        return u"groupchat"_s;
    case Message::Type::Headline:
        return u"headline"_s;
    case Message::Type::Error:
        return u"error"_s;
    case Message::Type::Normal:
        break;
    }
    return u"normal"_s;
}
} // namespace

Message::Message(const XmlElement& element)
    : Stanza(element)
{ }

Message::Message(Type type, const Jid& to, const QString& body)
    : Stanza(u"message"_s, typeName(type))
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
    const QString type = typeAttribute();
    if (type == u"chat") {
        return Type::Chat;
    }
    if (type == u"groupchat") {
        return Type::GroupChat;
    }
    if (type == u"headline") {
        return Type::Headline;
    }
    if (type == u"error") {
        return Type::Error;
    }
    return Type::Normal;
}

void Message::setType(Type type)
{
    setTypeAttribute(typeName(type));
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

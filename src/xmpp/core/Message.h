// Message: a message stanza with the RFC 6121 §5 fields; extensions live in their modules.
#pragma once

#include "Stanza.h"

namespace Palaver::Xmpp {

class Message : public Stanza
{
public:
    // RFC 6121 §5.2.2; an absent or unknown type means normal.
    enum class Type {
        Normal,
        Chat,
        GroupChat,
        Headline,
        Error,
    };

    Message() = default;
    explicit Message(const XmlElement& element);
    explicit Message(Type type, const Jid& to = {}, const QString& body = {});

    Type type() const;
    void setType(Type type);
    QString body() const;
    void setBody(const QString& body);
    QString subject() const;
    void setSubject(const QString& subject);
    QString thread() const;
    void setThread(const QString& thread);

private:
    void setChildText(const QString& name, const QString& text);
};

} // namespace Palaver::Xmpp

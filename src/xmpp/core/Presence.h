// Presence: a presence stanza with the RFC 6121 §4.7 fields.
#pragma once

#include "Stanza.h"

namespace Palaver::Xmpp {

class Presence : public Stanza
{
public:
    // RFC 6121 §4.7.1; no type attribute means available.
    enum class Type {
        Available,
        Unavailable,
        Subscribe,
        Subscribed,
        Unsubscribe,
        Unsubscribed,
        Probe,
        Error,
    };

    // RFC 6121 §4.7.2.1; Online stands for an absent <show/>.
    enum class Show {
        Online,
        Chat,
        Away,
        ExtendedAway,
        DoNotDisturb,
    };

    Presence() = default;
    explicit Presence(const XmlElement& element);
    explicit Presence(Type type, const Jid& to = {});

    Type type() const;
    Show show() const;
    void setShow(Show show);
    QString status() const;
    void setStatus(const QString& status);
    // RFC 6121 §4.7.2.3: -128..127, absent means 0.
    int priority() const;
    void setPriority(int priority);
};

} // namespace Palaver::Xmpp

// Iq: an info/query request or its answer (RFC 6120 §8.2.3).
#pragma once

#include "Stanza.h"

namespace Palaver::Xmpp {

class Iq : public Stanza
{
public:
    enum class Type {
        Invalid,
        Get,
        Set,
        Result,
        Error,
    };

    Iq() = default;
    explicit Iq(const XmlElement& element);
    Iq(Type type, const XmlElement& payload = {});

    Type type() const;
    bool isRequest() const;
    bool isResponse() const;
    // RFC 6120 §8.2.3: a get or set carries exactly one payload element.
    XmlElement payload() const;
    using Stanza::payload;

    // The result or error answering this request, addressed back to its sender.
    Iq makeResult(const XmlElement& payload = {}) const;
    Iq makeError(const StanzaError& error) const;
};

} // namespace Palaver::Xmpp

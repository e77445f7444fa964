// ResourceBinder: binds a resource and, where the server still requires it, starts the
// session (RFC 6120 §7, RFC 6121 Appendix E).
#pragma once

#include "../core/Jid.h"
#include "../core/XmlElement.h"
#include "ConnectionError.h"

namespace Palaver::Xmpp {

class ResourceBinder
{
public:
    struct Step
    {
        enum class Kind {
            Ignore, // not an answer to our request
            Send, // send request and wait
            Bound, // done: jid is ours
            Failed,
        };
        Kind kind = Kind::Ignore;
        XmlElement request;
        Jid jid;
        ConnectionError error;
    };

    // account: our address, with the resource to ask for if any.
    Step start(const Jid& account, const XmlElement& features);
    Step handle(const XmlElement& iq);
    bool isPending() const { return !m_pendingId.isEmpty(); }

private:
    Step bindRequest(bool withResource);
    Step sessionRequest();
    Step fail(ConnectionError::Kind kind, const QString& detail);

    Jid m_account;
    XmlElement m_features;
    QString m_pendingId;
    Jid m_bound;
    bool m_requestedResource = false;
};

} // namespace Palaver::Xmpp

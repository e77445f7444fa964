// S5bCandidate: a place where a SOCKS5 bytestream can meet (XEP-0260 §2.2): a host and port
// of a device (direct) or of a bytestream proxy (XEP-0065), with its priority.
#pragma once

#include "../../core/Jid.h"
#include "../../core/XmlElement.h"

#include <optional>

namespace Palaver::Xmpp {

struct S5bCandidate
{
    enum class Type {
        Direct,
        Proxy,
    };

    QString cid;
    QString host;
    quint16 port = 0;
    Jid jid;
    quint32 priority = 0;
    Type type = Type::Direct;

    // XEP-0260 §2.3: type preference << 16 plus a local preference.
    static quint32 priorityFor(Type type, int localPreference);
    XmlElement toElement() const;
    // Candidates of types we do not speak (assisted, tunnel) read as nothing.
    static std::optional<S5bCandidate> fromElement(const XmlElement& element);
};

} // namespace Palaver::Xmpp

// ServerTarget: one host and port to try, and whether TLS starts at once (XEP-0368).
#pragma once

#include <QString>

namespace Palaver::Xmpp {

struct ServerTarget
{
    QString host;
    quint16 port = 5222;
    bool directTls = false;

    friend bool operator==(const ServerTarget& a, const ServerTarget& b)
    {
        return a.host == b.host && a.port == b.port && a.directTls == b.directTls;
    }
};

} // namespace Palaver::Xmpp

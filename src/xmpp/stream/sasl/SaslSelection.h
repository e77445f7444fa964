// SaslSelection: which mechanism to use and which GS2 flag to send (RFC 5802 §6, XEP-0440).
#pragma once

#include "ChannelBinding.h"

#include <QStringList>

#include <optional>

namespace Palaver::Xmpp {

struct SaslSelection
{
    enum class Mechanism {
        None,
        ScramSha256Plus,
        ScramSha1Plus,
        ScramSha256,
        ScramSha1,
        Plain,
    };
    // GS2 flag for the SCRAM mechanisms.
    enum class Flag {
        NotSupported, // "n"
        ServerLacksSupport, // "y"
        Bound, // "p="
    };

    Mechanism mechanism = Mechanism::None;
    Gs2Flag flag = Gs2Flag::NotSupported; // for the SCRAM mechanisms

    // offered: the server's <mechanisms/>. bindingTypes: the XEP-0440 list, absent when the
    // server did not send one. canBind: we have tls-server-end-point data for this session.
    static SaslSelection choose(const QStringList& offered,
        const std::optional<QStringList>& bindingTypes, bool canBind, bool encrypted);
};

} // namespace Palaver::Xmpp

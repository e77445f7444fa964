// A presence a group chat room sends about one of its occupants (XEP-0045 §7.2.3: it carries
// muc#user). Those belong to the room, not to the contact list: the presence, caps and avatar
// modules leave them alone, so a big room costs no queries per occupant.
#pragma once

#include "../../core/Namespaces.h"
#include "../../core/Presence.h"

namespace Palaver::Xmpp {

inline bool isOccupantPresence(const Presence& presence)
{
    return !presence.payload(u"x", Ns::MucUser).isNull();
}

} // namespace Palaver::Xmpp

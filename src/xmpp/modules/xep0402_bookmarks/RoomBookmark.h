// RoomBookmark: a group chat room the user keeps, synced across their devices: in PEP
// (XEP-0402 <conference/>, the room's address as the item id) or, on servers without it, in
// private XML storage (XEP-0048 <conference/> with the address as an attribute).
#pragma once

#include "../../core/Jid.h"
#include "../../core/XmlElement.h"

#include <optional>

namespace Palaver::Xmpp {

struct RoomBookmark
{
    Jid room;
    QString name;
    bool autojoin = false;
    QString nick;
    QString password;

    // XEP-0402 §3.1: item id is the room, the payload its details. Nothing for a bad address.
    static std::optional<RoomBookmark> fromNative(
        const QString& itemId, const XmlElement& conference);
    XmlElement toNative() const;
    // XEP-0048 §3: one <conference jid='…'/> inside <storage/>.
    static std::optional<RoomBookmark> fromLegacy(const XmlElement& conference);
    XmlElement toLegacy() const;

    bool operator==(const RoomBookmark&) const = default;
};

} // namespace Palaver::Xmpp

Q_DECLARE_METATYPE(Palaver::Xmpp::RoomBookmark)

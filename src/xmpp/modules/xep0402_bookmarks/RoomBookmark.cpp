#include "RoomBookmark.h"

#include "../../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

namespace {
bool isTrue(const QString& value)
{
    return value == u"true" || value == u"1";
}

std::optional<RoomBookmark> read(const Jid& room, const XmlElement& conference, const QString& ns)
{
    if (!room.isValid() || room.local().isEmpty() || !room.isBare()) {
        return std::nullopt;
    }
    RoomBookmark bookmark;
    bookmark.room = room;
    bookmark.name = conference.attribute(u"name");
    bookmark.autojoin = isTrue(conference.attribute(u"autojoin"));
    bookmark.nick = conference.firstChild(u"nick", ns).text();
    bookmark.password = conference.firstChild(u"password", ns).text();
    return bookmark;
}

void write(const RoomBookmark& bookmark, XmlElement& conference, const QString& ns)
{
    if (!bookmark.name.isEmpty()) {
        conference.setAttribute(u"name"_s, bookmark.name);
    }
    conference.setAttribute(u"autojoin"_s, bookmark.autojoin ? u"true"_s : u"false"_s);
    if (!bookmark.nick.isEmpty()) {
        conference.appendTextChild(u"nick"_s, ns, bookmark.nick);
    }
    if (!bookmark.password.isEmpty()) {
        conference.appendTextChild(u"password"_s, ns, bookmark.password);
    }
}
} // namespace

std::optional<RoomBookmark> RoomBookmark::fromNative(
    const QString& itemId, const XmlElement& conference)
{
    if (!conference.is(u"conference", Ns::Bookmarks2)) {
        return std::nullopt;
    }
    return read(Jid::fromString(itemId), conference, Ns::Bookmarks2);
}

XmlElement RoomBookmark::toNative() const
{
    XmlElement conference(u"conference"_s, Ns::Bookmarks2);
    write(*this, conference, Ns::Bookmarks2);
    return conference;
}

std::optional<RoomBookmark> RoomBookmark::fromLegacy(const XmlElement& conference)
{
    if (!conference.is(u"conference", Ns::BookmarksLegacy)) {
        return std::nullopt;
    }
    return read(Jid::fromString(conference.attribute(u"jid")), conference, Ns::BookmarksLegacy);
}

XmlElement RoomBookmark::toLegacy() const
{
    XmlElement conference(u"conference"_s, Ns::BookmarksLegacy);
    conference.setAttribute(u"jid"_s, room.toString());
    write(*this, conference, Ns::BookmarksLegacy);
    return conference;
}

} // namespace Palaver::Xmpp

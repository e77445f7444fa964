#include "BookmarkService.h"

#include "RoomService.h"
#include "xmpp/Client.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"
#include "xmpp/modules/xep0402_bookmarks/BookmarksModule.h"

#include <QLoggingCategory>

using namespace Palaver::Xmpp;

Q_LOGGING_CATEGORY(lcBookmarks, "palaver.im.bookmarks")

namespace Palaver::Im {

BookmarkService::BookmarkService(
    Client& client, BookmarksModule& module, RoomService& rooms, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_module(module)
    , m_rooms(rooms)
{
    connect(&client, &Client::sessionStarted, this, [this](bool resumed) {
        if (!resumed) {
            load();
        }
    });
    connect(&module, &BookmarksModule::bookmarkChanged, this,
        [this](const RoomBookmark& bookmark) { apply(bookmark, m_loaded); });
    connect(&module, &BookmarksModule::bookmarkRemoved, this, &BookmarkService::forget);
    connect(&rooms, &RoomService::roomClosed, this, [this](const Jid& room) {
        std::optional<RoomBookmark> kept = bookmark(room);
        if (kept && kept->autojoin) {
            kept->autojoin = false;
            save(*kept);
        }
    });
}

QString BookmarkService::defaultNick() const
{
    const Jid own = m_client.settings().jid;
    return own.local().isEmpty() ? own.domain() : own.local();
}

std::optional<RoomBookmark> BookmarkService::bookmark(const Jid& room) const
{
    for (const RoomBookmark& bookmark : m_bookmarks) {
        if (bookmark.room == room.bare()) {
            return bookmark;
        }
    }
    return std::nullopt;
}

void BookmarkService::load()
{
    const int generation = ++m_generation;
    m_module.fetch(this, [this, generation](const std::optional<QList<RoomBookmark>>& fetched) {
        if (generation != m_generation) {
            return;
        }
        if (!fetched) {
            qCWarning(lcBookmarks) << "the server did not give the bookmarks";
            return;
        }
        m_bookmarks = *fetched;
        m_loaded = true;
        Q_EMIT bookmarksChanged();
        for (const RoomBookmark& bookmark : std::as_const(m_bookmarks)) {
            autojoin(bookmark);
        }
    });
}

void BookmarkService::autojoin(const RoomBookmark& bookmark)
{
    if (!bookmark.autojoin) {
        return;
    }
    const MucRoom* open = m_rooms.room(bookmark.room);
    if (!open || open->state() == MucRoom::State::Left) {
        m_rooms.join(bookmark.room, bookmark.nick.isEmpty() ? defaultNick() : bookmark.nick,
            bookmark.password);
    }
}

void BookmarkService::apply(const RoomBookmark& bookmark, bool joinNow)
{
    const auto it = std::find_if(m_bookmarks.begin(), m_bookmarks.end(),
        [&](const RoomBookmark& kept) { return kept.room == bookmark.room; });
    if (it != m_bookmarks.end()) {
        if (*it == bookmark) {
            return;
        }
        *it = bookmark;
    } else {
        m_bookmarks.append(bookmark);
    }
    Q_EMIT bookmarksChanged();
    if (joinNow) {
        autojoin(bookmark); // marked on another device: this one joins too
    }
}

void BookmarkService::forget(const Jid& room)
{
    const qsizetype removed
        = m_bookmarks.removeIf([&](const RoomBookmark& kept) { return kept.room == room.bare(); });
    if (removed > 0) {
        Q_EMIT bookmarksChanged();
    }
}

void BookmarkService::save(const RoomBookmark& bookmark)
{
    apply(bookmark, false); // shown at once; the server's echo changes nothing
    const Jid room = bookmark.room;
    m_module.save(bookmark, this, [this, room](const std::optional<StanzaError>& error) {
        if (error) {
            qCWarning(lcBookmarks) << "bookmark not saved:" << room.toString()
                                   << StanzaError::conditionName(error->condition());
            Q_EMIT saveFailed(room);
        }
    });
}

void BookmarkService::remove(const Jid& room)
{
    forget(room);
    m_module.remove(room, this, [this, room](const std::optional<StanzaError>& error) {
        if (error) {
            Q_EMIT saveFailed(room);
        }
    });
}

} // namespace Palaver::Im

// BookmarkService: the account's room bookmarks (XEP-0402 / XEP-0048): read after every new
// session, kept current with what other devices change, and the rooms marked "join
// automatically" entered then. Leaving such a room by hand clears its mark (XEP-0402 §5.4), so
// the user's other devices leave it too next time.
#pragma once

#include "xmpp/modules/xep0402_bookmarks/RoomBookmark.h"

#include <QObject>

#include <optional>

namespace Palaver::Xmpp {
class BookmarksModule;
class Client;
} // namespace Palaver::Xmpp

namespace Palaver::Im {

class RoomService;

class BookmarkService : public QObject
{
    Q_OBJECT

public:
    BookmarkService(Xmpp::Client& client, Xmpp::BookmarksModule& module, RoomService& rooms,
        QObject* parent = nullptr);

    const QList<Xmpp::RoomBookmark>& bookmarks() const { return m_bookmarks; }
    std::optional<Xmpp::RoomBookmark> bookmark(const Xmpp::Jid& room) const;
    bool isLoaded() const { return m_loaded; }
    void save(const Xmpp::RoomBookmark& bookmark);
    void remove(const Xmpp::Jid& room);
    // The nickname to use in a room when none was chosen: the account's own name.
    QString defaultNick() const;

Q_SIGNALS:
    void bookmarksChanged();
    // The server refused to store a change.
    void saveFailed(const Palaver::Xmpp::Jid& room);

private:
    void load();
    void apply(const Xmpp::RoomBookmark& bookmark, bool joinNow);
    void forget(const Xmpp::Jid& room);
    void autojoin(const Xmpp::RoomBookmark& bookmark);

    Xmpp::Client& m_client;
    Xmpp::BookmarksModule& m_module;
    RoomService& m_rooms;
    QList<Xmpp::RoomBookmark> m_bookmarks;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace Palaver::Im

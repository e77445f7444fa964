// BookmarksModule: the user's room bookmarks, shared by all their devices: PEP native
// bookmarks (XEP-0402), falling back to private XML storage (XEP-0048 over XEP-0049) where
// the server has no PEP. Changes made on other devices arrive as notifications from our own
// account, and only from there.
#pragma once

#include "../../Module.h"
#include "../../core/Message.h"
#include "../../core/StanzaError.h"
#include "RoomBookmark.h"

#include <functional>
#include <optional>

namespace Palaver::Xmpp {

class BookmarksModule : public Module
{
    Q_OBJECT

public:
    using Done = std::function<void(const std::optional<StanzaError>& error)>;

    explicit BookmarksModule(QObject* parent = nullptr);

    // Every bookmark; an empty list when there are none, nothing on an error.
    void fetch(QObject* context,
        std::function<void(const std::optional<QList<RoomBookmark>>& bookmarks)> done);
    // Adds the bookmark or replaces the one for the same room.
    void save(const RoomBookmark& bookmark, QObject* context, Done done);
    void remove(const Jid& room, QObject* context, Done done);
    bool usesPrivateStorage() const { return m_privateStorage; }

    void attach(Client& client) override;
    QStringList discoFeatures() const override;

Q_SIGNALS:
    // Saved here or on another device.
    void bookmarkChanged(const Palaver::Xmpp::RoomBookmark& bookmark);
    void bookmarkRemoved(const Palaver::Xmpp::Jid& room);

private:
    void onMessage(const Message& message);
    void fetchPrivate(QObject* context,
        std::function<void(const std::optional<QList<RoomBookmark>>& bookmarks)> done);
    void storePrivate(const QList<RoomBookmark>& bookmarks, QObject* context, Done done);

    bool m_privateStorage = false;
    QList<RoomBookmark> m_privateList; // what private storage holds, to rewrite it whole
};

} // namespace Palaver::Xmpp

#include "BookmarksModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"
#include "../xep0004_dataforms/DataForm.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

namespace {
// XEP-0402 §3.3: kept, as many as there are, never pushed on presence, private to us.
XmlElement publishOptions()
{
    XmlElement options(u"publish-options"_s, Ns::PubSub);
    options.appendChild(submittedForm(Ns::PubSubPublishOptions,
        {{u"pubsub#persist_items"_s, u"true"_s}, {u"pubsub#max_items"_s, u"max"_s},
            {u"pubsub#send_last_published_item"_s, u"never"_s},
            {u"pubsub#access_model"_s, u"whitelist"_s}}));
    return options;
}

// A server without PEP (or without this node type) answers so; then private storage it is.
bool lacksPep(const StanzaError& error)
{
    return error.condition() == StanzaError::Condition::FeatureNotImplemented
        || error.condition() == StanzaError::Condition::ServiceUnavailable;
}
} // namespace

BookmarksModule::BookmarksModule(QObject* parent)
    : Module(parent)
{ }

void BookmarksModule::attach(Client& client)
{
    Module::attach(client);
    connect(&client, &Client::messageReceived, this, &BookmarksModule::onMessage);
}

QStringList BookmarksModule::discoFeatures() const
{
    return {Ns::Bookmarks2 + u"+notify"_s};
}

void BookmarksModule::fetch(
    QObject* context, std::function<void(const std::optional<QList<RoomBookmark>>&)> done)
{
    XmlElement items(u"items"_s, Ns::PubSub);
    items.setAttribute(u"node"_s, Ns::Bookmarks2);
    XmlElement pubsub(u"pubsub"_s, Ns::PubSub);
    pubsub.appendChild(items);
    client()->sendIq(Iq(Iq::Type::Get, pubsub), context,
        [this, context, done = std::move(done)](const IqResult& result) {
            if (!result.isSuccess()) {
                if (result.error.condition() == StanzaError::Condition::ItemNotFound) {
                    m_privateStorage = false;
                    done(QList<RoomBookmark>()); // no node yet: no bookmarks
                } else if (lacksPep(result.error)) {
                    fetchPrivate(context, done);
                } else {
                    done(std::nullopt);
                }
                return;
            }
            m_privateStorage = false;
            QList<RoomBookmark> bookmarks;
            const XmlElement list = result.response.payload().firstChild(u"items", Ns::PubSub);
            for (const XmlElement& item : list.childElements(u"item", Ns::PubSub)) {
                if (const auto bookmark = RoomBookmark::fromNative(
                        item.attribute(u"id"), item.firstChild(u"conference", Ns::Bookmarks2))) {
                    bookmarks.append(*bookmark);
                }
            }
            done(bookmarks);
        });
}

void BookmarksModule::fetchPrivate(
    QObject* context, std::function<void(const std::optional<QList<RoomBookmark>>&)> done)
{
    XmlElement query(u"query"_s, Ns::PrivateStorage);
    query.appendChild(XmlElement(u"storage"_s, Ns::BookmarksLegacy));
    client()->sendIq(
        Iq(Iq::Type::Get, query), context, [this, done = std::move(done)](const IqResult& result) {
            if (!result.isSuccess()) {
                done(std::nullopt);
                return;
            }
            m_privateStorage = true;
            m_privateList.clear();
            const XmlElement storage
                = result.response.payload().firstChild(u"storage", Ns::BookmarksLegacy);
            for (const XmlElement& conference :
                storage.childElements(u"conference", Ns::BookmarksLegacy)) {
                if (const auto bookmark = RoomBookmark::fromLegacy(conference)) {
                    m_privateList.append(*bookmark);
                }
            }
            done(m_privateList);
        });
}

void BookmarksModule::save(const RoomBookmark& bookmark, QObject* context, Done done)
{
    if (m_privateStorage) {
        QList<RoomBookmark> updated = m_privateList;
        updated.removeIf([&](const RoomBookmark& kept) { return kept.room == bookmark.room; });
        updated.append(bookmark);
        storePrivate(updated, context, std::move(done));
        return;
    }
    XmlElement item(u"item"_s, Ns::PubSub);
    item.setAttribute(u"id"_s, bookmark.room.toString());
    item.appendChild(bookmark.toNative());
    XmlElement publish(u"publish"_s, Ns::PubSub);
    publish.setAttribute(u"node"_s, Ns::Bookmarks2);
    publish.appendChild(item);
    XmlElement pubsub(u"pubsub"_s, Ns::PubSub);
    pubsub.appendChild(publish);
    pubsub.appendChild(publishOptions());
    client()->sendIq(
        Iq(Iq::Type::Set, pubsub), context, [done = std::move(done)](const IqResult& result) {
            done(result.isSuccess() ? std::nullopt : std::optional<StanzaError>(result.error));
        });
}

void BookmarksModule::remove(const Jid& room, QObject* context, Done done)
{
    if (m_privateStorage) {
        QList<RoomBookmark> updated = m_privateList;
        updated.removeIf([&](const RoomBookmark& kept) { return kept.room == room.bare(); });
        storePrivate(updated, context, std::move(done));
        return;
    }
    XmlElement item(u"item"_s, Ns::PubSub);
    item.setAttribute(u"id"_s, room.bare().toString());
    XmlElement retract(u"retract"_s, Ns::PubSub);
    retract.setAttribute(u"node"_s, Ns::Bookmarks2);
    retract.setAttribute(u"notify"_s, u"true"_s); // our other devices learn of it
    retract.appendChild(item);
    XmlElement pubsub(u"pubsub"_s, Ns::PubSub);
    pubsub.appendChild(retract);
    client()->sendIq(
        Iq(Iq::Type::Set, pubsub), context, [done = std::move(done)](const IqResult& result) {
            done(result.isSuccess() ? std::nullopt : std::optional<StanzaError>(result.error));
        });
}

void BookmarksModule::storePrivate(
    const QList<RoomBookmark>& bookmarks, QObject* context, Done done)
{
    XmlElement storage(u"storage"_s, Ns::BookmarksLegacy);
    for (const RoomBookmark& bookmark : bookmarks) {
        storage.appendChild(bookmark.toLegacy());
    }
    XmlElement query(u"query"_s, Ns::PrivateStorage);
    query.appendChild(storage);
    const QList<RoomBookmark> before = m_privateList;
    client()->sendIq(Iq(Iq::Type::Set, query), context,
        [this, bookmarks, before, done = std::move(done)](const IqResult& result) {
            if (!result.isSuccess()) {
                done(result.error);
                return;
            }
            m_privateList = bookmarks;
            // Private storage sends no notifications: tell our own side what changed.
            for (const RoomBookmark& old : before) {
                if (std::none_of(bookmarks.begin(), bookmarks.end(),
                        [&](const RoomBookmark& kept) { return kept.room == old.room; })) {
                    Q_EMIT bookmarkRemoved(old.room);
                }
            }
            for (const RoomBookmark& bookmark : bookmarks) {
                if (!before.contains(bookmark)) {
                    Q_EMIT bookmarkChanged(bookmark);
                }
            }
            done(std::nullopt);
        });
}

// XEP-0402 §3.4: notifications come from our own bare address; anyone else's are not ours.
void BookmarksModule::onMessage(const Message& message)
{
    const XmlElement items
        = message.payload(u"event", Ns::PubSubEvent).firstChild(u"items", Ns::PubSubEvent);
    if (items.attribute(u"node") != Ns::Bookmarks2) {
        return;
    }
    // No 'from' is our own account; a 'from' that does not parse is nobody's, never ours.
    if (!message.rawFrom().isEmpty() && message.from() != client()->jid().bare()) {
        return;
    }
    for (const XmlElement& item : items.childElements(u"item", Ns::PubSubEvent)) {
        if (const auto bookmark = RoomBookmark::fromNative(
                item.attribute(u"id"), item.firstChild(u"conference", Ns::Bookmarks2))) {
            Q_EMIT bookmarkChanged(*bookmark);
        }
    }
    for (const XmlElement& retract : items.childElements(u"retract", Ns::PubSubEvent)) {
        const Jid room = Jid::fromString(retract.attribute(u"id"));
        if (room.isValid()) {
            Q_EMIT bookmarkRemoved(room.bare());
        }
    }
}

} // namespace Palaver::Xmpp

#include "AvatarModule.h"

#include "../../Client.h"
#include "../../core/Message.h"
#include "../../core/Namespaces.h"
#include "../presence/PresenceModule.h"
#include "../xep0045_muc/OccupantPresence.h"
#include "../xep0054_vcard/VCardModule.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAvatars, "palaver.xmpp.avatars")

namespace Palaver::Xmpp {

AvatarModule::AvatarModule(QObject* parent)
    : Module(parent)
    , m_ownCache(std::make_unique<MemoryAvatarCache>())
    , m_cache(m_ownCache.get())
{ }

AvatarModule::~AvatarModule() = default;

void AvatarModule::setCache(AvatarCache* cache)
{
    m_cache = cache ? cache : m_ownCache.get();
}

QString AvatarModule::sha1(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
}

void AvatarModule::attach(Client& client)
{
    Module::attach(client);
    connect(&client, &Client::presenceReceived, this, &AvatarModule::onPresence);
    connect(&client, &Client::messageReceived, this, &AvatarModule::onMessage);
    connect(&client, &Client::sessionStarted, this, [this](bool resumed) {
        if (!resumed) {
            learnOwnHash();
        }
    });
}

QStringList AvatarModule::discoFeatures() const
{
    // "+notify": the server sends us contacts' avatar changes (XEP-0163 §4).
    return {Ns::AvatarMetadata + u"+notify"_s};
}

void AvatarModule::decorateOutgoing(XmlElement& stanza)
{
    if (!m_ownHashKnown || stanza.name() != u"presence" || stanza.hasAttribute(u"type")
        || stanza.hasChild(u"x", Ns::VCardUpdate)) {
        return;
    }
    XmlElement update(u"x"_s, Ns::VCardUpdate);
    update.appendTextChild(u"photo"_s, Ns::VCardUpdate, m_ownHash);
    stanza.appendChild(update);
}

void AvatarModule::learnOwnHash()
{
    if (!m_vcards) {
        m_vcards = client()->findModule<VCardModule>();
    }
    if (!m_vcards) {
        return;
    }
    m_vcards->request(
        {}, this, [this](const std::optional<VCard>& card, const XmlElement&, const StanzaError&) {
            const QString hash = card ? card->photoHash() : QString();
            const bool changed = !m_ownHashKnown || hash != m_ownHash;
            m_ownHash = hash;
            m_ownHashKnown = true;
            if (card && !card->photo.isEmpty() && !m_cache->contains(hash)) {
                m_cache->store(hash, card->photo);
            }
            if (changed) {
                Q_EMIT ownAvatarChanged(hash);
                // Presence sent before we knew carried no update element; send it again.
                if (auto* presence = client()->findModule<PresenceModule>()) {
                    presence->setOwnPresence(
                        presence->ownShow(), presence->ownStatus(), presence->ownPriority());
                }
            }
        });
}

void AvatarModule::onPresence(const Presence& presence)
{
    const XmlElement update = presence.payload(u"x", Ns::VCardUpdate);
    if (update.isNull() || presence.type() != Presence::Type::Available
        || !presence.from().isValid() || isOccupantPresence(presence)) {
        return;
    }
    const XmlElement photo = update.firstChild(u"photo", Ns::VCardUpdate);
    if (photo.isNull()) {
        return; // XEP-0153 §3.2: no <photo/> means "not ready to say"
    }
    const Jid contact = presence.from().bare();
    if (contact == client()->jid().bare() || m_usesPep.value(contact)
        || (m_wanted && !m_wanted(contact))) {
        return;
    }
    announced(contact, photo.text().trimmed().toLower(), false);
}

void AvatarModule::onMessage(const Message& message)
{
    const XmlElement event = message.payload(u"event", Ns::PubSubEvent);
    const XmlElement items = event.firstChild(u"items", Ns::PubSubEvent);
    // PEP notifications come from the publisher's bare JID, sent by its server.
    if (items.attribute(u"node") != Ns::AvatarMetadata || !message.from().isBare()) {
        return;
    }
    const XmlElement metadata
        = items.firstChild(u"item", Ns::PubSubEvent).firstChild(u"metadata", Ns::AvatarMetadata);
    if (metadata.isNull()) {
        return;
    }
    const Jid contact = message.from();
    if (m_wanted && !m_wanted(contact)) {
        return;
    }
    m_usesPep.insert(contact, true);
    // XEP-0084 §4.4: metadata without <info/> means the picture was removed.
    const XmlElement info = metadata.firstChild(u"info", Ns::AvatarMetadata);
    announced(contact, info.attribute(u"id").toLower(), true);
}

void AvatarModule::announced(const Jid& contact, const QString& hash, bool fromPep)
{
    if (m_hashes.value(contact) == hash && (hash.isEmpty() || m_cache->contains(hash))) {
        return;
    }
    if (hash.isEmpty()) {
        m_hashes.insert(contact, {});
        Q_EMIT avatarChanged(contact, {});
        return;
    }
    if (m_cache->contains(hash)) {
        m_hashes.insert(contact, hash);
        Q_EMIT avatarChanged(contact, hash);
        return;
    }
    if (const auto inFlight = m_fetching.constFind(contact); inFlight != m_fetching.cend()) {
        if (*inFlight != hash) {
            m_fetchNext.insert(contact, hash);
        }
        return;
    }
    m_fetching.insert(contact, hash);
    if (fromPep) {
        fetchFromPep(contact, hash);
    } else {
        fetchFromVCard(contact, hash);
    }
}

bool AvatarModule::accept(const Jid& contact, const QString& hash, const QByteArray& image)
{
    m_fetching.remove(contact);
    if (const QString next = m_fetchNext.take(contact); !next.isEmpty() && next != hash) {
        // Announced while this one was on its way: that one is the picture now.
        QMetaObject::invokeMethod(
            this, [this, contact, next] { announced(contact, next, m_usesPep.value(contact)); },
            Qt::QueuedConnection);
    }
    // Only bytes that match the announced hash are kept: the cache is shared by everyone
    // announcing that hash, so one liar must not change what others show.
    if (image.isEmpty() || image.size() > MaxImageBytes || sha1(image) != hash) {
        qCWarning(lcAvatars) << "ignoring an avatar of" << contact.toString()
                             << "that does not match its hash";
        return false;
    }
    m_cache->store(hash, image);
    m_hashes.insert(contact, hash);
    Q_EMIT avatarChanged(contact, hash);
    return true;
}

void AvatarModule::fetchFromVCard(const Jid& contact, const QString& hash)
{
    if (!m_vcards) {
        m_vcards = client()->findModule<VCardModule>();
    }
    if (!m_vcards) {
        accept(contact, hash, {});
        return;
    }
    m_vcards->request(contact, this,
        [this, contact, hash](const std::optional<VCard>& card, const XmlElement&,
            const StanzaError&) { accept(contact, hash, card ? card->photo : QByteArray()); });
}

void AvatarModule::fetchFromPep(const Jid& contact, const QString& hash)
{
    XmlElement items(u"items"_s, Ns::PubSub);
    items.setAttribute(u"node"_s, Ns::AvatarData);
    XmlElement item(u"item"_s, Ns::PubSub);
    item.setAttribute(u"id"_s, hash);
    items.appendChild(item);
    XmlElement pubsub(u"pubsub"_s, Ns::PubSub);
    pubsub.appendChild(items);
    Iq request(Iq::Type::Get, pubsub);
    request.setTo(contact);
    client()->sendIq(request, this, [this, contact, hash](const IqResult& result) {
        const XmlElement data = result.response.payload(u"pubsub", Ns::PubSub)
                                    .firstChild(u"items", Ns::PubSub)
                                    .firstChild(u"item", Ns::PubSub)
                                    .firstChild(u"data", Ns::AvatarData);
        accept(contact, hash, QByteArray::fromBase64(data.text().toLatin1()));
    });
}

void AvatarModule::setOwnAvatar(const QByteArray& image, const QString& mimeType)
{
    const QString hash = image.isEmpty() ? QString() : sha1(image);
    if (!hash.isEmpty()) {
        m_cache->store(hash, image);
    }
    // XEP-0084 §4.1: the data first, then the metadata that points at it.
    const auto publish = [this](const QString& node, const QString& id, const XmlElement& payload) {
        XmlElement item(u"item"_s, Ns::PubSub);
        if (!id.isEmpty()) {
            item.setAttribute(u"id"_s, id);
        }
        item.appendChild(payload);
        XmlElement publishElement(u"publish"_s, Ns::PubSub);
        publishElement.setAttribute(u"node"_s, node);
        publishElement.appendChild(item);
        XmlElement pubsub(u"pubsub"_s, Ns::PubSub);
        pubsub.appendChild(publishElement);
        client()->sendIq(Iq(Iq::Type::Set, pubsub), this, [](const IqResult&) {});
    };
    XmlElement metadata(u"metadata"_s, Ns::AvatarMetadata);
    if (!image.isEmpty()) {
        XmlElement data(u"data"_s, Ns::AvatarData);
        data.setText(QString::fromLatin1(image.toBase64()));
        publish(Ns::AvatarData, hash, data);
        XmlElement info(u"info"_s, Ns::AvatarMetadata);
        info.setAttribute(u"id"_s, hash);
        info.setAttribute(u"bytes"_s, QString::number(image.size()));
        info.setAttribute(u"type"_s, mimeType);
        metadata.appendChild(info);
    }
    publish(Ns::AvatarMetadata, hash, metadata);
    // And in the vCard, for clients that only read XEP-0153.
    if (!m_vcards) {
        m_vcards = client()->findModule<VCardModule>();
    }
    if (m_vcards) {
        m_vcards->request({}, this,
            [this, image, mimeType](
                const std::optional<VCard>& card, const XmlElement& raw, const StanzaError&) {
                VCard updated = card.value_or(VCard());
                updated.photo = image;
                updated.photoType = image.isEmpty() ? QString() : mimeType;
                m_vcards->publish(updated, raw, this, {});
            });
    }
    m_ownHash = hash;
    m_ownHashKnown = true;
    Q_EMIT ownAvatarChanged(hash);
    if (auto* presence = client()->findModule<PresenceModule>()) {
        presence->setOwnPresence(
            presence->ownShow(), presence->ownStatus(), presence->ownPriority());
    }
}

} // namespace Palaver::Xmpp

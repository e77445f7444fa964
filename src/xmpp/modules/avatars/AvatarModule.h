// AvatarModule: contacts' pictures, from vCards (XEP-0153) and from PEP (XEP-0084), fetched
// by hash only when not cached and kept only when their bytes match the hash; and our own,
// published both ways so every client sees it.
#pragma once

#include "../../Module.h"
#include "../../core/Message.h"
#include "../../core/Presence.h"
#include "AvatarCache.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

namespace Palaver::Xmpp {

class VCardModule;

class AvatarModule : public Module
{
    Q_OBJECT

public:
    // Larger images are refused, as their bytes travel in one stanza.
    static constexpr qsizetype MaxImageBytes = 512 * 1024;

    explicit AvatarModule(QObject* parent = nullptr);
    ~AvatarModule() override;

    // Not owned; an in-memory cache by default.
    void setCache(AvatarCache* cache);
    // Whose pictures are fetched (bare JIDs): by default anyone's. Strangers' announcements
    // would otherwise fill the cache with pictures nobody shows.
    void setFetchCheck(std::function<bool(const Jid&)> wanted) { m_wanted = std::move(wanted); }
    AvatarCache& cache() const { return *m_cache; }

    // The hash of a contact's current picture (bare JID), empty when none is known.
    QString avatarHash(const Jid& contact) const { return m_hashes.value(contact.bare()); }
    const QString& ownAvatarHash() const { return m_ownHash; }
    // Publishes our picture (PEP and vCard); an empty image removes it.
    void setOwnAvatar(const QByteArray& image, const QString& mimeType);

    void attach(Client& client) override;
    QStringList discoFeatures() const override;
    // XEP-0153 §3.2: presence says which picture we have, once we know it ourselves.
    void decorateOutgoing(XmlElement& stanza) override;

Q_SIGNALS:
    // hash is empty when the contact removed their picture.
    void avatarChanged(const Palaver::Xmpp::Jid& contact, const QString& hash);
    void ownAvatarChanged(const QString& hash);

private:
    void onPresence(const Presence& presence);
    void onMessage(const Message& message);
    void announced(const Jid& contact, const QString& hash, bool fromPep);
    void fetchFromVCard(const Jid& contact, const QString& hash);
    void fetchFromPep(const Jid& contact, const QString& hash);
    bool accept(const Jid& contact, const QString& hash, const QByteArray& image);
    void learnOwnHash();
    static QString sha1(const QByteArray& data);

    std::unique_ptr<MemoryAvatarCache> m_ownCache;
    AvatarCache* m_cache;
    VCardModule* m_vcards = nullptr;
    QHash<Jid, QString> m_hashes; // contact -> current hash
    QHash<Jid, bool> m_usesPep; // contacts publishing with XEP-0084 win over vCard updates
    // One fetch per contact at a time; a hash announced meanwhile is fetched after it.
    QHash<Jid, QString> m_fetching;
    QHash<Jid, QString> m_fetchNext;
    std::function<bool(const Jid&)> m_wanted;
    QString m_ownHash;
    bool m_ownHashKnown = false;
};

} // namespace Palaver::Xmpp

#include "OmemoStore.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <signal_protocol.h>

namespace Palaver::Xmpp {

// libomemo-c's C callbacks, each with the store as user data.
struct OmemoStoreCallbacks
{
    static OmemoStore& store(void* data) { return *static_cast<OmemoStore*>(data); }

    static OmemoStore::Address address(const signal_protocol_address* address)
    {
        return {QString::fromUtf8(address->name, qsizetype(address->name_len)), address->device_id};
    }

    static QByteArray bytes(const uint8_t* data, size_t length)
    {
        return {reinterpret_cast<const char*>(data), qsizetype(length)};
    }

    static signal_buffer* buffer(const QByteArray& bytes)
    {
        return signal_buffer_create(
            reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
    }

    // Sessions
    static int loadSession(signal_buffer** record, signal_buffer** userRecord,
        const signal_protocol_address* peer, void* data)
    {
        *userRecord = nullptr;
        const auto found = store(data).m_sessions.constFind(address(peer));
        if (found == store(data).m_sessions.cend()) {
            return 0;
        }
        *record = buffer(*found);
        return 1;
    }
    static int subDeviceSessions(
        signal_int_list** sessions, const char* name, size_t length, void* data)
    {
        const QString bare = QString::fromUtf8(name, qsizetype(length));
        signal_int_list* list = signal_int_list_alloc();
        for (auto it = store(data).m_sessions.cbegin(); it != store(data).m_sessions.cend(); ++it) {
            if (it.key().first == bare) {
                signal_int_list_push_back(list, it.key().second);
            }
        }
        *sessions = list;
        return int(signal_int_list_size(list));
    }
    static int storeSession(const signal_protocol_address* peer, uint8_t* record, size_t length,
        uint8_t*, size_t, void* data)
    {
        const QByteArray value = bytes(record, length);
        store(data).m_sessions.insert(address(peer), value);
        store(data).changed(
            OmemoStore::Record::Session, OmemoStore::addressName(address(peer)), value);
        return 0;
    }
    static int containsSession(const signal_protocol_address* peer, void* data)
    {
        return store(data).m_sessions.contains(address(peer)) ? 1 : 0;
    }
    static int deleteSession(const signal_protocol_address* peer, void* data)
    {
        if (!store(data).m_sessions.remove(address(peer))) {
            return 0;
        }
        store(data).changed(
            OmemoStore::Record::Session, OmemoStore::addressName(address(peer)), {});
        return 1;
    }
    static int deleteAllSessions(const char* name, size_t length, void* data)
    {
        const QString bare = QString::fromUtf8(name, qsizetype(length));
        int removed = 0;
        for (auto it = store(data).m_sessions.begin(); it != store(data).m_sessions.end();) {
            if (it.key().first == bare) {
                store(data).changed(
                    OmemoStore::Record::Session, OmemoStore::addressName(it.key()), {});
                it = store(data).m_sessions.erase(it);
                ++removed;
            } else {
                ++it;
            }
        }
        return removed;
    }

    // Pre-keys and signed pre-keys: the same four callbacks over either table.
    template<OmemoStore::Record Kind> static QHash<quint32, QByteArray>& keys(void* data)
    {
        static_assert(
            Kind == OmemoStore::Record::PreKey || Kind == OmemoStore::Record::SignedPreKey);
        return Kind == OmemoStore::Record::PreKey ? store(data).m_preKeys
                                                  : store(data).m_signedPreKeys;
    }
    template<OmemoStore::Record Kind>
    static int loadKey(signal_buffer** record, uint32_t id, void* data)
    {
        const auto found = keys<Kind>(data).constFind(id);
        if (found == keys<Kind>(data).cend()) {
            return SG_ERR_INVALID_KEY_ID;
        }
        *record = buffer(*found);
        return SG_SUCCESS;
    }
    template<OmemoStore::Record Kind>
    static int storeKey(uint32_t id, uint8_t* record, size_t length, void* data)
    {
        const QByteArray value = bytes(record, length);
        keys<Kind>(data).insert(id, value);
        store(data).changed(Kind, QString::number(id), value);
        return 0;
    }
    template<OmemoStore::Record Kind> static int containsKey(uint32_t id, void* data)
    {
        return keys<Kind>(data).contains(id) ? 1 : 0;
    }
    template<OmemoStore::Record Kind> static int removeKey(uint32_t id, void* data)
    {
        keys<Kind>(data).remove(id);
        store(data).changed(Kind, QString::number(id), {});
        return 0;
    }

    // Identities
    static int identityKeyPair(signal_buffer** publicData, signal_buffer** privateData, void* data)
    {
        const OmemoStore::Identity& identity = store(data).m_identity;
        if (identity.publicKey.isEmpty()) {
            return SG_ERR_INVALID_KEY;
        }
        *publicData = buffer(identity.publicKey);
        *privateData = buffer(identity.privateKey);
        return SG_SUCCESS;
    }
    static int registrationId(void* data, uint32_t* id)
    {
        *id = store(data).m_identity.registrationId;
        return SG_SUCCESS;
    }
    static int saveIdentity(
        const signal_protocol_address* peer, uint8_t* key, size_t length, void* data)
    {
        const QByteArray value = key ? bytes(key, length) : QByteArray();
        if (value.isEmpty()) {
            store(data).m_peerIdentities.remove(address(peer));
        } else {
            store(data).m_peerIdentities.insert(address(peer), value);
        }
        store(data).changed(
            OmemoStore::Record::PeerIdentity, OmemoStore::addressName(address(peer)), value);
        return SG_SUCCESS;
    }
    static int isTrusted(
        const signal_protocol_address* peer, uint8_t* key, size_t length, void* data)
    {
        const auto& check = store(data).m_trustCheck;
        if (check) {
            return check(address(peer), bytes(key, length)) ? 1 : 0;
        }
        // Without the user's rules: trust on first use, and never a device whose identity
        // key changed (someone else may be speaking for it).
        const QByteArray known = store(data).m_peerIdentities.value(address(peer));
        return known.isEmpty() || known == bytes(key, length) ? 1 : 0;
    }

    // Group sender keys: OMEMO encrypts to every device instead, so none are kept.
    static int storeSenderKey(
        const signal_protocol_sender_key_name*, uint8_t*, size_t, uint8_t*, size_t, void*)
    {
        return SG_ERR_UNKNOWN;
    }
    static int loadSenderKey(
        signal_buffer**, signal_buffer**, const signal_protocol_sender_key_name*, void*)
    {
        return 0;
    }
};

OmemoStore::OmemoStore() = default;

QString OmemoStore::addressName(const Address& address)
{
    return address.first + u'/' + QString::number(address.second);
}

void OmemoStore::changed(Record record, const QString& name, const QByteArray& value) const
{
    if (m_observer) {
        m_observer(record, name, value);
    }
}

void OmemoStore::setIdentity(const Identity& identity)
{
    m_identity = identity;
    QByteArray value;
    QDataStream out(&value, QIODevice::WriteOnly);
    out << identity.publicKey << identity.privateKey << identity.registrationId
        << identity.deviceId;
    changed(Record::Identity, QStringLiteral("own"), value);
}

void OmemoStore::setNextPreKeyId(quint32 id)
{
    m_nextPreKeyId = id;
    changed(Record::NextPreKeyId, QStringLiteral("own"), QByteArray::number(id));
}

void OmemoStore::setTrust(const Address& address, Trust trust)
{
    if (this->trust(address) == trust) {
        return;
    }
    m_trust.insert(address, trust);
    changed(Record::Trust, addressName(address), QByteArray::number(int(trust)));
}

bool OmemoStore::isTrusted(const Address& address) const
{
    switch (trust(address)) {
    case Trust::Verified:
        return true;
    case Trust::Distrusted:
        return false;
    case Trust::Undecided:
        break;
    }
    for (auto it = m_trust.cbegin(); it != m_trust.cend(); ++it) {
        if (it.key().first == address.first && it.value() == Trust::Verified) {
            return false;
        }
    }
    return true;
}

QList<OmemoStore::Address> OmemoStore::knownDevices(const QString& bare) const
{
    QList<Address> devices;
    for (auto it = m_peerIdentities.cbegin(); it != m_peerIdentities.cend(); ++it) {
        if (it.key().first == bare) {
            devices.append(it.key());
        }
    }
    std::sort(devices.begin(), devices.end());
    return devices;
}

void OmemoStore::forget(const Address& address)
{
    const QString name = addressName(address);
    if (m_sessions.remove(address)) {
        changed(Record::Session, name, {});
    }
    if (m_peerIdentities.remove(address)) {
        changed(Record::PeerIdentity, name, {});
    }
    if (m_trust.remove(address)) {
        changed(Record::Trust, name, {});
    }
}

bool OmemoStore::restore(Record record, const QString& name, const QByteArray& value)
{
    if (value.isEmpty()) {
        return false;
    }
    bool ok = false;
    switch (record) {
    case Record::Identity: {
        QDataStream in(value);
        Identity identity;
        in >> identity.publicKey >> identity.privateKey >> identity.registrationId
            >> identity.deviceId;
        ok = in.status() == QDataStream::Ok && !identity.publicKey.isEmpty();
        if (ok) {
            m_identity = identity;
        }
        return ok;
    }
    case Record::PreKey:
    case Record::SignedPreKey: {
        const uint id = name.toUInt(&ok);
        if (ok) {
            (record == Record::PreKey ? m_preKeys : m_signedPreKeys).insert(id, value);
        }
        return ok;
    }
    case Record::Session:
    case Record::PeerIdentity:
    case Record::Trust: {
        // A bare address never holds '/', so the device id is what follows the last one.
        const qsizetype slash = name.lastIndexOf(u'/');
        const Address address {name.left(slash), name.mid(slash + 1).toInt(&ok)};
        ok = ok && slash > 0;
        if (ok && record == Record::Trust) {
            const int trust = value.toInt(&ok);
            ok = ok && trust >= int(Trust::Undecided) && trust <= int(Trust::Distrusted);
            if (ok) {
                m_trust.insert(address, Trust(trust));
            }
        } else if (ok) {
            (record == Record::Session ? m_sessions : m_peerIdentities).insert(address, value);
        }
        return ok;
    }
    case Record::NextPreKeyId:
        m_nextPreKeyId = value.toUInt(&ok);
        return ok;
    }
    return false;
}

void OmemoStore::install(signal_protocol_store_context* context)
{
    using C = OmemoStoreCallbacks;
    const signal_protocol_session_store sessions {C::loadSession, C::subDeviceSessions,
        C::storeSession, C::containsSession, C::deleteSession, C::deleteAllSessions, nullptr, this};
    constexpr auto PreKey = OmemoStore::Record::PreKey;
    constexpr auto SignedPreKey = OmemoStore::Record::SignedPreKey;
    const signal_protocol_pre_key_store preKeys {C::loadKey<PreKey>, C::storeKey<PreKey>,
        C::containsKey<PreKey>, C::removeKey<PreKey>, nullptr, this};
    const signal_protocol_signed_pre_key_store signedPreKeys {C::loadKey<SignedPreKey>,
        C::storeKey<SignedPreKey>, C::containsKey<SignedPreKey>, C::removeKey<SignedPreKey>,
        nullptr, this};
    const signal_protocol_identity_key_store identities {
        C::identityKeyPair, C::registrationId, C::saveIdentity, C::isTrusted, nullptr, this};
    const signal_protocol_sender_key_store senderKeys {
        C::storeSenderKey, C::loadSenderKey, nullptr, this};
    signal_protocol_store_context_set_session_store(context, &sessions);
    signal_protocol_store_context_set_pre_key_store(context, &preKeys);
    signal_protocol_store_context_set_signed_pre_key_store(context, &signedPreKeys);
    signal_protocol_store_context_set_identity_key_store(context, &identities);
    signal_protocol_store_context_set_sender_key_store(context, &senderKeys);
}

} // namespace Palaver::Xmpp

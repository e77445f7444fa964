// OmemoStore: everything a device's sessions need kept (libomemo-c's five stores): our
// identity and registration id, pre-keys and signed pre-keys, the session with each peer
// device and the identity key each peer device showed. Held in memory; nothing of it is ever
// logged.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

struct signal_protocol_store_context;

namespace Palaver::Xmpp {

class OmemoStore
{
public:
    struct Identity
    {
        QByteArray publicKey;
        QByteArray privateKey;
        quint32 registrationId = 0;
        quint32 deviceId = 0; // what the device list names us by
    };
    // A peer device: its bare address and device id.
    using Address = QPair<QString, qint32>;

    // What a change touches, for whoever keeps a copy (the account's database).
    enum class Record {
        Identity,
        PreKey,
        SignedPreKey,
        Session,
        PeerIdentity,
        NextPreKeyId,
        Trust,
    };
    // What the user decided about a peer device (one of a contact's, or another of ours).
    enum class Trust {
        Undecided = 0, // trusted blindly until the user verifies one of the owner's devices
        Verified = 1, // the user compared its fingerprint
        Distrusted = 2, // never encrypted to, its messages marked
    };
    // value is empty when the record was removed.
    using Observer
        = std::function<void(Record record, const QString& name, const QByteArray& value)>;

    OmemoStore();

    // Told of every change from then on.
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    // Puts back a record the observer was told of (at start; the observer is not told).
    bool restore(Record record, const QString& name, const QByteArray& value);

    const Identity& identity() const { return m_identity; }
    void setIdentity(const Identity& identity);
    const QHash<quint32, QByteArray>& preKeys() const { return m_preKeys; }
    const QHash<quint32, QByteArray>& signedPreKeys() const { return m_signedPreKeys; }
    // Pre-key ids are never reused, even after a key was used up.
    quint32 nextPreKeyId() const { return m_nextPreKeyId; }
    void setNextPreKeyId(quint32 id);
    bool hasSession(const Address& address) const { return m_sessions.contains(address); }
    // The identity key a peer device showed when its session began.
    QByteArray peerIdentity(const Address& address) const
    {
        return m_peerIdentities.value(address);
    }
    Trust trust(const Address& address) const { return m_trust.value(address, Trust::Undecided); }
    void setTrust(const Address& address, Trust trust);
    // Blind trust before verification: a device is trusted when verified, or while it is
    // undecided and the user has verified none of its owner's devices.
    bool isTrusted(const Address& address) const;
    // The devices of this bare address whose identity key we know (from a session).
    QList<Address> knownDevices(const QString& bare) const;
    // Forgets a peer device: its session, identity key and trust (it starts afresh if seen
    // again).
    void forget(const Address& address);

    // Whether to go on with a device showing this identity key. By default, trust on first use:
    // a device is trusted with the first key it shows, and refused if it shows another.
    void setTrustCheck(std::function<bool(const Address&, const QByteArray& key)> check)
    {
        m_trustCheck = std::move(check);
    }

    // Fills libomemo-c's store context with this store's callbacks; the store must outlive it.
    void install(signal_protocol_store_context* context);

private:
    friend struct OmemoStoreCallbacks;

    void changed(Record record, const QString& name, const QByteArray& value) const;
    static QString addressName(const Address& address);

    Identity m_identity;
    QHash<quint32, QByteArray> m_preKeys;
    quint32 m_nextPreKeyId = 1;
    QHash<quint32, QByteArray> m_signedPreKeys;
    QHash<Address, QByteArray> m_sessions;
    QHash<Address, QByteArray> m_peerIdentities;
    QHash<Address, Trust> m_trust;
    std::function<bool(const Address&, const QByteArray&)> m_trustCheck;
    Observer m_observer;
};

} // namespace Palaver::Xmpp

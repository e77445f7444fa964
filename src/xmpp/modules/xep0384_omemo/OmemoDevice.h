// OmemoDevice: this device's side of OMEMO sessions (XEP-0384 v0.3 on libomemo-c): makes its
// identity and pre-keys, describes them as a bundle, starts sessions from others' bundles and
// carries a payload key through the session with each peer device. A peer device is a bare
// address and a device id.
#pragma once

#include "OmemoBundle.h"
#include "OmemoStore.h"

#include <optional>

struct signal_context;

namespace Palaver::Xmpp {

class OmemoDevice
{
public:
    explicit OmemoDevice(OmemoStore& store);
    ~OmemoDevice();
    OmemoDevice(const OmemoDevice&) = delete;
    OmemoDevice& operator=(const OmemoDevice&) = delete;

    // A new identity with a signed pre-key and preKeyCount one-time pre-keys.
    bool generate(int preKeyCount = 100);
    // Adds one-time pre-keys (new ids) until there are count; false if none could be made.
    bool topUpPreKeys(int count = 100);
    OmemoBundle bundle() const;
    // Starts a session with a peer device from its bundle, with one of its pre-keys.
    bool startSession(const OmemoStore::Address& peer, const OmemoBundle& bundle,
        const OmemoBundle::PreKey& preKey);

    struct Sealed
    {
        QByteArray data;
        bool preKey = false; // the first message of a session, carrying what starts it
    };
    std::optional<Sealed> encrypt(const OmemoStore::Address& peer, const QByteArray& key);
    // The key, or nothing (error set to libomemo-c's code) for a message that is no message
    // of a session with this device, was already read, or comes from an untrusted identity.
    std::optional<QByteArray> decrypt(
        const OmemoStore::Address& peer, const QByteArray& data, bool preKey, int* error = nullptr);
    // The identity key as people compare it: hex of the 32 key bytes, in eight groups of
    // eight digits ("3f2a9c01 …") as Conversations, Dino and Gajim show it.
    static QString fingerprint(const QByteArray& identityKey);

private:
    OmemoStore& m_store;
    signal_context* m_context = nullptr;
    signal_protocol_store_context* m_storeContext = nullptr;
};

} // namespace Palaver::Xmpp

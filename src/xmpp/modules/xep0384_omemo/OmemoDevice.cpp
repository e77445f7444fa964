#include "OmemoDevice.h"

#include "OmemoCryptoProvider.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRecursiveMutex>

#include <curve.h>
#include <key_helper.h>
#include <protocol.h>
#include <ratchet.h>
#include <session_builder.h>
#include <session_cipher.h>
#include <session_pre_key.h>
#include <signal_protocol.h>

namespace Palaver::Xmpp {
namespace {
QRecursiveMutex& lock()
{
    static QRecursiveMutex mutex;
    return mutex;
}

QByteArray bytes(signal_buffer* buffer)
{
    if (!buffer) {
        return {};
    }
    QByteArray result(reinterpret_cast<const char*>(signal_buffer_data(buffer)),
        qsizetype(signal_buffer_len(buffer)));
    return result;
}

// Takes a buffer libomemo-c handed over, and frees it.
QByteArray take(signal_buffer* buffer)
{
    QByteArray result = bytes(buffer);
    signal_buffer_free(buffer);
    return result;
}

QByteArray serialized(const ec_public_key* key)
{
    signal_buffer* buffer = nullptr;
    return ec_public_key_serialize(&buffer, key) == SG_SUCCESS ? take(buffer) : QByteArray();
}

const uint8_t* data(const QByteArray& array)
{
    return reinterpret_cast<const uint8_t*>(array.constData());
}

// The peer's address as libomemo-c takes it; name stays alive for the call.
struct PeerAddress
{
    QByteArray name;
    signal_protocol_address address;

    explicit PeerAddress(const OmemoStore::Address& peer)
        : name(peer.first.toUtf8())
        , address {name.constData(), size_t(name.size()), peer.second}
    { }
};

template<typename T> struct Ref
{
    T* pointer = nullptr;
    ~Ref()
    {
        if (pointer) {
            signal_type_unref(reinterpret_cast<signal_type_base*>(pointer));
        }
    }
};
} // namespace

OmemoDevice::OmemoDevice(OmemoStore& store)
    : m_store(store)
{
    signal_context_create(&m_context, this);
    signal_context_set_crypto_provider(m_context, OmemoCryptoProvider::get());
    signal_context_set_locking_functions(
        m_context, [](void*) { lock().lock(); }, [](void*) { lock().unlock(); });
    signal_protocol_store_context_create(&m_storeContext, m_context);
    m_store.install(m_storeContext);
}

OmemoDevice::~OmemoDevice()
{
    signal_protocol_store_context_destroy(m_storeContext);
    signal_context_destroy(m_context);
}

bool OmemoDevice::generate(int preKeyCount)
{
    Ref<ratchet_identity_key_pair> pair;
    OmemoStore::Identity identity;
    if (signal_protocol_key_helper_generate_identity_key_pair(&pair.pointer, m_context)
            != SG_SUCCESS
        || signal_protocol_key_helper_generate_registration_id(
               &identity.registrationId, 0, m_context)
            != SG_SUCCESS) {
        return false;
    }
    identity.publicKey = serialized(ratchet_identity_key_pair_get_public(pair.pointer));
    signal_buffer* privateKey = nullptr;
    if (ec_private_key_serialize(&privateKey, ratchet_identity_key_pair_get_private(pair.pointer))
        != SG_SUCCESS) {
        return false;
    }
    identity.privateKey = take(privateKey);
    // A device id of 31 random bits that is not 0 (XEP-0384 v0.3): hard to guess, and two of
    // the user's devices practically never meet on one.
    identity.deviceId = QRandomGenerator::system()->bounded(1u, 0x7fffffffu);
    m_store.setIdentity(identity);

    Ref<session_signed_pre_key> signedPreKey;
    if (signal_protocol_key_helper_generate_signed_pre_key(&signedPreKey.pointer, pair.pointer, 1,
            quint64(QDateTime::currentMSecsSinceEpoch()), m_context)
            != SG_SUCCESS
        || signal_protocol_signed_pre_key_store_key(m_storeContext, signedPreKey.pointer)
            != SG_SUCCESS) {
        return false;
    }
    return topUpPreKeys(preKeyCount);
}

bool OmemoDevice::topUpPreKeys(int count)
{
    const int missing = count - int(m_store.preKeys().size());
    if (missing <= 0) {
        return true;
    }
    quint32 next = 1;
    for (auto it = m_store.preKeys().cbegin(); it != m_store.preKeys().cend(); ++it) {
        next = qMax(next, it.key() + 1);
    }
    next = qMax(next, m_store.nextPreKeyId());
    signal_protocol_key_helper_pre_key_list_node* head = nullptr;
    if (signal_protocol_key_helper_generate_pre_keys(&head, next, unsigned(missing), m_context)
        != SG_SUCCESS) {
        return false;
    }
    m_store.setNextPreKeyId(next + quint32(missing));
    bool stored = true;
    for (auto* node = head; node; node = signal_protocol_key_helper_key_list_next(node)) {
        stored = stored
            && signal_protocol_pre_key_store_key(
                   m_storeContext, signal_protocol_key_helper_key_list_element(node))
                == SG_SUCCESS;
    }
    signal_protocol_key_helper_key_list_free(head);
    return stored;
}

OmemoBundle OmemoDevice::bundle() const
{
    OmemoBundle bundle;
    bundle.identityKey = m_store.identity().publicKey;
    for (auto it = m_store.signedPreKeys().cbegin(); it != m_store.signedPreKeys().cend(); ++it) {
        Ref<session_signed_pre_key> key;
        if (session_signed_pre_key_deserialize(
                &key.pointer, data(*it), size_t(it->size()), m_context)
            == SG_SUCCESS) {
            bundle.signedPreKeyId = it.key();
            bundle.signedPreKey = serialized(
                ec_key_pair_get_public(session_signed_pre_key_get_key_pair(key.pointer)));
            bundle.signature = QByteArray(
                reinterpret_cast<const char*>(session_signed_pre_key_get_signature(key.pointer)),
                qsizetype(session_signed_pre_key_get_signature_len(key.pointer)));
        }
    }
    for (auto it = m_store.preKeys().cbegin(); it != m_store.preKeys().cend(); ++it) {
        Ref<session_pre_key> key;
        if (session_pre_key_deserialize(&key.pointer, data(*it), size_t(it->size()), m_context)
            == SG_SUCCESS) {
            bundle.preKeys.append({it.key(),
                serialized(ec_key_pair_get_public(session_pre_key_get_key_pair(key.pointer)))});
        }
    }
    return bundle;
}

bool OmemoDevice::startSession(
    const OmemoStore::Address& peer, const OmemoBundle& bundle, const OmemoBundle::PreKey& preKey)
{
    Ref<ec_public_key> identityKey;
    Ref<ec_public_key> signedPreKey;
    Ref<ec_public_key> oneTimeKey;
    if (curve_decode_point(&identityKey.pointer, data(bundle.identityKey),
            size_t(bundle.identityKey.size()), m_context)
            != SG_SUCCESS
        || curve_decode_point(&signedPreKey.pointer, data(bundle.signedPreKey),
               size_t(bundle.signedPreKey.size()), m_context)
            != SG_SUCCESS
        || curve_decode_point(&oneTimeKey.pointer, data(preKey.publicKey),
               size_t(preKey.publicKey.size()), m_context)
            != SG_SUCCESS) {
        return false;
    }
    Ref<session_pre_key_bundle> described;
    if (session_pre_key_bundle_create(&described.pointer, 0, peer.second, preKey.id,
            oneTimeKey.pointer, bundle.signedPreKeyId, signedPreKey.pointer, data(bundle.signature),
            size_t(bundle.signature.size()), identityKey.pointer)
        != SG_SUCCESS) {
        return false;
    }
    PeerAddress address(peer);
    session_builder* builder = nullptr;
    if (session_builder_create(&builder, m_storeContext, &address.address, m_context)
        != SG_SUCCESS) {
        return false;
    }
    // Checks the signed pre-key's signature against the identity key before anything else.
    const bool started
        = session_builder_process_pre_key_bundle(builder, described.pointer) == SG_SUCCESS;
    session_builder_free(builder);
    return started;
}

std::optional<OmemoDevice::Sealed> OmemoDevice::encrypt(
    const OmemoStore::Address& peer, const QByteArray& key)
{
    PeerAddress address(peer);
    session_cipher* cipher = nullptr;
    if (!m_store.hasSession(peer)
        || session_cipher_create(&cipher, m_storeContext, &address.address, m_context)
            != SG_SUCCESS) {
        return std::nullopt;
    }
    Ref<ciphertext_message> message;
    const int result
        = session_cipher_encrypt(cipher, data(key), size_t(key.size()), &message.pointer);
    session_cipher_free(cipher);
    if (result != SG_SUCCESS) {
        return std::nullopt;
    }
    return Sealed {bytes(ciphertext_message_get_serialized(message.pointer)),
        ciphertext_message_get_type(message.pointer) == CIPHERTEXT_PREKEY_TYPE};
}

std::optional<QByteArray> OmemoDevice::decrypt(
    const OmemoStore::Address& peer, const QByteArray& sealed, bool preKey, int* error)
{
    PeerAddress address(peer);
    session_cipher* cipher = nullptr;
    int result = session_cipher_create(&cipher, m_storeContext, &address.address, m_context);
    signal_buffer* plaintext = nullptr;
    if (result == SG_SUCCESS && preKey) {
        Ref<pre_key_signal_message> message;
        result = pre_key_signal_message_deserialize(
            &message.pointer, data(sealed), size_t(sealed.size()), m_context);
        if (result == SG_SUCCESS) {
            result = session_cipher_decrypt_pre_key_signal_message(
                cipher, message.pointer, nullptr, &plaintext);
        }
    } else if (result == SG_SUCCESS) {
        Ref<signal_message> message;
        result = signal_message_deserialize(
            &message.pointer, data(sealed), size_t(sealed.size()), m_context);
        if (result == SG_SUCCESS) {
            result = session_cipher_decrypt_signal_message(
                cipher, message.pointer, nullptr, &plaintext);
        }
    }
    if (cipher) {
        session_cipher_free(cipher);
    }
    if (error) {
        *error = result;
    }
    if (result != SG_SUCCESS) {
        return std::nullopt;
    }
    return take(plaintext);
}

QString OmemoDevice::fingerprint(const QByteArray& identityKey)
{
    // The type byte (0x05) is not part of what people compare.
    const QByteArray key = identityKey.size() == 33 ? identityKey.mid(1) : identityKey;
    const QString hex = QString::fromLatin1(key.toHex());
    QStringList groups;
    for (qsizetype at = 0; at < hex.size(); at += 8) {
        groups.append(hex.mid(at, 8));
    }
    return groups.join(u' ');
}

} // namespace Palaver::Xmpp

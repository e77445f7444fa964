#include "OmemoPayload.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace Palaver::Xmpp {
namespace {
constexpr int KeyBytes = 16;
constexpr int IvBytes = 12;
constexpr int TagBytes = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

const unsigned char* bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}
} // namespace

OmemoPayload OmemoPayload::seal(const QByteArray& plaintext)
{
    OmemoPayload payload;
    QByteArray key(KeyBytes, Qt::Uninitialized);
    payload.iv = QByteArray(IvBytes, Qt::Uninitialized);
    QByteArray tag(TagBytes, Qt::Uninitialized);
    payload.ciphertext = QByteArray(plaintext.size() + 16, Qt::Uninitialized);
    const CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int written = 0;
    int finished = 0;
    const bool ok = context && RAND_bytes(bytes(key), KeyBytes) == 1
        && RAND_bytes(bytes(payload.iv), IvBytes) == 1
        && EVP_EncryptInit_ex(context.get(), EVP_aes_128_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, IvBytes, nullptr) == 1
        && EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(payload.iv)) == 1
        && EVP_EncryptUpdate(context.get(), bytes(payload.ciphertext), &written, bytes(plaintext),
               int(plaintext.size()))
            == 1
        && EVP_EncryptFinal_ex(context.get(), bytes(payload.ciphertext) + written, &finished) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, TagBytes, bytes(tag)) == 1;
    if (!ok) {
        return {};
    }
    payload.ciphertext.resize(written + finished);
    payload.keyAndTag = key;
    payload.keyAndTag.append(tag);
    return payload;
}

std::optional<QByteArray> OmemoPayload::open(
    const QByteArray& ciphertext, const QByteArray& iv, const QByteArray& keyAndTag)
{
    // Some senders put only the key (no tag) or a longer IV; only the deployed form is taken.
    if (keyAndTag.size() != KeyBytes + TagBytes || iv.size() != IvBytes) {
        return std::nullopt;
    }
    QByteArray tag = keyAndTag.mid(KeyBytes);
    QByteArray plaintext(ciphertext.size() + 16, Qt::Uninitialized);
    const CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int written = 0;
    int finished = 0;
    const bool ok = context
        && EVP_DecryptInit_ex(context.get(), EVP_aes_128_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, IvBytes, nullptr) == 1
        && EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytes(keyAndTag), bytes(iv)) == 1
        && EVP_DecryptUpdate(
               context.get(), bytes(plaintext), &written, bytes(ciphertext), int(ciphertext.size()))
            == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, TagBytes, tag.data()) == 1
        && EVP_DecryptFinal_ex(context.get(), bytes(plaintext) + written, &finished) == 1;
    if (!ok) {
        return std::nullopt;
    }
    plaintext.resize(written + finished);
    return plaintext;
}

} // namespace Palaver::Xmpp

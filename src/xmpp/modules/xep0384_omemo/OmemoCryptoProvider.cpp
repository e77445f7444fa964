#include "OmemoCryptoProvider.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <signal_protocol.h>

namespace Palaver::Xmpp::OmemoCryptoProvider {
namespace {

QByteArrayView view(const uint8_t* data, size_t length)
{
    return {reinterpret_cast<const char*>(data), qsizetype(length)};
}

int random(uint8_t* data, size_t length, void*)
{
    return RAND_bytes(data, int(length)) == 1 ? SG_SUCCESS : SG_ERR_UNKNOWN;
}

int hmacInit(void** context, const uint8_t* key, size_t keyLength, void*)
{
    *context = new QMessageAuthenticationCode(
        QCryptographicHash::Sha256, view(key, keyLength).toByteArray());
    return SG_SUCCESS;
}

int hmacUpdate(void* context, const uint8_t* data, size_t length, void*)
{
    static_cast<QMessageAuthenticationCode*>(context)->addData(
        reinterpret_cast<const char*>(data), qsizetype(length));
    return SG_SUCCESS;
}

int hmacFinal(void* context, signal_buffer** output, void*)
{
    const QByteArray result = static_cast<QMessageAuthenticationCode*>(context)->result();
    *output = signal_buffer_create(
        reinterpret_cast<const uint8_t*>(result.constData()), size_t(result.size()));
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

void hmacCleanup(void* context, void*)
{
    delete static_cast<QMessageAuthenticationCode*>(context);
}

int sha512Init(void** context, void*)
{
    *context = new QCryptographicHash(QCryptographicHash::Sha512);
    return SG_SUCCESS;
}

int sha512Update(void* context, const uint8_t* data, size_t length, void*)
{
    static_cast<QCryptographicHash*>(context)->addData(view(data, length));
    return SG_SUCCESS;
}

int sha512Final(void* context, signal_buffer** output, void*)
{
    auto* hash = static_cast<QCryptographicHash*>(context);
    const QByteArray result = hash->result();
    hash->reset(); // libomemo-c reuses the context after final
    *output = signal_buffer_create(
        reinterpret_cast<const uint8_t*>(result.constData()), size_t(result.size()));
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

void sha512Cleanup(void* context, void*)
{
    delete static_cast<QCryptographicHash*>(context);
}

const EVP_CIPHER* cipherFor(int cipher, size_t keyLength)
{
    const bool ctr = cipher == SG_CIPHER_AES_CTR_NOPADDING;
    if (cipher != SG_CIPHER_AES_CBC_PKCS5 && !ctr) {
        return nullptr;
    }
    switch (keyLength) {
    case 16:
        return ctr ? EVP_aes_128_ctr() : EVP_aes_128_cbc();
    case 24:
        return ctr ? EVP_aes_192_ctr() : EVP_aes_192_cbc();
    case 32:
        return ctr ? EVP_aes_256_ctr() : EVP_aes_256_cbc();
    default:
        return nullptr;
    }
}

int crypt(bool encrypt, signal_buffer** output, int cipher, const uint8_t* key, size_t keyLength,
    const uint8_t* iv, size_t ivLength, const uint8_t* input, size_t inputLength)
{
    const EVP_CIPHER* type = cipherFor(cipher, keyLength);
    if (!type || ivLength != 16 || inputLength > size_t(INT_MAX) - 32) {
        return SG_ERR_UNKNOWN;
    }
    const std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> context(
        EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray result(qsizetype(inputLength) + EVP_CIPHER_block_size(type), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(result.data());
    int written = 0;
    int finished = 0;
    if (!context || EVP_CipherInit_ex(context.get(), type, nullptr, key, iv, encrypt ? 1 : 0) != 1
        || EVP_CipherUpdate(context.get(), out, &written, input, int(inputLength)) != 1
        || EVP_CipherFinal_ex(context.get(), out + written, &finished) != 1) {
        return SG_ERR_UNKNOWN;
    }
    *output = signal_buffer_create(out, size_t(written + finished));
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

int encrypt(signal_buffer** output, int cipher, const uint8_t* key, size_t keyLength,
    const uint8_t* iv, size_t ivLength, const uint8_t* plaintext, size_t length, void*)
{
    return crypt(true, output, cipher, key, keyLength, iv, ivLength, plaintext, length);
}

int decrypt(signal_buffer** output, int cipher, const uint8_t* key, size_t keyLength,
    const uint8_t* iv, size_t ivLength, const uint8_t* ciphertext, size_t length, void*)
{
    return crypt(false, output, cipher, key, keyLength, iv, ivLength, ciphertext, length);
}

} // namespace

const signal_crypto_provider* get()
{
    static const signal_crypto_provider provider {random, hmacInit, hmacUpdate, hmacFinal,
        hmacCleanup, sha512Init, sha512Update, sha512Final, sha512Cleanup, encrypt, decrypt,
        nullptr};
    return &provider;
}

} // namespace Palaver::Xmpp::OmemoCryptoProvider

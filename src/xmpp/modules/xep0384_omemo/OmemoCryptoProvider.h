// OmemoCryptoProvider: the primitives libomemo-c asks its host for (signal_crypto_provider):
// randomness and AES from OpenSSL's libcrypto, HMAC-SHA-256 and SHA-512 from Qt. The
// cryptography of the protocol itself stays libomemo-c's; nothing here is invented.
#pragma once

struct signal_crypto_provider;

namespace Palaver::Xmpp::OmemoCryptoProvider {

// The provider, with no state of its own: one for every context.
const signal_crypto_provider* get();

} // namespace Palaver::Xmpp::OmemoCryptoProvider

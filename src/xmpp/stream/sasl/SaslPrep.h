// SaslPrep: prepares user names and passwords for SASL (RFC 4013 / RFC 8265 OpaqueString).
#pragma once

#include <QString>

#include <optional>

namespace Palaver::Xmpp {

// Maps other spaces to U+0020, drops characters mapped to nothing, normalises to NFKC and
// refuses control characters; nothing is returned for a string that cannot be used.
std::optional<QString> saslPrep(const QString& text);

} // namespace Palaver::Xmpp

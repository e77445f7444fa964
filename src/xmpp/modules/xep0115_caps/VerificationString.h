// VerificationString: the XEP-0115 §5.1 hash over a disco#info answer.
#pragma once

#include "../../core/XmlElement.h"

#include <QCryptographicHash>

#include <optional>

namespace Palaver::Xmpp {

// The base64 verification string of a disco#info <query/>, or nothing when the answer may
// not be hashed (XEP-0115 §5.4: duplicate identities, features or form types, or a form
// without FORM_TYPE) and so must not be trusted or cached.
std::optional<QString> verificationString(
    const XmlElement& query, QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha1);

} // namespace Palaver::Xmpp

// TrafficLog: what the XML console may show of the stream, with secrets masked.
#pragma once

#include "../core/XmlElement.h"

namespace Palaver::Xmpp {

enum class TrafficDirection {
    Incoming,
    Outgoing,
};

// Replaces SASL payloads and any <password/> (XEP-0077 registration, password change) by
// asterisks, so the console never shows secrets or material to derive them from.
XmlElement maskedForLog(const XmlElement& element);

} // namespace Palaver::Xmpp

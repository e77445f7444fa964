// ParsedStanza: a stanza written as XML text in a test, read by the real stream parser.
#pragma once

#include "xmpp/core/XmlElement.h"

namespace Palaver::Testing {

// The last complete top-level element in the text (inside a jabber:client stream).
Xmpp::XmlElement parseStanza(const QString& xml);

} // namespace Palaver::Testing

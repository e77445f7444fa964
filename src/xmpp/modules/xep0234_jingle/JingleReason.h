// JingleReason: why a Jingle session ends (XEP-0166 §7.4): the <reason/> of a session-terminate,
// a condition such as success, decline, cancel or media-error, with optional text.
#pragma once

#include "../../core/XmlElement.h"

namespace Palaver::Xmpp::JingleReason {

XmlElement element(const QString& condition);
// The condition a <jingle/> element's reason names; empty when it names none.
QString condition(const XmlElement& jingle);

} // namespace Palaver::Xmpp::JingleReason

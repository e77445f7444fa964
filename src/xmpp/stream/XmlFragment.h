// XmlFragment: parses one stand-alone element (stored XML, test data) with the stream parser's
// rules, in the jabber:client namespace by default.
#pragma once

#include "../core/XmlElement.h"

#include <optional>

namespace Palaver::Xmpp {

std::optional<XmlElement> parseXmlFragment(const QByteArray& xml);
inline std::optional<XmlElement> parseXmlFragment(const QString& xml)
{
    return parseXmlFragment(xml.toUtf8());
}

} // namespace Palaver::Xmpp

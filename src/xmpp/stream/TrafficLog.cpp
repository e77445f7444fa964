#include "TrafficLog.h"

#include "../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
const QString mask = u"********"_s;

bool hasPassword(const XmlElement& element, int depth)
{
    if (element.name() == u"password" || depth > 8) {
        return true;
    }
    for (const XmlElement& child : element.childElements()) {
        if (hasPassword(child, depth + 1)) {
            return true;
        }
    }
    return false;
}

XmlElement maskPasswords(const XmlElement& element)
{
    XmlElement copy(element.name(), element.namespaceUri(), element.attributes());
    if (element.name() == u"password") {
        return copy.setText(mask);
    }
    copy.setText(element.text());
    for (const XmlElement& child : element.childElements()) {
        copy.appendChild(hasPassword(child, 0) ? maskPasswords(child) : child);
    }
    return copy;
}
} // namespace

XmlElement maskedForLog(const XmlElement& element)
{
    if (element.namespaceUri() == Ns::Sasl) {
        if (element.text().isEmpty()) {
            return element;
        }
        XmlElement copy(element.name(), element.namespaceUri(), element.attributes());
        for (const XmlElement& child : element.childElements()) {
            copy.appendChild(child);
        }
        return copy.setText(mask);
    }
    return hasPassword(element, 0) ? maskPasswords(element) : element;
}

} // namespace Palaver::Xmpp

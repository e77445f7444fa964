#include "TrafficLog.h"

#include "../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
const QString mask = u"********"_s;

// A data form field holding a password (registration, password change): its values.
bool isSecretField(const XmlElement& element)
{
    return element.is(u"field", Ns::DataForms)
        && (element.attribute(u"type") == u"text-private"
            || element.attribute(u"var").contains(u"password", Qt::CaseInsensitive));
}

bool hasPassword(const XmlElement& element, int depth)
{
    // An element named password (XEP-0045, XEP-0077), a private form field, or a password
    // attribute (XEP-0249 invitations).
    if (element.name() == u"password" || isSecretField(element) || depth > 8
        || element.hasAttribute(u"password")) {
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
    if (copy.hasAttribute(u"password")) {
        copy.setAttribute(u"password"_s, mask);
    }
    if (element.name() == u"password") {
        return copy.setText(mask);
    }
    copy.setText(element.text());
    if (isSecretField(element)) {
        for (const XmlElement& child : element.childElements()) {
            copy.appendChild(child.is(u"value", Ns::DataForms)
                    ? XmlElement(child.name(), child.namespaceUri()).setText(mask)
                    : child);
        }
        return copy;
    }
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

#include "JingleReason.h"

#include "../../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp::JingleReason {

XmlElement element(const QString& condition)
{
    XmlElement reason(u"reason"_s, Ns::Jingle);
    reason.appendChild(XmlElement(condition, Ns::Jingle));
    return reason;
}

QString condition(const XmlElement& jingle)
{
    const XmlElement reason = jingle.firstChild(u"reason", Ns::Jingle);
    for (const XmlElement& child : reason.childElements()) {
        if (child.namespaceUri() == Ns::Jingle && child.name() != u"text") {
            return child.name();
        }
    }
    return {};
}

} // namespace Palaver::Xmpp::JingleReason

#include "SaslSelection.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

SaslSelection SaslSelection::choose(const QStringList& offered,
    const std::optional<QStringList>& bindingTypes, bool canBind, bool encrypted)
{
    SaslSelection selection;
    const bool serverOffersPlus = std::any_of(offered.begin(), offered.end(),
        [](const QString& m) { return m.startsWith(u"SCRAM-") && m.endsWith(u"-PLUS"); });
    const bool anyScram = std::any_of(
        offered.begin(), offered.end(), [](const QString& m) { return m.startsWith(u"SCRAM-"); });
    // We only do tls-server-end-point, so -PLUS needs the server to name it (XEP-0440);
    // servers that do not say which binding they support mostly mean tls-unique.
    const bool bindable
        = encrypted && canBind && bindingTypes && bindingTypes->contains(u"tls-server-end-point"_s);

    if (bindable && offered.contains(u"SCRAM-SHA-256-PLUS"_s)) {
        return {Mechanism::ScramSha256Plus, Gs2Flag::Bound};
    }
    if (bindable && offered.contains(u"SCRAM-SHA-1-PLUS"_s)) {
        return {Mechanism::ScramSha1Plus, Gs2Flag::Bound};
    }
    // RFC 5802 §6: "y" tells a server that does support binding that someone stripped -PLUS
    // from what we saw; "n" when we could not have bound with what it offered.
    selection.flag = (canBind && encrypted && !serverOffersPlus) ? Gs2Flag::ServerLacksSupport
                                                                 : Gs2Flag::NotSupported;
    if (offered.contains(u"SCRAM-SHA-256"_s)) {
        selection.mechanism = Mechanism::ScramSha256;
    } else if (offered.contains(u"SCRAM-SHA-1"_s)) {
        selection.mechanism = Mechanism::ScramSha1;
    } else if (encrypted && !anyScram && offered.contains(u"PLAIN"_s)) {
        selection.mechanism = Mechanism::Plain;
    }
    return selection;
}

} // namespace Palaver::Xmpp

#include "EncryptionText.h"

#include "im/services/OmemoService.h"

using Problem = Palaver::Im::OmemoService::Problem;
using Trust = Palaver::Xmpp::OmemoStore::Trust;

namespace Palaver::Gui {

bool EncryptionText::isProblem(const QString& code)
{
    return code.startsWith(QLatin1String("omemo-"));
}

QString EncryptionText::unreadable(const QString& problem)
{
    if (problem == Problem::NotForThisDevice) {
        return tr("This encrypted message was sent to a device that is not this one, so it "
                  "cannot be read here.");
    }
    if (problem == Problem::NoSession) {
        return tr("This encrypted message cannot be read: it does not belong to a session "
                  "this device has with the sender, or it was already read once.");
    }
    if (problem == Problem::Untrusted) {
        return tr("This encrypted message was not read: the sender's device showed a key "
                  "different from the one it had before.");
    }
    if (problem == Problem::NotReady) {
        return tr("This encrypted message arrived before the encryption keys were loaded and "
                  "cannot be read.");
    }
    return tr("This encrypted message cannot be read: it was damaged or changed on the way.");
}

QString EncryptionText::notSent(const QString& problem)
{
    if (problem == Problem::NoDevices) {
        return tr("no device of the contact can receive encrypted messages");
    }
    if (problem == Problem::NoTrustedDevices) {
        return tr("none of the contact's devices is trusted");
    }
    if (problem == Problem::NotReady) {
        return tr("encryption is not ready");
    }
    return tr("could not be encrypted");
}

QString EncryptionText::trust(Trust trust, bool trusted)
{
    switch (trust) {
    case Trust::Verified:
        return tr("Verified");
    case Trust::Distrusted:
        return tr("Not trusted");
    case Trust::Undecided:
        break;
    }
    return trusted ? tr("Trusted until you verify a device") : tr("New device, not verified");
}

} // namespace Palaver::Gui

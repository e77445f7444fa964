#include "DemoProfile.h"

#include "DemoEnvironment.h"
#include "im/Profile.h"

namespace Palaver::Demo {

bool writeDemoProfile(const QString& directory, const DemoEnvironment& environment, QString* error)
{
    Im::Profile profile(directory);
    if (!profile.open(error)) {
        return false;
    }
    Im::AccountSettings account;
    account.jid = environment.jidOf(environment.user.user);
    account.host = environment.host;
    account.port = environment.port;
    // The certificate is trusted for this account only, as a user accepting it would.
    account.pinnedCertificate = environment.pinnedCertificate;
    // A throw-away password for a throw-away server: the profile, not the keychain.
    account.passwordInProfile = true;
    profile.saveAccount(account);
    profile.setStoredPassword(account.jid, environment.user.password);
    profile.settings().sync();
    return true;
}

} // namespace Palaver::Demo

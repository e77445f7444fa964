#include "BenchProfile.h"

#include "app/LocalTimeZone.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Palaver::Bench {

void startLikePalaver()
{
    App::nameLocalTimeZone();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

bool startScriptedServer(Testing::ScriptedServer& server)
{
    const QString data = QStringLiteral(PALAVER_TEST_DATA_DIR);
    if (!server.start(data + u"/scripted-server.crt"_s, data + u"/scripted-server.key"_s)) {
        std::fprintf(stderr, "cannot start the scripted server\n");
        return false;
    }
    return true;
}

void addScriptedAccount(Im::Profile& profile, const Testing::ScriptedServer& server)
{
    Im::AccountSettings account;
    account.jid = Xmpp::Jid::fromString(u"alice@localhost");
    account.host = u"127.0.0.1"_s;
    account.port = server.serverPort();
    account.pinnedCertificate = server.fingerprint();
    account.passwordInProfile = true;
    profile.saveAccount(account);
    profile.setStoredPassword(account.jid, u"secret"_s);
}

} // namespace Palaver::Bench

#include "BenchProfile.h"

#include "ScriptedAccount.h"
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
    Testing::ScriptedAccount::addTo(profile, server);
}

} // namespace Palaver::Bench

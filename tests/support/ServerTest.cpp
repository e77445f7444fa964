#include "ServerTest.h"

#include "xmpp/modules/xep0030_disco/DiscoModule.h"
#include "xmpp/modules/xep0199_ping/PingModule.h"

#include <QDeadlineTimer>

namespace Palaver::Testing {

bool serverMissingIsFailure()
{
    return qEnvironmentVariableIsSet("CI");
}

std::unique_ptr<Xmpp::Client> makeTestClient(const Xmpp::ConnectionSettings& settings)
{
    auto client = std::make_unique<Xmpp::Client>();
    client->setSettings(settings);
    Xmpp::ReconnectPolicy policy;
    policy.initialDelayMs = 200;
    policy.maximumDelayMs = 2000;
    client->setReconnectPolicy(policy);
    client->addModule(new Xmpp::DiscoModule);
    client->addModule(new Xmpp::PingModule);
    return client;
}

bool waitForState(Xmpp::Client& client, Xmpp::Client::State state, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (client.state() != state && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    return client.state() == state;
}

} // namespace Palaver::Testing

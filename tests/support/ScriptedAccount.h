// ScriptedAccount: a whole account (every module and service, a profile of its own in a temp
// dir) signed in to the scripted server, for IM tests of what a server or a stranger might do
// that real servers will not do on demand. Requests the test does not answer get an error.
#pragma once

#include "ScriptedServer.h"
#include "im/Account.h"
#include "im/Profile.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace Palaver::Testing {

class ScriptedAccount
{
public:
    ScriptedAccount();
    ~ScriptedAccount();

    // Adds alice@localhost on the scripted server to a profile, for the whole application
    // (her password kept in the profile).
    static void addTo(Im::Profile& profile, const ScriptedServer& server);

    bool isReady() const { return m_ready; }
    // Answers the client's iq requests whose payload is in this namespace.
    void answer(const QString& payloadNamespace,
        std::function<void(const Xmpp::XmlElement& request)> handler);
    // Creates the account (on the profile as it is) and goes online.
    void signIn();
    // Waits until the session is up.
    bool waitForSession(int timeoutMs = 10000);

    ScriptedServer& server() { return *m_server; }
    Im::Profile& profile() { return *m_profile; }
    Im::Account& account() { return *m_account; }
    // Every body history holds for the conversation with peer (bare, or an occupant), oldest
    // first.
    QStringList bodies(const QString& peer);

private:
    std::unique_ptr<ScriptedServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Im::Profile> m_profile;
    std::unique_ptr<Im::Account> m_account;
    QHash<QString, std::function<void(const Xmpp::XmlElement&)>> m_handlers;
    bool m_ready = false;
};

} // namespace Palaver::Testing

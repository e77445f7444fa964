// AccountHarness: one device of one test account at the IM level: its own profile database in
// a temp dir, the stores, and an Account signed in to a fixture server.
#pragma once

#include "im/Account.h"
#include "im/Profile.h"
#include "im/storage/MessageStore.h"
#include "localserver/LocalXmppServer.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace Palaver::Testing {

class AccountHarness
{
public:
    // resource names the device; the profile lives in profileDir, or a temp dir of its own.
    AccountHarness(const LocalServer::LocalXmppServer& server, const QString& user,
        const QString& resource, const QString& profileDir = {});
    ~AccountHarness();

    Im::Account& account() { return *m_account; }
    Im::MessageStore& messages() { return m_profile->messages(); }
    Im::Profile& profile() { return *m_profile; }
    QString profileDir() const { return m_profileDir; }
    Xmpp::Jid fullJid() { return m_account->client().jid(); }

    // Goes online and waits for the session (and the archive catch-up that follows it).
    bool signIn(int timeoutMs = 15000);
    // Closes the account and its database, as quitting the program would.
    void shutDown();

    // Every message history holds for the conversation with peer (bare, or an occupant for a
    // private chat), oldest first.
    QList<Im::MessageRecord> history(const Xmpp::Jid& peer);
    // Waits until history with peer satisfies the predicate.
    bool waitForHistory(const Xmpp::Jid& peer,
        const std::function<bool(const QList<Im::MessageRecord>&)>& predicate,
        int timeoutMs = 15000);

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_profileDir;
    std::unique_ptr<Im::Profile> m_profile;
    std::unique_ptr<Im::Account> m_account;
};

} // namespace Palaver::Testing

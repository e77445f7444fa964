// AccountSessions: the accounts that are live in this run: each account with its roster
// model, registered with the models that show them all, removed with a proper goodbye, and
// all signed off together on quitting.
#pragma once

#include "xmpp/stream/ConnectionSettings.h"

#include <QObject>

#include <memory>
#include <vector>

namespace Palaver::Im {
class Account;
class AccountsModel;
class CombinedRosterModel;
class ConversationsModel;
class Profile;
class RosterModel;
} // namespace Palaver::Im

namespace Palaver::App {

class AccountSessions : public QObject
{
    Q_OBJECT

public:
    AccountSessions(Im::Profile& profile, Im::AccountsModel& accounts,
        Im::ConversationsModel& conversations, Im::CombinedRosterModel& roster,
        QObject* parent = nullptr);
    ~AccountSessions() override;

    Im::Account* account(const QString& jid) const;
    Im::RosterModel* rosterModel(const QString& jid) const;
    QList<Im::Account*> accounts() const;

    // Creates the account (not yet connected) and shows it everywhere; null when it exists.
    Im::Account* add(const Xmpp::ConnectionSettings& settings);
    // Says goodbye and lets the account go once the server has closed the stream.
    void remove(const QString& jid);
    // Says goodbye on every account and waits (at most the timeout) for the servers to close
    // the streams.
    void signOff(int timeoutMs);

private:
    // The pinned certificate trusted for files too, as the user last said, kept in the profile.
    void rememberFileTrust(Im::Account& account);
    struct Session;

    Im::Profile& m_profile;
    Im::AccountsModel& m_accounts;
    Im::ConversationsModel& m_conversations;
    Im::CombinedRosterModel& m_roster;
    std::vector<std::unique_ptr<Session>> m_sessions;
};

} // namespace Palaver::App

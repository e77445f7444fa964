#include "AccountSessions.h"

#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/AccountsModel.h"
#include "im/models/CombinedRosterModel.h"
#include "im/models/ConversationsModel.h"
#include "im/models/RosterModel.h"
#include "im/transfers/UploadService.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace Palaver::App {

struct AccountSessions::Session
{
    std::unique_ptr<Im::Account> account;
    std::unique_ptr<Im::RosterModel> roster;
};

AccountSessions::AccountSessions(Im::Profile& profile, Im::AccountsModel& accounts,
    Im::ConversationsModel& conversations, Im::CombinedRosterModel& roster, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_accounts(accounts)
    , m_conversations(conversations)
    , m_roster(roster)
{ }

AccountSessions::~AccountSessions() = default;

Im::Account* AccountSessions::account(const QString& jid) const
{
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
        [&jid](const auto& session) { return session->account->jid() == jid; });
    return it == m_sessions.end() ? nullptr : (*it)->account.get();
}

Im::RosterModel* AccountSessions::rosterModel(const QString& jid) const
{
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
        [&jid](const auto& session) { return session->account->jid() == jid; });
    return it == m_sessions.end() ? nullptr : (*it)->roster.get();
}

QList<Im::Account*> AccountSessions::accounts() const
{
    QList<Im::Account*> all;
    for (const auto& session : m_sessions) {
        all.append(session->account.get());
    }
    return all;
}

Im::Account* AccountSessions::add(const Xmpp::ConnectionSettings& settings)
{
    if (account(settings.jid.bare().toString())) {
        return nullptr;
    }
    auto session = std::make_unique<Session>();
    session->account = std::make_unique<Im::Account>(settings, m_profile.stores());
    Im::Account* added = session->account.get();
    // The roster model follows the account's avatars itself.
    session->roster = std::make_unique<Im::RosterModel>(*added);
    Im::RosterModel* roster = session->roster.get();
    m_sessions.push_back(std::move(session));
    m_accounts.addAccount(added);
    m_conversations.addAccount(added->jid(), added->messages());
    m_roster.addRoster(*added, *roster);
    rememberFileTrust(*added);
    return added;
}

void AccountSessions::rememberFileTrust(Im::Account& account)
{
    const Xmpp::Jid jid = Xmpp::Jid::fromString(account.jid());
    Im::UploadService& uploads = account.uploads();
    if (const std::optional<Im::AccountSettings> stored = m_profile.account(jid)) {
        uploads.allowPinnedCertificateForFiles(!stored->pinnedCertificate.isEmpty()
            && stored->pinnedCertificateForFiles == stored->pinnedCertificate);
    }
    connect(&uploads, &Im::UploadService::trustChanged, this, [this, jid, &uploads] {
        std::optional<Im::AccountSettings> stored = m_profile.account(jid);
        if (stored) {
            stored->pinnedCertificateForFiles = uploads.trust().pinnedAllowedForFiles
                ? uploads.trust().pinnedCertificate
                : QByteArray();
            m_profile.saveAccount(*stored);
        }
    });
}

void AccountSessions::remove(const QString& jid)
{
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
        [&jid](const auto& session) { return session->account->jid() == jid; });
    if (it == m_sessions.end()) {
        return;
    }
    std::unique_ptr<Session> session = std::move(*it);
    m_sessions.erase(it);
    session->account->goOffline();
    m_accounts.removeAccount(session->account.get());
    m_roster.removeRoster(*session->roster);
    // Let the goodbye go out before the account is gone.
    Im::Account* account = session->account.release();
    Im::RosterModel* roster = session->roster.release();
    const auto release = [account, roster] {
        delete roster;
        account->deleteLater();
    };
    if (account->client().state() == Xmpp::Client::State::Disconnected) {
        release();
        return;
    }
    connect(&account->client(), &Xmpp::Client::stateChanged, account,
        [release](Xmpp::Client::State state) {
            if (state == Xmpp::Client::State::Disconnected) {
                release();
            }
        });
}

// Closing the streams properly matters: a connection that just drops leaves the session
// resumable on the server (XEP-0198), showing the user online to everyone for minutes.
void AccountSessions::signOff(int timeoutMs)
{
    const auto allClosed = [this] {
        return std::all_of(m_sessions.cbegin(), m_sessions.cend(), [](const auto& session) {
            return session->account->client().state() == Xmpp::Client::State::Disconnected;
        });
    };
    QEventLoop loop;
    for (auto& session : m_sessions) {
        connect(
            &session->account->client(), &Xmpp::Client::stateChanged, &loop, [&loop, &allClosed] {
                if (allClosed()) {
                    loop.quit();
                }
            });
        session->account->goOffline();
    }
    if (!allClosed()) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

} // namespace Palaver::App

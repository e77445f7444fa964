#include "AccountHarness.h"

#include "im/services/ArchiveService.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Palaver::Testing {

AccountHarness::AccountHarness(const LocalServer::LocalXmppServer& server, const QString& user,
    const QString& resource, const QString& profileDir)
{
    if (profileDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_profileDir = m_tempDir->path();
    } else {
        m_profileDir = profileDir;
    }
    m_profile = std::make_unique<Im::Profile>(m_profileDir);
    QString error;
    if (!m_profile->open(&error)) {
        qFatal("cannot open the test profile: %s", qPrintable(error));
    }
    Xmpp::ConnectionSettings settings = server.settingsFor(user);
    settings.jid = settings.jid.withResource(resource);
    m_account = std::make_unique<Im::Account>(settings, m_profile->stores());
    Xmpp::ReconnectPolicy quick;
    quick.initialDelayMs = 200;
    quick.maximumDelayMs = 2000;
    m_account->client().setReconnectPolicy(quick);
}

AccountHarness::~AccountHarness()
{
    shutDown();
}

bool AccountHarness::signIn(int timeoutMs)
{
    QSignalSpy caughtUp(&m_account->archive(), &Im::ArchiveService::catchUpFinished);
    m_account->goOnline();
    return caughtUp.wait(timeoutMs) && m_account->client().isConnected();
}

void AccountHarness::shutDown()
{
    if (!m_account) {
        return;
    }
    if (m_account->client().state() != Xmpp::Client::State::Disconnected) {
        m_account->goOffline();
        // A server that does not answer the goodbye still lets us go after the close timeout.
        const bool closed = QTest::qWaitFor(
            [this] { return m_account->client().state() == Xmpp::Client::State::Disconnected; },
            5000);
        if (!closed) {
            qWarning("%s did not disconnect in time", qPrintable(m_account->jid()));
        }
    }
    m_account.reset();
    m_profile.reset();
}

QList<Im::MessageRecord> AccountHarness::history(const Xmpp::Jid& peer)
{
    std::optional<qint64> conversation;
    messages().conversationId(m_account->jid(), peer.toString(), m_account.get(),
        [&conversation](const qint64& id) { conversation = id; });
    if (!QTest::qWaitFor([&conversation] { return conversation.has_value(); }, 5000)) {
        return {};
    }
    std::optional<QList<Im::MessageRecord>> page;
    messages().page(conversation.value_or(0), {}, 0, 10000, m_account.get(),
        [&page](const QList<Im::MessageRecord>& records) { page = records; });
    if (!QTest::qWaitFor([&page] { return page.has_value(); }, 5000)) {
        return {};
    }
    return page.value_or(QList<Im::MessageRecord>());
}

bool AccountHarness::waitForHistory(const Xmpp::Jid& peer,
    const std::function<bool(const QList<Im::MessageRecord>&)>& predicate, int timeoutMs)
{
    return QTest::qWaitFor([&] { return predicate(history(peer)); }, timeoutMs);
}

} // namespace Palaver::Testing

#include "ScriptedAccount.h"

#include "im/storage/MessageStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Palaver::Testing {

ScriptedAccount::ScriptedAccount()
    : m_server(std::make_unique<ScriptedServer>())
{
    const QString data = QStringLiteral(PALAVER_TEST_DATA_DIR);
    if (!m_server->start(data + u"/scripted-server.crt"_s, data + u"/scripted-server.key"_s)) {
        return;
    }
    m_server->onStanza = [this](const Xmpp::XmlElement& stanza) {
        if (stanza.name() != u"iq") {
            return;
        }
        const Xmpp::XmlElement payload = stanza.firstChildElement();
        if (const auto handler = m_handlers.constFind(payload.namespaceUri());
            handler != m_handlers.cend()) {
            (*handler)(stanza);
        } else if (stanza.attribute(u"type") == u"get" || stanza.attribute(u"type") == u"set") {
            const QString to = stanza.attribute(u"to");
            m_server->send(u"<iq type='error' id='%1'%2><error type='cancel'>"
                           "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                           "</error></iq>"_s.arg(stanza.attribute(u"id"),
                               to.isEmpty() ? QString() : u" from='%1'"_s.arg(to)));
        }
    };
    m_profile = std::make_unique<Im::Profile>(m_dir.path());
    m_ready = m_profile->open();
}

ScriptedAccount::~ScriptedAccount()
{
    m_account.reset();
    m_profile.reset();
}

void ScriptedAccount::addTo(Im::Profile& profile, const ScriptedServer& server)
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

void ScriptedAccount::answer(
    const QString& payloadNamespace, std::function<void(const Xmpp::XmlElement&)> handler)
{
    m_handlers.insert(payloadNamespace, std::move(handler));
}

void ScriptedAccount::signIn()
{
    Xmpp::ConnectionSettings settings;
    settings.jid = Xmpp::Jid::fromString(u"alice@localhost/desk");
    settings.password = u"secret"_s;
    settings.host = u"127.0.0.1"_s;
    settings.port = m_server->serverPort();
    settings.pinnedCertificate = m_server->fingerprint();
    m_account = std::make_unique<Im::Account>(settings, m_profile->stores());
    m_account->goOnline();
}

bool ScriptedAccount::waitForSession(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_account->client().isConnected(); }, timeoutMs);
}

QStringList ScriptedAccount::bodies(const QString& peer)
{
    std::optional<qint64> conversation;
    m_profile->messages().conversationId(
        u"alice@localhost"_s, peer, m_account.get(), [&](const qint64& id) { conversation = id; });
    if (!QTest::qWaitFor([&] { return conversation.has_value(); }, 5000)) {
        return {};
    }
    std::optional<QList<Im::MessageRecord>> page;
    m_profile->messages().page(*conversation, {}, 0, 10000, m_account.get(),
        [&](const QList<Im::MessageRecord>& records) { page = records; });
    if (!QTest::qWaitFor([&] { return page.has_value(); }, 5000)) {
        return {};
    }
    QStringList result;
    for (const Im::MessageRecord& record : page.value_or(QList<Im::MessageRecord>())) {
        result << record.body;
    }
    return result;
}

} // namespace Palaver::Testing

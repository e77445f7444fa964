// ModuleHarness: a client signed in to a scripted server, for testing protocol modules against
// a stream the test controls: it injects what the server says and sees what the client sends.
#pragma once

#include "ScriptedServer.h"
#include "xmpp/Client.h"

#include <functional>
#include <memory>

namespace Palaver::Testing {

class ModuleHarness
{
public:
    ModuleHarness();
    ~ModuleHarness();

    // Adds modules before start(); the client takes them.
    void addModule(Xmpp::Module* module);
    // Extra stream features after authentication, e.g. roster versioning.
    void setExtraFeatures(const QString& xml);
    // Connects and waits for the session; false on failure.
    bool start();

    Xmpp::Client& client() { return *m_client; }
    ScriptedServer& server() { return m_server; }
    Xmpp::Jid ownJid() const { return Xmpp::Jid::fromString(u"alice@localhost/assigned"); }

    // The server says this to the client (with the default namespace jabber:client).
    void inject(const QString& xml);
    // What the client sent since start (or the last clear).
    const QList<Xmpp::XmlElement>& sent() const { return m_server.record().stanzas; }
    void clearSent();
    // Waits for a sent stanza the predicate accepts; returns it, or a null element.
    Xmpp::XmlElement waitForSent(
        const std::function<bool(const Xmpp::XmlElement&)>& predicate, int timeoutMs = 5000);
    // Waits for an iq the client sent with a payload in this namespace.
    Xmpp::XmlElement waitForIq(QStringView payloadNamespace, int timeoutMs = 5000);
    // Answers an iq request of the client with a result carrying payload (may be empty).
    void replyTo(const Xmpp::XmlElement& request, const QString& payloadXml = {});

private:
    ScriptedServer m_server;
    std::unique_ptr<Xmpp::Client> m_client;
    qsizetype m_seen = 0;
};

} // namespace Palaver::Testing

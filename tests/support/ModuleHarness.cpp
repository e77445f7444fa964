#include "ModuleHarness.h"

#include "xmpp/core/Namespaces.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Palaver::Xmpp;

namespace Palaver::Testing {

ModuleHarness::ModuleHarness()
    : m_client(std::make_unique<Client>())
{
    ReconnectPolicy noReconnect;
    noReconnect.enabled = false;
    m_client->setReconnectPolicy(noReconnect);
}

ModuleHarness::~ModuleHarness() = default;

void ModuleHarness::addModule(Module* module)
{
    m_client->addModule(module);
}

void ModuleHarness::setExtraFeatures(const QString& xml)
{
    m_server.behaviour().extraFeatures = xml;
}

bool ModuleHarness::start()
{
    const QString data = QStringLiteral(PALAVER_TEST_DATA_DIR);
    if (!m_server.start(data + u"/scripted-server.crt"_s, data + u"/scripted-server.key"_s)) {
        return false;
    }
    ConnectionSettings settings;
    settings.jid = Jid::fromString(u"alice@localhost");
    settings.password = m_server.behaviour().password;
    settings.host = u"127.0.0.1"_s;
    settings.port = m_server.serverPort();
    settings.pinnedCertificate = m_server.fingerprint();
    m_client->setSettings(settings);
    QSignalSpy started(m_client.get(), &Client::sessionStarted);
    m_client->connectToServer();
    return started.wait(10000);
}

void ModuleHarness::inject(const QString& xml)
{
    m_server.send(xml);
}

void ModuleHarness::clearSent()
{
    m_seen = 0;
    m_server.clearStanzas();
}

XmlElement ModuleHarness::waitForSent(
    const std::function<bool(const XmlElement&)>& predicate, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    do {
        const QList<XmlElement>& stanzas = sent();
        for (; m_seen < stanzas.size(); ++m_seen) {
            if (predicate(stanzas[m_seen])) {
                return stanzas[m_seen++];
            }
        }
        QTest::qWait(5);
    } while (!deadline.hasExpired());
    return {};
}

XmlElement ModuleHarness::waitForIq(QStringView payloadNamespace, int timeoutMs)
{
    return waitForSent(
        [payloadNamespace](const XmlElement& stanza) {
            return stanza.name() == u"iq"
                && stanza.firstChildElement().namespaceUri() == payloadNamespace;
        },
        timeoutMs);
}

void ModuleHarness::replyTo(const XmlElement& request, const QString& payloadXml)
{
    QString reply = u"<iq type='result' id='"_s;
    appendEscapedXml(reply, request.attribute(u"id"));
    reply += u'\'';
    if (const QString to = request.attribute(u"to"); !to.isEmpty()) {
        reply += u" from='"_s;
        appendEscapedXml(reply, to);
        reply += u'\'';
    }
    reply += payloadXml.isEmpty() ? u"/>"_s : u'>' + payloadXml + u"</iq>"_s;
    inject(reply);
}

} // namespace Palaver::Testing

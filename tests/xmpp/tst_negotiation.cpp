// Stream negotiation against a scripted server: SCRAM -PLUS with tls-server-end-point, the GS2
// flag when -PLUS is stripped or unusable, a server that cannot prove it knows the password,
// no STARTTLS, a pre-XMPP server, stream errors, resource conflicts and hostile XML.
#include "ScriptedServer.h"
#include "ServerTest.h"
#include "xmpp/core/Namespaces.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

class NegotiationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void channelBinding_data();
    void channelBinding();
    void serverSignatureMustMatch();
    void noStartTlsIsRefused();
    void preXmppServerIsRefused();
    void plainOnlyOverTls();
    void resourceConflictTakesAssignedResource();
    void requiredSessionIsStarted();
    void forgedIqAnswersAreDropped();
    void seeOtherHost();
    void streamErrorsDecideReconnection_data();
    void streamErrorsDecideReconnection();
    void hostileXmlEndsTheStream_data();
    void hostileXmlEndsTheStream();
    void sessionsThatDieYoungBackOff();
    void tricklingStanzaTimesOut();
    void oversizedStanzaIsAcknowledgedBeforeTheStreamEnds();
    void brokenStanzasAreLeftOutAlone_data();
    void brokenStanzasAreLeftOutAlone();

private:
    std::unique_ptr<Client> makeClient(ScriptedServer& server);
    ConnectionError runUntilError(Client& client);

    std::unique_ptr<ScriptedServer> m_server;
};

void NegotiationTest::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->start(
        QFINDTESTDATA("data/scripted-server.crt"), QFINDTESTDATA("data/scripted-server.key")));
}

void NegotiationTest::cleanup()
{
    m_server.reset();
}

std::unique_ptr<Client> NegotiationTest::makeClient(ScriptedServer& server)
{
    ConnectionSettings settings;
    settings.jid = Jid::fromString(u"alice@localhost");
    settings.password = u"secret"_s;
    settings.host = u"127.0.0.1"_s;
    settings.port = server.serverPort();
    settings.pinnedCertificate = server.fingerprint();
    settings.negotiationTimeoutMs = 5000;
    return makeTestClient(settings);
}

ConnectionError NegotiationTest::runUntilError(Client& client)
{
    QSignalSpy errors(&client, &Client::errorOccurred);
    client.connectToServer();
    if (!errors.wait(10000)) {
        return {};
    }
    return errors.first().first().value<ConnectionError>();
}

void NegotiationTest::channelBinding_data()
{
    QTest::addColumn<QStringList>("mechanisms");
    QTest::addColumn<bool>("xep0440");
    QTest::addColumn<QStringList>("bindingTypes");
    QTest::addColumn<QString>("expectedMechanism");
    QTest::addColumn<QByteArray>("expectedGs2");
    QTest::addColumn<bool>("succeeds");

    const QStringList plus256 = {u"SCRAM-SHA-256-PLUS"_s, u"SCRAM-SHA-256"_s};
    QTest::newRow("bound with tls-server-end-point")
        << plus256 << true << QStringList {u"tls-server-end-point"_s} << u"SCRAM-SHA-256-PLUS"_s
        << QByteArray("p=tls-server-end-point,,") << true;
    QTest::newRow("sha-1 plus") << QStringList {u"SCRAM-SHA-1-PLUS"_s, u"SCRAM-SHA-1"_s} << true
                                << QStringList {u"tls-exporter"_s, u"tls-server-end-point"_s}
                                << u"SCRAM-SHA-1-PLUS"_s << QByteArray("p=tls-server-end-point,,")
                                << true;
    QTest::newRow("only tls-unique offered") << plus256 << true << QStringList {u"tls-unique"_s}
                                             << u"SCRAM-SHA-256"_s << QByteArray("n,,") << true;
    QTest::newRow("plus without xep-0440")
        << plus256 << false << QStringList() << u"SCRAM-SHA-256"_s << QByteArray("n,,") << true;
    // -PLUS stripped on the way: we say "y", and a server that binds sees the downgrade.
    QTest::newRow("plus stripped") << QStringList {u"SCRAM-SHA-256"_s} << false << QStringList()
                                   << u"SCRAM-SHA-256"_s << QByteArray("y,,") << true;
}

void NegotiationTest::channelBinding()
{
    QFETCH(QStringList, mechanisms);
    QFETCH(bool, xep0440);
    QFETCH(QStringList, bindingTypes);
    QFETCH(QString, expectedMechanism);
    QFETCH(QByteArray, expectedGs2);
    QFETCH(bool, succeeds);

    m_server->behaviour().mechanisms = mechanisms;
    m_server->behaviour().bindingTypes
        = xep0440 ? std::optional<QStringList>(bindingTypes) : std::nullopt;
    // The server's own view: it only binds when it advertised -PLUS itself.
    m_server->behaviour().refuseGs2Y = false;
    auto client = makeClient(*m_server);
    QSignalSpy started(client.get(), &Client::sessionStarted);
    client->connectToServer();
    QCOMPARE(started.wait(10000), succeeds);
    QCOMPARE(m_server->record().mechanism, expectedMechanism);
    QCOMPARE(m_server->record().gs2Header, expectedGs2);
    QVERIFY(m_server->record().bindingDataMatched);
    QCOMPARE(client->jid().toString(), u"alice@localhost/assigned"_s);
}

void NegotiationTest::serverSignatureMustMatch()
{
    m_server->behaviour().corruptServerSignature = true;
    auto client = makeClient(*m_server);
    QSignalSpy started(client.get(), &Client::sessionStarted);
    const ConnectionError error = runUntilError(*client);
    QCOMPARE(error.kind, ConnectionError::Kind::AuthenticationFailed);
    QVERIFY(error.sasl);
    QCOMPARE(error.sasl->condition, SaslFailure::Condition::ServerNotVerified);
    QVERIFY(!error.isRecoverable());
    QCOMPARE(started.size(), 0);
    QCOMPARE(client->state(), Client::State::Disconnected);
    QVERIFY(m_server->record().stanzas.isEmpty());
}

void NegotiationTest::noStartTlsIsRefused()
{
    m_server->behaviour().offerStartTls = false;
    auto client = makeClient(*m_server);
    const ConnectionError error = runUntilError(*client);
    QCOMPARE(error.kind, ConnectionError::Kind::TlsUnavailable);
    QVERIFY(!error.isRecoverable());
    QVERIFY(!m_server->record().sawAuthBeforeTls); // the password never went out in clear
    QCOMPARE(m_server->record().mechanism, QString());
}

void NegotiationTest::preXmppServerIsRefused()
{
    m_server->behaviour().streamVersion.clear();
    auto client = makeClient(*m_server);
    const ConnectionError error = runUntilError(*client);
    QCOMPARE(error.kind, ConnectionError::Kind::ServerProtocolError);
    QCOMPARE(m_server->record().mechanism, QString());
    QTRY_COMPARE(m_server->record().streamErrorsReceived, QStringList {u"unsupported-version"_s});
}

void NegotiationTest::plainOnlyOverTls()
{
    m_server->behaviour().mechanisms = {u"PLAIN"_s};
    auto client = makeClient(*m_server);
    QSignalSpy started(client.get(), &Client::sessionStarted);
    client->connectToServer();
    QVERIFY(started.wait(10000));
    QCOMPARE(m_server->record().mechanism, u"PLAIN"_s);
    QVERIFY(!m_server->record().sawAuthBeforeTls);
}

void NegotiationTest::resourceConflictTakesAssignedResource()
{
    m_server->behaviour().takenResource = u"desk"_s;
    auto client = makeClient(*m_server);
    ConnectionSettings settings = client->settings();
    settings.jid = settings.jid.withResource(u"desk");
    client->setSettings(settings);
    QSignalSpy started(client.get(), &Client::sessionStarted);
    client->connectToServer();
    QVERIFY(started.wait(10000));
    QCOMPARE(client->jid().toString(), u"alice@localhost/assigned"_s);
}

void NegotiationTest::requiredSessionIsStarted()
{
    m_server->behaviour().requireSession = true;
    auto client = makeClient(*m_server);
    QSignalSpy started(client.get(), &Client::sessionStarted);
    client->connectToServer();
    QVERIFY(started.wait(10000));
    QVERIFY(m_server->record().sessionStarted);
}

void NegotiationTest::forgedIqAnswersAreDropped()
{
    auto client = makeClient(*m_server);
    QSignalSpy started(client.get(), &Client::sessionStarted);
    client->connectToServer();
    QVERIFY(started.wait(10000));
    // The server answers every request twice: first forged, from someone else, then for real.
    m_server->onStanza = [this](const XmlElement& stanza) {
        if (stanza.name() != u"iq" || stanza.attribute(u"type") != u"get") {
            return;
        }
        const QString id = stanza.attribute(u"id");
        const QString to = stanza.attribute(u"to");
        m_server->send(u"<iq type='result' id='%1' from='mallory@evil.example/x'>"
                       "<query xmlns='urn:test' forged='yes'/></iq>"_s.arg(id));
        m_server->send(
            u"<iq type='result' id='%1' from='%2'><query xmlns='urn:test'/></iq>"_s.arg(id, to));
    };
    Iq request(Iq::Type::Get, XmlElement(u"query"_s, u"urn:test"_s));
    request.setTo(Jid::fromString(u"bob@localhost/desk"));
    QList<IqResult> results;
    client->sendIq(request, this, [&](const IqResult& result) { results.append(result); });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 5000);
    QVERIFY(results.first().isSuccess());
    QCOMPARE(results.first().response.from().toString(), u"bob@localhost/desk"_s);
    QVERIFY(!results.first().response.payload().hasAttribute(u"forged"));
    QTest::qWait(200);
    QCOMPARE(results.size(), 1);
}

void NegotiationTest::seeOtherHost()
{
    ScriptedServer other;
    QVERIFY(other.start(
        QFINDTESTDATA("data/scripted-server.crt"), QFINDTESTDATA("data/scripted-server.key")));
    m_server->behaviour().streamErrorOnOpen = StreamError::Condition::SeeOtherHost;
    m_server->behaviour().otherHost = u"127.0.0.1:"_s + QString::number(other.serverPort());
    auto client = makeClient(*m_server);
    QSignalSpy started(client.get(), &Client::sessionStarted);
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    client->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ConnectionError>().streamCondition,
        StreamError::Condition::SeeOtherHost);
    QCOMPARE(other.record().connections, 1);
    QVERIFY(other.record().authenticated);
    QVERIFY(!m_server->record().authenticated);
    QVERIFY(client->isConnected());
}

void NegotiationTest::streamErrorsDecideReconnection_data()
{
    QTest::addColumn<StreamError::Condition>("condition");
    QTest::addColumn<bool>("reconnects");
    QTest::newRow("system-shutdown") << StreamError::Condition::SystemShutdown << true;
    QTest::newRow("connection-timeout") << StreamError::Condition::ConnectionTimeout << true;
    QTest::newRow("conflict") << StreamError::Condition::Conflict << false;
    QTest::newRow("host-unknown") << StreamError::Condition::HostUnknown << false;
    QTest::newRow("unsupported-version") << StreamError::Condition::UnsupportedVersion << false;
}

void NegotiationTest::streamErrorsDecideReconnection()
{
    QFETCH(StreamError::Condition, condition);
    QFETCH(bool, reconnects);
    m_server->behaviour().streamErrorAfterBind = condition;
    auto client = makeClient(*m_server);
    const ConnectionError error = runUntilError(*client);
    QCOMPARE(error.kind, ConnectionError::Kind::StreamErrorReceived);
    QCOMPARE(error.streamCondition, condition);
    QCOMPARE(error.isRecoverable(), reconnects);
    if (reconnects) {
        QTRY_COMPARE_WITH_TIMEOUT(m_server->record().connections, 2, 10000);
    } else {
        QTest::qWait(1000);
        QCOMPARE(m_server->record().connections, 1);
        QCOMPARE(client->state(), Client::State::Disconnected);
    }
    client->disconnectFromServer();
}

void NegotiationTest::hostileXmlEndsTheStream_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("condition");
    QTest::newRow("billion laughs")
        << QByteArray("<!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;'>]>")
        << u"restricted-xml"_s;
    QTest::newRow("comment") << QByteArray("<!-- hello -->") << u"restricted-xml"_s;
    QTest::newRow("not well-formed")
        << QByteArray("<message><body></message>") << u"not-well-formed"_s;
    QTest::newRow("huge stanza") << "<message><body>" + QByteArray(2 * 1024 * 1024, 'x')
            + "</body></message>" << u"policy-violation"_s;
}

void NegotiationTest::hostileXmlEndsTheStream()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, condition);
    m_server->behaviour().rawAfterBind = raw;
    auto client = makeClient(*m_server);
    const ConnectionError error = runUntilError(*client);
    QCOMPARE(error.kind, ConnectionError::Kind::ServerProtocolError);
    QTRY_COMPARE(m_server->record().streamErrorsReceived, QStringList {condition});
    client->disconnectFromServer();
}

// Each session gets as far as binding and is then ended by the server: without a session
// that lasts, the back-off keeps growing instead of starting over after every bind.
void NegotiationTest::sessionsThatDieYoungBackOff()
{
    m_server->behaviour().streamErrorAfterBind = StreamError::Condition::SystemShutdown;
    auto client = makeClient(*m_server);
    ReconnectPolicy policy;
    policy.initialDelayMs = 50;
    client->setReconnectPolicy(policy);
    QSignalSpy started(client.get(), &Client::sessionStarted);
    client->connectToServer();
    QTest::qWait(2000);
    // 50, 100, 200, 400, 800 ms at most between them: no more than 6 sessions in 2 s (with
    // the back-off starting over, there were over 20).
    QVERIFY2(
        started.size() >= 3 && started.size() <= 6, qPrintable(QString::number(started.size())));
    client->disconnectFromServer();
}

// Data keeps coming, a byte at a time, but the stanza never ends: the stream is given up
// instead of being held open (and looking alive) for ever.
void NegotiationTest::tricklingStanzaTimesOut()
{
    auto client = makeClient(*m_server);
    ConnectionSettings settings = client->settings();
    settings.stanzaTimeoutMs = 1000;
    client->setSettings(settings);
    QSignalSpy started(client.get(), &Client::sessionStarted);
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    client->connectToServer();
    QVERIFY(started.wait(10000));
    m_server->send(u"<message from='bob@localhost/x'><body>"_s);
    QTimer trickle;
    connect(&trickle, &QTimer::timeout, this, [this] { m_server->send(u"x"_s); });
    trickle.start(100);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
    QCOMPARE(errors.first().first().value<ConnectionError>().kind, ConnectionError::Kind::Timeout);
    trickle.stop();
    client->disconnectFromServer();
}

// A stanza too large to read ends the stream, but is counted as handled first, so that the
// server does not send it again when the session is resumed.
void NegotiationTest::oversizedStanzaIsAcknowledgedBeforeTheStreamEnds()
{
    m_server->behaviour().extraFeatures = u"<sm xmlns='urn:xmpp:sm:3'/>"_s;
    auto client = makeClient(*m_server);
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    client->connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->record().nonzas.contains(u"enable"_s), 10000);
    m_server->send(u"<message from='bob@localhost/x'><body>first</body></message>"_s);
    m_server->send(u"<message from='bob@localhost/x'><body>"_s + QString(2 * 1024 * 1024, u'x')
        + u"</body></message>"_s);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    QTRY_COMPARE(m_server->record().streamErrorsReceived, QStringList {u"policy-violation"_s});
    QVERIFY(!m_server->record().acknowledged.isEmpty());
    QCOMPARE(m_server->record().acknowledged.last(), 2);
    client->disconnectFromServer();
}

void NegotiationTest::brokenStanzasAreLeftOutAlone_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("reply"); // the error condition sent back, if any
    const QByteArray deep = QByteArray("<a>").repeated(40) + QByteArray("</a>").repeated(40);
    QByteArray attributes;
    for (int i = 0; i < 200; ++i) {
        attributes += " a" + QByteArray::number(i) + "='1'";
    }
    QTest::newRow("message nested too deep")
        << "<message from='bob@localhost/x' id='m1'><body>hi</body>" + deep + "</message>"
        << QString();
    QTest::newRow("iq get nested too deep")
        << "<iq type='get' from='bob@localhost/x' id='q1'><query xmlns='urn:x'>" + deep
            + "</query></iq>"
        << u"policy-violation"_s;
    QTest::newRow("presence with too many attributes")
        << "<presence from='bob@localhost/x'><c" + attributes + "/></presence>" << QString();
    QTest::newRow("sender that does not parse")
        << QByteArray("<message from='bob@@localhost' id='m2'><body>hi</body></message>")
        << QString();
    QTest::newRow("recipient that does not parse") << QByteArray(
        "<iq type='set' to='a@b@c' from='bob@localhost/x' id='q2'><query "
        "xmlns='jabber:iq:roster'/></iq>") << u"policy-violation"_s;
}

// Contained, not escalated: each is left out on its own and the session stays up, so a
// stanza a contact can get relayed never ends the stream (and returns after each reconnect).
void NegotiationTest::brokenStanzasAreLeftOutAlone()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, reply);
    m_server->behaviour().rawAfterBind
        = raw + "<message from='bob@localhost/x' id='after'><body>still here</body></message>";
    auto client = makeClient(*m_server);
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    QSignalSpy dropped(client.get(), &Client::stanzaDropped);
    QSignalSpy messages(client.get(), &Client::messageReceived);
    client->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 10000);
    QCOMPARE(messages.first().first().value<Message>().id(), u"after"_s);
    QCOMPARE(dropped.size(), 1);
    QVERIFY(client->isConnected());
    QVERIFY(errors.isEmpty());
    QVERIFY(m_server->record().streamErrorsReceived.isEmpty());
    const auto errorReply = [this] {
        for (const XmlElement& stanza : m_server->record().stanzas) {
            if (stanza.name() == u"iq" && stanza.attribute(u"type") == u"error") {
                return stanza.firstChild(u"error", Ns::Client).firstChildElement().name();
            }
        }
        return QString();
    };
    if (!reply.isEmpty()) {
        QTRY_COMPARE(errorReply(), reply);
    } else {
        QTest::qWait(100);
        QCOMPARE(errorReply(), QString());
    }
    client->disconnectFromServer();
}

QTEST_GUILESS_MAIN(NegotiationTest)
#include "tst_negotiation.moc"

// Server discovery through real DNS SRV lookups (RFC 6120 §3.2, XEP-0368), answered by a fake
// DNS server on loopback, then a login to Prosody at the address found.
#include "FakeDnsServer.h"
#include "ServerTest.h"
#include "localserver/ProsodyServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

class DnsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolverMergesBothServices();
    void resolverFallsBackToTheDomain();
    void loginThroughSrvSkipsDeadTargets();

private:
    FakeDnsServer m_dns;
    ProsodyServer m_prosody;
};

void DnsTest::initTestCase()
{
    if (!m_dns.start()) {
        const QString why
            = u"cannot answer DNS on 127.0.0.153:53 (needs root): "_s + m_dns.errorString();
        if (serverMissingIsFailure()) {
            QFAIL(qPrintable(why));
        }
        QSKIP(qPrintable(why));
    }
    PALAVER_START_SERVER(m_prosody, (QList<ServerAccount> {{u"alice"_s, u"pw"_s}}));
}

void DnsTest::resolverMergesBothServices()
{
    m_dns.setSrvRecords(
        u"_xmpps-client._tcp.example.test"_s, {{u"tls.example.test"_s, 443, 5, 0, true}});
    m_dns.setSrvRecords(u"_xmpp-client._tcp.example.test"_s,
        {{u"b.example.test"_s, 5222, 10, 0, false}, {u"a.example.test"_s, 5269, 1, 0, false}});
    ServerResolver resolver;
    resolver.setNameserver(m_dns.address());
    QSignalSpy resolved(&resolver, &ServerResolver::resolved);
    resolver.resolve(u"example.test"_s);
    QVERIFY(resolved.wait(10000));
    const auto targets = resolved.first().first().value<QList<ServerTarget>>();
    QCOMPARE(targets,
        (QList<ServerTarget> {{u"a.example.test"_s, 5269, false},
            {u"tls.example.test"_s, 443, true}, {u"b.example.test"_s, 5222, false}}));
}

void DnsTest::resolverFallsBackToTheDomain()
{
    ServerResolver resolver;
    resolver.setNameserver(m_dns.address());
    QSignalSpy resolved(&resolver, &ServerResolver::resolved);
    resolver.resolve(u"nothing.test"_s);
    QVERIFY(resolved.wait(10000));
    QCOMPARE(resolved.first().first().value<QList<ServerTarget>>(),
        (QList<ServerTarget> {{u"nothing.test"_s, 5222, false}}));
}

void DnsTest::loginThroughSrvSkipsDeadTargets()
{
    // Best priority first: a direct TLS target where nothing listens, then the real one.
    m_dns.setSrvRecords(u"_xmpps-client._tcp.localhost"_s, {{u"localhost"_s, 1, 1, 0, true}});
    m_dns.setSrvRecords(
        u"_xmpp-client._tcp.localhost"_s, {{u"localhost"_s, m_prosody.port(), 5, 0, false}});
    ConnectionSettings settings = m_prosody.settingsFor(u"alice"_s);
    settings.host.clear();
    settings.port = 0;
    auto client = makeTestClient(settings);
    client->resolver().setNameserver(m_dns.address());
    QSignalSpy started(client.get(), &Client::sessionStarted);
    const int queriesBefore = m_dns.queries();
    client->connectToServer();
    QVERIFY(started.wait(15000));
    QCOMPARE(m_dns.queries() - queriesBefore, 2);
    QCOMPARE(client->jid().bare().toString(), u"alice@localhost"_s);
}

QTEST_GUILESS_MAIN(DnsTest)
#include "tst_dns.moc"

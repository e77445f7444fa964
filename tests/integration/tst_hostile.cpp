// Hostile peers against a real Prosody: a contact (a raw client, see RawXmppPeer) sends
// stanzas that break Palaver's limits, and each must cost nothing but itself: the session
// stays up, no login loop follows (live, after resumption, or from the archive), the messages
// around it arrive once, and memory stays bounded. The longest stall of the thread is printed.
#include "AccountHarness.h"
#include "RawXmppPeer.h"
#include "ServerTest.h"
#include "StallProbe.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/modules/messaging/MessageModule.h"

#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_LINUX
#include <QFile>
#endif

using namespace Palaver::Xmpp;
using namespace Palaver::Im;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

namespace {
const Jid Alice = Jid::fromString(u"alice@localhost"_s);
const Jid Mallory = Jid::fromString(u"mallory@localhost"_s);

QByteArray nested(int depth)
{
    return QByteArray("<a>").repeated(depth) + QByteArray("</a>").repeated(depth);
}

QByteArray attributes(int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i) {
        text += " a" + QByteArray::number(i) + "='v'";
    }
    return text;
}

QByteArray chat(const QByteArray& id, const QByteArray& body, const QByteArray& extra = {})
{
    return "<message to='alice@localhost' type='chat' id='" + id + "'><body>" + body + "</body>"
        + extra + "</message>";
}

int countBody(const QList<MessageRecord>& records, const QString& body)
{
    return int(std::count_if(records.begin(), records.end(),
        [&body](const MessageRecord& record) { return record.body == body; }));
}

// Resident memory in KiB, where the system tells.
qint64 residentKiB()
{
#ifdef Q_OS_LINUX
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                return line.mid(6).trimmed().split(' ').first().toLongLong();
            }
        }
    }
#endif
    return 0;
}
} // namespace

class HostileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void brokenStanzasCostOnlyThemselves_data();
    void brokenStanzasCostOnlyThemselves();
    void poisonMessageNeverLoops();

private:
    ProsodyServer m_prosody;
};

void HostileTest::initTestCase()
{
    const QList<ServerAccount> accounts {
        {u"alice"_s, u"pw-alice"_s, {{u"mallory"_s, u"Mallory"_s, u"Friends"_s}}},
        {u"mallory"_s, u"pw-mallory"_s, {{u"alice"_s, u"Alice"_s, u"Friends"_s}}},
    };
    PALAVER_START_SERVER(m_prosody, accounts);
}

void HostileTest::brokenStanzasCostOnlyThemselves_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("dropped"); // stanzas Palaver must leave out
    QTest::addColumn<QByteArray>("answer"); // what the sender must get back, if anything

    QTest::newRow("message nested 35 deep")
        << chat("deep", "poison", "<x xmlns='urn:x'>" + nested(34) + "</x>") << 1 << QByteArray();
    QTest::newRow("200 attributes")
        << chat("attrs", "poison", "<x xmlns='urn:x'" + attributes(200) + "/>") << 1
        << QByteArray();
    QTest::newRow("300 namespace declarations") << chat(
        "ns", "poison", "<x xmlns='urn:x'" + QByteArray(" xmlns:p='u'") + attributes(300) + "/>")
                                                << 1 << QByteArray();
    QTest::newRow("iq request nested too deep")
        << "<iq type='get' to='alice@localhost/desk' id='deep-iq'><query xmlns='urn:x'>"
            + nested(40) + "</query></iq>"
        << 1 << QByteArray("policy-violation");
    QTest::newRow("presence nested too deep")
        << "<presence to='alice@localhost'><x xmlns='urn:x'>" + nested(40) + "</x></presence>" << 1
        << QByteArray();
    const QByteArray pair = chat("b1", "poison", "<x xmlns='urn:x'>" + nested(50) + "</x>")
        + chat("b2", "poison", "<x xmlns='urn:x'" + attributes(100) + "/>");
    QTest::newRow("a burst of them") << pair.repeated(50) << 100 << QByteArray();
}

void HostileTest::brokenStanzasCostOnlyThemselves()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, dropped);
    QFETCH(QByteArray, answer);

    AccountHarness alice(m_prosody, u"alice"_s, u"desk"_s);
    QVERIFY(alice.signIn());
    Client& client = alice.account().client();
    // Prosody says it stamps stanza-ids (XEP-0359), so its archive ids are believed.
    QTRY_VERIFY(client.findModule<MessageModule>()->trustsStanzaIds());
    QSignalSpy sessions(&client, &Client::sessionStarted);
    QSignalSpy errors(&client, &Client::errorOccurred);
    QSignalSpy droppedSpy(&client, &Client::stanzaDropped);
    RawXmppPeer mallory(m_prosody);
    QVERIFY(mallory.signIn(u"mallory"_s));
    const qint64 memoryBefore = residentKiB();
    StallProbe probe;
    probe.start();

    QVERIFY(mallory.sendRaw(chat("before", "before") + raw + chat("after", "after")));
    QVERIFY(alice.waitForHistory(
        Mallory, [](const QList<MessageRecord>& h) { return countBody(h, u"after"_s) > 0; }));
    QTRY_COMPARE(droppedSpy.size(), dropped);
    if (!answer.isEmpty()) {
        QVERIFY2(mallory.waitForReceived(answer), mallory.received().right(500).constData());
    }
    probe.stop();
    qInfo("longest stall %lld ms, memory %+lld KiB", probe.longestStallMs(),
        residentKiB() - memoryBefore);

    const QList<MessageRecord> history = alice.history(Mallory);
    QCOMPARE(countBody(history, u"before"_s), 1);
    QCOMPARE(countBody(history, u"after"_s), 1);
    QCOMPARE(countBody(history, u"poison"_s), 0);
    QVERIFY(client.isConnected());
    QCOMPARE(sessions.size(), 0);
    QCOMPARE(errors.size(), 0);
    QVERIFY(mallory.isConnected());
    QVERIFY(residentKiB() - memoryBefore < 64 * 1024);
    mallory.disconnect();
}

// The loop the limits once made: a poison message ended the stream, came back with
// resumption or the archive catch-up, and ended it again, about once a second for good.
// Over a minute with one cut link (resumption) and one restart (the archive catch-up),
// Palaver signs in exactly three times.
void HostileTest::poisonMessageNeverLoops()
{
    QElapsedTimer minute;
    minute.start();
    QTemporaryDir profile;
    int logins = 0;
    auto alice = std::make_unique<AccountHarness>(m_prosody, u"alice"_s, u"desk"_s, profile.path());
    QObject::connect(&alice->account().client(), &Client::sessionStarted, this, [&] { ++logins; });
    QVERIFY(alice->signIn());

    RawXmppPeer mallory(m_prosody);
    QVERIFY(mallory.signIn(u"mallory"_s));
    QVERIFY(mallory.sendRaw(chat("poison", "poison", "<x xmlns='urn:x'>" + nested(34) + "</x>")
        + chat("after-poison", "after poison")));
    QVERIFY(alice->waitForHistory(Mallory,
        [](const QList<MessageRecord>& h) { return countBody(h, u"after poison"_s) == 1; }));

    // Cut: the session is resumed; whatever was not acknowledged comes again.
    QSignalSpy resumed(&alice->account().client(), &Client::sessionStarted);
    alice->account().client().abortConnection(
        ConnectionError::make(ConnectionError::Kind::ConnectionLost, u"cut by the test"_s));
    QVERIFY(resumed.wait(15000));

    // Offline, another poison is archived; the archive catch-up after the restart brings it.
    alice.reset();
    QVERIFY(mallory.sendRaw(chat("poison2", "poison", "<x xmlns='urn:x'>" + nested(34) + "</x>")
        + chat("away", "while away")));
    QVERIFY(mallory.flush());
    QTest::qWait(500);
    alice = std::make_unique<AccountHarness>(m_prosody, u"alice"_s, u"desk"_s, profile.path());
    QObject::connect(&alice->account().client(), &Client::sessionStarted, this, [&] { ++logins; });
    QVERIFY(alice->signIn());
    QVERIFY(alice->waitForHistory(
        Mallory, [](const QList<MessageRecord>& h) { return countBody(h, u"while away"_s) == 1; }));

    QTest::qWait(int(qMax<qint64>(0, 60000 - minute.elapsed())));
    QCOMPARE(logins, 3);
    QVERIFY(alice->account().client().isConnected());
    const QList<MessageRecord> history = alice->history(Mallory);
    QCOMPARE(countBody(history, u"after poison"_s), 1);
    QCOMPARE(countBody(history, u"while away"_s), 1);
    QCOMPARE(countBody(history, u"poison"_s), 0);
    mallory.disconnect();
}

QTEST_GUILESS_MAIN(HostileTest)
#include "tst_hostile.moc"

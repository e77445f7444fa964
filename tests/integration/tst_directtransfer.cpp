// Files straight to a contact's device (Jingle file transfer, XEP-0234) between two accounts
// on a real Prosody with its bytestream proxy: a direct SOCKS5 connection, the server's proxy
// (XEP-0065) and in-band through the server (XEP-0047) when neither connects, each with the
// bytes checked against the offer's hash; a declined offer, a cancelled transfer, a forged
// hash and an offer from a stranger.
#include "AccountHarness.h"
#include "ServerTest.h"
#include "SlixmppPeer.h"
#include "TestFiles.h"
#include "im/services/RosterService.h"
#include "im/transfers/DirectTransfers.h"
#include "im/transfers/FileDownloads.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/modules/xep0234_jingle/JingleFileTransferModule.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Im;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

namespace {
bool settled(const DirectTransfer* transfer, int timeoutMs = 30000)
{
    return QTest::qWaitFor(
        [transfer] {
            return transfer->state() == DirectTransfer::State::Done
                || transfer->state() == DirectTransfer::State::Failed;
        },
        timeoutMs);
}
} // namespace

class DirectTransferTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fileGoesStraightToTheContact_data();
    void fileGoesStraightToTheContact();
    void declinedOfferSendsNothing();
    void cancelledTransferLeavesNothing();
    void forgedHashIsRefused();
    void strangersCannotOffer();
    void slixmppBothWays_data();
    void slixmppBothWays();

private:
    // The next offer ben's device gets.
    DirectTransfer* nextOfferToBen();

    std::unique_ptr<ProsodyServer> m_prosody;
    std::unique_ptr<AccountHarness> m_ann;
    std::unique_ptr<AccountHarness> m_ben;
    QTemporaryDir m_files;
    std::unique_ptr<QTemporaryDir> m_received;
};

void DirectTransferTest::initTestCase()
{
    ProsodyServer::Options options;
    options.bytestreamProxy = true;
    m_prosody = std::make_unique<ProsodyServer>(options);
    PALAVER_START_SERVER(*m_prosody,
        (QList<ServerAccount> {
            {u"ann"_s, u"pw-ann"_s, {{u"ben"_s, u"Ben"_s, {}}, {u"sly"_s, u"Sly"_s, {}}}},
            {u"ben"_s, u"pw-ben"_s, {{u"ann"_s, u"Ann"_s, {}}}}, {u"eve"_s, u"pw-eve"_s},
            {u"sly"_s, u"pw-sly"_s, {{u"ann"_s, u"Ann"_s, {}}}}}));
}

void DirectTransferTest::init()
{
    m_ann = std::make_unique<AccountHarness>(*m_prosody, u"ann"_s, u"laptop"_s);
    m_ben = std::make_unique<AccountHarness>(*m_prosody, u"ben"_s, u"desktop"_s);
    m_received = std::make_unique<QTemporaryDir>();
    m_ben->account().downloads().setFolder(m_received->path());
    m_ann->account().downloads().setFolder(m_received->path());
    QVERIFY(m_ann->signIn());
    QVERIFY(m_ben->signIn());
    // Ann sees ben's device and what it can do (its capabilities, XEP-0115).
    QVERIFY(QTest::qWaitFor(
        [this] {
            return m_ann->account().directTransfers().deviceFor(Jid::fromString(u"ben@localhost"_s))
                == m_ben->fullJid();
        },
        15000));
}

void DirectTransferTest::cleanup()
{
    m_ann.reset();
    m_ben.reset();
}

DirectTransfer* DirectTransferTest::nextOfferToBen()
{
    QSignalSpy offered(&m_ben->account().directTransfers(), &DirectTransfers::transferAdded);
    if (!offered.wait(15000)) {
        return nullptr;
    }
    return offered.first().at(1).value<DirectTransfer*>();
}

void DirectTransferTest::fileGoesStraightToTheContact_data()
{
    QTest::addColumn<bool>("direct");
    QTest::addColumn<bool>("proxy");
    QTest::addColumn<JingleSession::Method>("method");
    QTest::newRow("direct") << true << true << JingleSession::Method::Direct;
    QTest::newRow("through the server's proxy") << false << true << JingleSession::Method::Proxy;
    QTest::newRow("in-band") << false << false << JingleSession::Method::InBand;
}

void DirectTransferTest::fileGoesStraightToTheContact()
{
    QFETCH(bool, direct);
    QFETCH(bool, proxy);
    QFETCH(JingleSession::Method, method);
    for (AccountHarness* side : {m_ann.get(), m_ben.get()}) {
        JingleFileTransferModule& module = side->account().directTransfers().module();
        if (!direct) {
            module.setDirectAddresses(QList<QHostAddress> {});
        }
        module.setProxyAllowed(proxy);
    }
    if (proxy) {
        QVERIFY(QTest::qWaitFor(
            [this] { return m_ann->account().directTransfers().module().proxy().has_value(); },
            10000));
        QCOMPARE(m_ann->account().directTransfers().module().proxy()->jid.toString(),
            m_prosody->proxyDomain());
    }
    const QByteArray bytes
        = randomBytes(method == JingleSession::Method::InBand ? 300000 : 3 * 1024 * 1024);
    const QString path = writeTestFile(m_files.path(), u"holiday notes.pdf"_s, bytes);

    DirectTransfer* sent
        = m_ann->account().directTransfers().send(Jid::fromString(u"ben@localhost"_s), path);
    QVERIFY(sent);
    DirectTransfer* received = nextOfferToBen();
    QVERIFY(received);
    QCOMPARE(received->direction(), JingleSession::Direction::Incoming);
    QCOMPARE(received->name(), u"holiday notes.pdf"_s);
    QCOMPARE(received->size(), bytes.size());
    QCOMPARE(received->state(), DirectTransfer::State::Offered);
    QCOMPARE(received->device().bare(), Jid::fromString(u"ann@localhost"_s));
    received->accept();
    QVERIFY(settled(received));
    QVERIFY(settled(sent));
    QCOMPARE(received->state(), DirectTransfer::State::Done);
    QCOMPARE(sent->state(), DirectTransfer::State::Done);
    QCOMPARE(received->method(), method);
    QCOMPARE(sent->method(), method);
    QCOMPARE(received->path(), QDir(m_received->path()).filePath(u"holiday notes.pdf"_s));
    QFile file(received->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    // Nothing else left behind: no part file.
    QCOMPARE(QDir(m_received->path()).entryList(QDir::Files).size(), 1);
}

void DirectTransferTest::declinedOfferSendsNothing()
{
    const QString path = writeTestFile(m_files.path(), u"unwanted.txt"_s, "no thanks");
    DirectTransfer* sent
        = m_ann->account().directTransfers().send(Jid::fromString(u"ben@localhost"_s), path);
    DirectTransfer* received = nextOfferToBen();
    QVERIFY(received);
    received->decline();
    QVERIFY(settled(sent));
    QCOMPARE(sent->state(), DirectTransfer::State::Failed);
    QCOMPARE(sent->sessionFailure(), JingleSession::Failure::Declined);
    QCOMPARE(received->state(), DirectTransfer::State::Failed);
    QVERIFY(QDir(m_received->path()).entryList(QDir::Files).isEmpty());
}

void DirectTransferTest::cancelledTransferLeavesNothing()
{
    // In-band, so it goes slowly enough to be cancelled halfway.
    for (AccountHarness* side : {m_ann.get(), m_ben.get()}) {
        side->account().directTransfers().module().setDirectAddresses(QList<QHostAddress> {});
        side->account().directTransfers().module().setProxyAllowed(false);
    }
    const QString path = writeTestFile(m_files.path(), u"big.bin"_s, randomBytes(4000000));
    DirectTransfer* sent
        = m_ann->account().directTransfers().send(Jid::fromString(u"ben@localhost"_s), path);
    DirectTransfer* received = nextOfferToBen();
    QVERIFY(received);
    received->accept();
    QVERIFY(QTest::qWaitFor([received] { return received->transferred() > 0; }, 15000));
    sent->cancel();
    QVERIFY(settled(received));
    QCOMPARE(received->state(), DirectTransfer::State::Failed);
    QCOMPARE(received->sessionFailure(), JingleSession::Failure::CancelledByPeer);
    QCOMPARE(sent->sessionFailure(), JingleSession::Failure::Cancelled);
    QVERIFY(QDir(m_received->path()).entryList(QDir::Files).isEmpty());
}

void DirectTransferTest::forgedHashIsRefused()
{
    QByteArray bytes = randomBytes(100000);
    QBuffer source(&bytes);
    QVERIFY(source.open(QIODevice::ReadOnly));
    JingleFile file;
    file.name = u"forged.bin"_s;
    file.size = bytes.size();
    file.sha256 = QCryptographicHash::hash("something else", QCryptographicHash::Sha256);
    JingleSession* sent
        = m_ann->account().directTransfers().module().offer(m_ben->fullJid(), file, &source);
    DirectTransfer* received = nextOfferToBen();
    QVERIFY(received);
    received->accept();
    QVERIFY(settled(received));
    QCOMPARE(received->state(), DirectTransfer::State::Failed);
    QCOMPARE(received->sessionFailure(), JingleSession::Failure::Damaged);
    QVERIFY(QTest::qWaitFor([sent] { return sent->state() == JingleSession::State::Failed; }));
    QCOMPARE(sent->failure(), JingleSession::Failure::Damaged);
    QVERIFY(QDir(m_received->path()).entryList(QDir::Files).isEmpty());
}

void DirectTransferTest::strangersCannotOffer()
{
    AccountHarness eve(*m_prosody, u"eve"_s, u"somewhere"_s);
    QVERIFY(eve.signIn());
    QByteArray bytes("a gift");
    QBuffer source(&bytes);
    QVERIFY(source.open(QIODevice::ReadOnly));
    JingleFile file;
    file.name = u"gift.exe"_s;
    file.size = bytes.size();
    QSignalSpy offered(&m_ben->account().directTransfers(), &DirectTransfers::transferAdded);
    JingleSession* sent
        = eve.account().directTransfers().module().offer(m_ben->fullJid(), file, &source);
    QVERIFY(QTest::qWaitFor([sent] { return sent->state() == JingleSession::State::Failed; }));
    QCOMPARE(sent->failure(), JingleSession::Failure::Refused);
    QCOMPARE(offered.size(), 0);
}

void DirectTransferTest::slixmppBothWays_data()
{
    QTest::addColumn<QString>("transport");
    QTest::addColumn<JingleSession::Method>("method");
    QTest::newRow("SOCKS5 to our listener") << u"s5b"_s << JingleSession::Method::Direct;
    QTest::newRow("in-band") << u"ibb"_s << JingleSession::Method::InBand;
}

// slixmpp, a client we did not write: its SOCKS5 client and in-band bytestreams carry the
// bytes, the Jingle signalling is the test peer's own reading of the XEPs.
void DirectTransferTest::slixmppBothWays()
{
    QFETCH(QString, transport);
    QFETCH(JingleSession::Method, method);
    if (!SlixmppPeer::isInstalled()) {
        if (serverMissingIsFailure()) {
            QFAIL("python3-slixmpp is not installed");
        }
        QSKIP("python3-slixmpp is not installed");
    }
    SlixmppPeer sly(*m_prosody, u"sly"_s, u"pw-sly"_s);
    QVERIFY2(sly.start(), qPrintable(sly.errorString()));
    const Jid slyJid = Jid::fromString(u"sly@localhost"_s);
    DirectTransfers& transfers = m_ann->account().directTransfers();
    // Ann finds slixmpp's device by its capabilities (XEP-0115).
    QVERIFY(QTest::qWaitFor([&] { return transfers.deviceFor(slyJid).has_value(); }, 15000));

    // From Palaver to slixmpp.
    const QByteArray ours = randomBytes(transport == u"ibb" ? 100000 : 1024 * 1024);
    const QString ourPath = writeTestFile(m_files.path(), u"to sly.bin"_s, ours);
    QVERIFY(sly.run(
        {{u"do"_s, u"jingle_receive_mode"_s}, {u"to"_s, QString()}, {u"mode"_s, transport}}));
    DirectTransfer* sent = transfers.send(slyJid, ourPath);
    QVERIFY(sent);
    const QJsonObject received = sly.waitForEvent(u"jingle_received"_s, 30000);
    QVERIFY(!received.isEmpty());
    QCOMPARE(received.value(u"name"_s).toString(), u"to sly.bin"_s);
    QVERIFY(received.value(u"whole"_s).toBool());
    QCOMPARE(received.value(u"sha256"_s).toString(),
        QString::fromLatin1(QCryptographicHash::hash(ours, QCryptographicHash::Sha256).toHex()));
    QVERIFY(settled(sent));
    QCOMPARE(sent->state(), DirectTransfer::State::Done);
    QCOMPARE(sent->method(), method);

    // From slixmpp to Palaver.
    const QByteArray theirs = randomBytes(transport == u"ibb" ? 90000 : 900 * 1024, 7);
    const QString theirPath = writeTestFile(m_files.path(), u"from sly.bin"_s, theirs);
    QSignalSpy offered(&transfers, &DirectTransfers::transferAdded);
    QVERIFY(sly.run({{u"do"_s, u"jingle_send"_s}, {u"to"_s, m_ann->fullJid().toString()},
        {u"path"_s, theirPath}, {u"transport"_s, transport}}));
    QTRY_VERIFY_WITH_TIMEOUT(offered.size() == 1, 15000);
    auto* incoming = offered.first().at(1).value<DirectTransfer*>();
    QCOMPARE(incoming->name(), u"from sly.bin"_s);
    incoming->accept();
    QVERIFY(settled(incoming));
    QCOMPARE(incoming->state(), DirectTransfer::State::Done);
    QCOMPARE(incoming->method(), method);
    QFile file(incoming->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), theirs);
    const QJsonObject ended = sly.waitForEvent(u"jingle_sent"_s, 15000);
    QCOMPARE(ended.value(u"reason"_s).toString(), u"success"_s);
}

QTEST_GUILESS_MAIN(DirectTransferTest)
#include "tst_directtransfer.moc"

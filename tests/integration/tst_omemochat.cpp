// OMEMO between Palaver devices through a real Prosody (XEP-0384 v0.3): each device publishes
// its device list entry and bundle through PEP, a message to a contact is encrypted for the
// contact's device and our own other device and read by both, the answer comes back, a
// message read twice is refused, one not encrypted for this device says so, the lists are
// open to people outside the roster, and a device list a stranger sends in a message is
// ignored.
#include "ServerTest.h"
#include "SlixmppPeer.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/Client.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/core/Presence.h"
#include "xmpp/modules/xep0030_disco/DiscoModule.h"
#include "xmpp/modules/xep0384_omemo/OmemoModule.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

namespace {
const Jid Ann = Jid::fromString(u"ann@localhost"_s);
const Jid Ben = Jid::fromString(u"ben@localhost"_s);

struct Device
{
    std::unique_ptr<OmemoStore> store = std::make_unique<OmemoStore>();
    std::unique_ptr<Client> client;
    OmemoModule* omemo = nullptr;
    QList<Message> received; // messages carrying OMEMO
};
} // namespace

class OmemoChatTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void devicesTalkEncrypted();
    void pythonOmemoBothWays();

private:
    bool signIn(Device& device, const QString& user, const QString& resource);
    // Waits until device knows owner's list with this many devices.
    bool knowsDevices(Device& device, const Jid& owner, qsizetype count);
    std::optional<Message> encrypt(Device& device, const Jid& to, const QString& text);

    ProsodyServer m_prosody;
};

void OmemoChatTest::initTestCase()
{
    PALAVER_START_SERVER(m_prosody,
        (QList<ServerAccount> {{u"ann"_s, u"pw-ann"_s, {{u"ben"_s, u"Ben"_s, {}}}},
            {u"ben"_s, u"pw-ben"_s, {{u"ann"_s, u"Ann"_s, {}}}}, {u"eve"_s, u"pw-eve"_s},
            {u"sly"_s, u"pw-sly"_s}}));
}

bool OmemoChatTest::signIn(Device& device, const QString& user, const QString& resource)
{
    ConnectionSettings settings = m_prosody.settingsFor(user);
    settings.jid = settings.jid.withResource(resource);
    device.client = makeTestClient(settings);
    device.client->addModule(new DiscoModule);
    device.omemo = new OmemoModule(*device.store);
    device.client->addModule(device.omemo);
    QObject::connect(device.client.get(), &Client::messageReceived, device.client.get(),
        [&device](const Message& message) {
            if (!message.payload(u"encrypted", OmemoNodes::Namespace).isNull()) {
                device.received.append(message);
            }
        });
    QSignalSpy published(device.omemo, &OmemoModule::published);
    device.client->connectToServer();
    if (!waitForState(*device.client, Client::State::Connected) || !published.wait(10000)) {
        return false;
    }
    device.client->send(
        Presence(Presence::Type::Available)); // available: messages to the bare address come here
    return true;
}

bool OmemoChatTest::knowsDevices(Device& device, const Jid& owner, qsizetype count)
{
    return QTest::qWaitFor(
        [&] {
            if (device.omemo->devices(owner).size() >= count) {
                return true;
            }
            bool fetched = false;
            device.omemo->refreshDevices(
                owner, device.client.get(), [&fetched] { fetched = true; });
            (void)QTest::qWaitFor([&fetched] { return fetched; }, 5000);
            return device.omemo->devices(owner).size() >= count;
        },
        15000);
}

std::optional<Message> OmemoChatTest::encrypt(Device& device, const Jid& to, const QString& text)
{
    std::optional<Message> sealed;
    bool done = false;
    device.omemo->encrypt(to, text, device.client.get(),
        [&](const std::optional<Message>& message, OmemoModule::Failure) {
            sealed = message;
            done = true;
        });
    (void)QTest::qWaitFor([&done] { return done; }, 15000);
    return sealed;
}

void OmemoChatTest::devicesTalkEncrypted()
{
    Device laptop;
    Device tablet;
    Device phone;
    QVERIFY(signIn(laptop, u"ann"_s, u"laptop"_s));
    QVERIFY(signIn(tablet, u"ann"_s, u"tablet"_s));
    QVERIFY(signIn(phone, u"ben"_s, u"phone"_s));
    QVERIFY(laptop.omemo->deviceId() != tablet.omemo->deviceId());
    QVERIFY(knowsDevices(laptop, Ann, 2));
    QVERIFY(knowsDevices(laptop, Ben, 1));
    QCOMPARE(laptop.omemo->devices(Ben), QList<quint32> {phone.omemo->deviceId()});

    // Ann's laptop writes to Ben: his phone and Ann's tablet can read it.
    const QString hello = u"Hello Ben, this is secret 🔒"_s;
    const std::optional<Message> sent = encrypt(laptop, Ben, hello);
    QVERIFY(sent);
    QVERIFY(!sent->body().contains(u"secret"_s));
    laptop.client->send(*sent);
    QTRY_COMPARE_WITH_TIMEOUT(phone.received.size(), 1, 10000);
    const Message arrived = phone.received.first();
    OmemoModule::Decrypted read = phone.omemo->decrypt(arrived, arrived.from());
    QCOMPARE(read.failure, OmemoModule::Failure::None);
    QCOMPARE(read.text, hello);
    QCOMPARE(read.senderDevice, laptop.omemo->deviceId());
    // The tablet reads the copy of what the laptop sent (as a carbon would bring it).
    read = tablet.omemo->decrypt(*sent, Ann);
    QCOMPARE(read.failure, OmemoModule::Failure::None);
    QCOMPARE(read.text, hello);

    // Read twice: refused.
    QCOMPARE(
        phone.omemo->decrypt(arrived, arrived.from()).failure, OmemoModule::Failure::NoSession);

    // Ben answers; both of Ann's devices can read it.
    QVERIFY(knowsDevices(phone, Ann, 2));
    const std::optional<Message> answer = encrypt(phone, Ann, u"Got it."_s);
    QVERIFY(answer);
    phone.client->send(*answer);
    QTRY_COMPARE_WITH_TIMEOUT(laptop.received.size(), 1, 10000);
    QCOMPARE(laptop.omemo->decrypt(laptop.received.first(), Ben).text, u"Got it."_s);
    QCOMPARE(tablet.omemo->decrypt(*answer, Ben).text, u"Got it."_s);
    // The phone's own message was not encrypted for the phone.
    QCOMPARE(phone.omemo->decrypt(*answer, Ben).failure, OmemoModule::Failure::NotForThisDevice);

    // A device list that a stranger puts in a message is nobody's.
    Device eve;
    QVERIFY(signIn(eve, u"eve"_s, u"attic"_s));
    // Published open to anyone, so that even someone not in the roster can write to Ann.
    QVERIFY(knowsDevices(eve, Ann, 2));
    XmlElement list = OmemoElements::deviceList({666});
    XmlElement item(u"item"_s, Ns::PubSubEvent);
    item.appendChild(list);
    XmlElement items(u"items"_s, Ns::PubSubEvent);
    items.setAttribute(u"node"_s, OmemoNodes::DeviceList);
    items.appendChild(item);
    XmlElement event(u"event"_s, Ns::PubSubEvent);
    event.appendChild(items);
    Message forged(Message::Type::Normal, phone.client->jid());
    forged.appendPayload(event);
    QSignalSpy changed(phone.omemo, &OmemoModule::devicesChanged);
    eve.client->send(forged);
    QTest::qWait(500);
    QCOMPARE(changed.size(), 0);
    QVERIFY(phone.omemo->devices(Jid::fromString(u"eve@localhost"_s)).isEmpty());
}

// python3-omemo with python3-oldmemo (Gajim's library generation) on slixmpp: an
// implementation we did not write reads what Palaver encrypts and writes what Palaver reads.
void OmemoChatTest::pythonOmemoBothWays()
{
    if (!SlixmppPeer::isInstalled()) {
        if (serverMissingIsFailure()) {
            QFAIL("python3-slixmpp is not installed");
        }
        QSKIP("python3-slixmpp is not installed");
    }
    const Jid sly = Jid::fromString(u"sly@localhost"_s);
    SlixmppPeer peer(m_prosody, u"sly"_s, u"pw-sly"_s);
    QVERIFY2(peer.start(), qPrintable(peer.errorString()));
    QVERIFY(peer.run({{u"do"_s, u"omemo_start"_s}, {u"to"_s, QString()}}, 30000));
    const QJsonObject ready = peer.waitForEvent(u"omemo_ready"_s);
    QVERIFY2(!ready.isEmpty(), "python3-omemo did not start (is python3-oldmemo installed?)");
    const quint32 peerDevice = quint32(ready.value(u"device"_s).toInteger());

    Device laptop;
    QVERIFY(signIn(laptop, u"ann"_s, u"laptop"_s));
    // The peer's device, from its own device list, appears for Ann.
    QVERIFY(knowsDevices(laptop, sly, 1));
    QCOMPARE(laptop.omemo->devices(sly), QList<quint32> {peerDevice});

    const QString hello = u"Grüße from Palaver, encrypted 🔐"_s;
    const std::optional<Message> sent = encrypt(laptop, sly, hello);
    QVERIFY(sent);
    laptop.client->send(*sent);
    const QJsonObject read = peer.waitForEvent(u"omemo_message"_s, 15000);
    QVERIFY2(!read.isEmpty(),
        qPrintable(peer.waitForEvent(u"omemo_error"_s, 100).value(u"error"_s).toString()));
    QCOMPARE(read.value(u"body"_s).toString(), hello);
    QCOMPARE(quint32(read.value(u"device"_s).toInteger()), laptop.omemo->deviceId());

    QVERIFY(peer.run({{u"do"_s, u"omemo_send"_s}, {u"to"_s, u"ann@localhost"_s},
                         {u"body"_s, u"Read you, answering from python-omemo."_s}},
        20000));
    QTRY_COMPARE_WITH_TIMEOUT(laptop.received.size(), 1, 10000);
    const OmemoModule::Decrypted answer = laptop.omemo->decrypt(laptop.received.first(), sly);
    QCOMPARE(answer.failure, OmemoModule::Failure::None);
    QCOMPARE(answer.text, u"Read you, answering from python-omemo."_s);
    QCOMPARE(answer.senderDevice, peerDevice);
}

QTEST_GUILESS_MAIN(OmemoChatTest)
#include "tst_omemochat.moc"

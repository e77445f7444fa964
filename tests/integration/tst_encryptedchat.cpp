// Encrypted chats at the IM level through a real Prosody (OMEMO, XEP-0384 v0.3): on by default
// with a contact whose devices publish OMEMO; what Palaver accounts send each other is stored
// as its exact text, marked encrypted, at the contact and at our own other device, while the
// wire carries none of it; an archive catch-up reads each message once; a new device shows
// older messages as not meant for it; nothing is sent readable when it cannot be encrypted
// (no devices, none trusted); distrust and verification decide who can read; keys survive a
// restart; and python-omemo (the library generation Gajim uses) reads and writes both ways.
#include "AccountHarness.h"
#include "ServerTest.h"
#include "SlixmppPeer.h"
#include "im/services/MessageService.h"
#include "im/services/OmemoService.h"
#include "im/services/RoomService.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/Client.h"
#include "xmpp/core/Presence.h"
#include "xmpp/modules/xep0004_dataforms/DataForm.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Im;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;
using Protection = Palaver::Im::MessageRecord::Protection;

namespace {
const Jid Ann = Jid::fromString(u"ann@localhost"_s);
const Jid Ben = Jid::fromString(u"ben@localhost"_s);
const Jid Eve = Jid::fromString(u"eve@localhost"_s);
const Jid Sly = Jid::fromString(u"sly@localhost"_s);

// The records with this text.
QList<MessageRecord> withBody(const QList<MessageRecord>& records, const QString& body)
{
    QList<MessageRecord> found;
    for (const MessageRecord& record : records) {
        if (record.body == body) {
            found.append(record);
        }
    }
    return found;
}

bool joinAndWait(AccountHarness& harness, const Jid& room, const QString& nick)
{
    MucRoom* joining = harness.account().rooms().join(room, nick);
    return QTest::qWaitFor([joining] { return joining->state() == MucRoom::State::Joined; }, 15000);
}
} // namespace

class EncryptedChatTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void palaverAccountsTalkEncrypted();
    void archiveCatchUpReadsEachOnce();
    void newDeviceCannotReadOlderMessages();
    void nothingLeavesReadableWhenItCannotBeEncrypted();
    void distrustAndVerificationDecideWhoReads();
    void membersOnlyRoomIsEncrypted();
    void pythonOmemoBothWays();

private:
    // Waits until the account knows count devices of owner (not counting its own).
    static bool knowsDevices(AccountHarness& device, const Jid& owner, qsizetype count);
    static bool sendAndSettle(AccountHarness& device, const Jid& to, const QString& text);

    ProsodyServer m_prosody;
    QTemporaryDir m_benPhone; // Ben's phone's profile, kept across its restarts
};

void EncryptedChatTest::initTestCase()
{
    QVERIFY(m_benPhone.isValid());
    PALAVER_START_SERVER(m_prosody,
        (QList<ServerAccount> {
            {u"ann"_s, u"pw-ann"_s, {{u"ben"_s, u"Ben"_s, {}}, {u"sly"_s, u"Sly"_s, {}}}},
            {u"ben"_s, u"pw-ben"_s, {{u"ann"_s, u"Ann"_s, {}}}},
            {u"eve"_s, u"pw-eve"_s, {{u"ann"_s, u"Ann"_s, {}}}},
            {u"sly"_s, u"pw-sly"_s, {{u"ann"_s, u"Ann"_s, {}}}}}));
}

bool EncryptedChatTest::knowsDevices(AccountHarness& device, const Jid& owner, qsizetype count)
{
    return QTest::qWaitFor(
        [&] {
            device.account().omemo().refreshDevices(owner);
            QTest::qWait(200);
            return device.account().omemo().devices(owner).size() >= count;
        },
        15000);
}

bool EncryptedChatTest::sendAndSettle(AccountHarness& device, const Jid& to, const QString& text)
{
    if (!device.account().messages().sendMessage(to, text)) {
        return false;
    }
    return device.waitForHistory(to, [&text](const QList<MessageRecord>& records) {
        const QList<MessageRecord> sent = withBody(records, text);
        return !sent.isEmpty() && sent.first().state != MessageRecord::State::Pending;
    });
}

void EncryptedChatTest::palaverAccountsTalkEncrypted()
{
    AccountHarness laptop(m_prosody, u"ann"_s, u"laptop"_s);
    AccountHarness tablet(m_prosody, u"ann"_s, u"tablet"_s);
    AccountHarness phone(m_prosody, u"ben"_s, u"phone"_s, m_benPhone.path());
    QVERIFY(laptop.signIn());
    QVERIFY(tablet.signIn());
    QVERIFY(phone.signIn());
    QVERIFY(knowsDevices(laptop, Ben, 1));
    QVERIFY(knowsDevices(laptop, Ann, 1));
    // Ben publishes OMEMO, so Ann encrypts without being asked to.
    QVERIFY(laptop.account().omemo().isEncrypting(Ben));

    // What reaches Ben's phone on the wire carries none of the text.
    QList<Message> wire;
    connect(&phone.account().client(), &Client::messageReceived, this,
        [&wire](const Message& message) { wire.append(message); });
    const QString text = u"Our secret plan: cake at four 🎂"_s;
    QVERIFY(sendAndSettle(laptop, Ben, text));
    const QList<MessageRecord> sent = withBody(laptop.history(Ben), text);
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.first().state == MessageRecord::State::Sent
        || sent.first().state == MessageRecord::State::Delivered);
    QCOMPARE(sent.first().protection, Protection::Trusted);

    QVERIFY(phone.waitForHistory(
        Ann, [&](const QList<MessageRecord>& r) { return !withBody(r, text).isEmpty(); }));
    const MessageRecord received = withBody(phone.history(Ann), text).first();
    QCOMPARE(received.protection, Protection::Trusted);
    QVERIFY(!received.outgoing);
    QVERIFY(!wire.isEmpty());
    for (const Message& message : std::as_const(wire)) {
        QVERIFY(!message.element().toXml().contains(u"cake at four"_s));
    }

    // Ann's tablet reads her own message (a carbon), as sent by her.
    QVERIFY(tablet.waitForHistory(
        Ben, [&](const QList<MessageRecord>& r) { return !withBody(r, text).isEmpty(); }));
    const MessageRecord copy = withBody(tablet.history(Ben), text).first();
    QVERIFY(copy.outgoing);
    QCOMPARE(copy.protection, Protection::Trusted);

    // And the answer comes back encrypted too.
    QVERIFY(phone.account().omemo().isEncrypting(Ann));
    QVERIFY(sendAndSettle(phone, Ann, u"Count me in."_s));
    QVERIFY(laptop.waitForHistory(Ben, [](const QList<MessageRecord>& r) {
        const QList<MessageRecord> answer = withBody(r, u"Count me in."_s);
        return !answer.isEmpty() && answer.first().protection == Protection::Trusted;
    }));

    // A correction travels encrypted and still replaces the text.
    const MessageRecord answer = withBody(phone.history(Ann), u"Count me in."_s).first();
    QVERIFY(phone.account().messages().correctMessage(
        Ann, answer.messageId, u"Count me in, with cake."_s));
    QVERIFY(laptop.waitForHistory(Ben, [](const QList<MessageRecord>& r) {
        const QList<MessageRecord> corrected = withBody(r, u"Count me in, with cake."_s);
        return corrected.size() == 1 && corrected.first().corrected
            && withBody(r, u"Count me in."_s).isEmpty();
    }));

    // Written offline: it waits for the connection, then leaves encrypted.
    laptop.account().goOffline();
    QTRY_VERIFY_WITH_TIMEOUT(!laptop.account().client().isConnected(), 5000);
    QVERIFY(laptop.account().messages().sendMessage(Ben, u"written on the train"_s));
    QVERIFY(laptop.signIn());
    QVERIFY(phone.waitForHistory(Ann, [](const QList<MessageRecord>& r) {
        const QList<MessageRecord> late = withBody(r, u"written on the train"_s);
        return late.size() == 1 && late.first().protection == Protection::Trusted;
    }));
}

// Ben's phone was away while Ann wrote: back, with its keys from its database, it reads each
// message from the archive exactly once.
void EncryptedChatTest::archiveCatchUpReadsEachOnce()
{
    AccountHarness laptop(m_prosody, u"ann"_s, u"laptop"_s);
    QVERIFY(laptop.signIn());
    QVERIFY(knowsDevices(laptop, Ben, 1));
    const QStringList texts {u"first while away"_s, u"second while away"_s, u"third"_s};
    for (const QString& text : texts) {
        QVERIFY(sendAndSettle(laptop, Ben, text));
    }

    AccountHarness phone(m_prosody, u"ben"_s, u"phone"_s, m_benPhone.path());
    QVERIFY(phone.signIn());
    QVERIFY(phone.waitForHistory(Ann, [&](const QList<MessageRecord>& r) {
        return std::all_of(texts.cbegin(), texts.cend(),
            [&r](const QString& text) { return !withBody(r, text).isEmpty(); });
    }));
    const QList<MessageRecord> history = phone.history(Ann);
    for (const QString& text : texts) {
        const QList<MessageRecord> copies = withBody(history, text);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.first().protection, Protection::Trusted);
    }
    for (const MessageRecord& record : history) {
        QVERIFY2(record.protection != Protection::Unreadable, qPrintable(record.errorText));
    }
}

// A device that did not exist when a message was written cannot read it, and says so rather
// than showing nothing or the placeholder text.
void EncryptedChatTest::newDeviceCannotReadOlderMessages()
{
    AccountHarness laptop(m_prosody, u"ann"_s, u"laptop"_s);
    QVERIFY(laptop.signIn());
    QVERIFY(knowsDevices(laptop, Ben, 1));
    QVERIFY(sendAndSettle(laptop, Ben, u"before the new device"_s));

    AccountHarness desktop(m_prosody, u"ben"_s, u"desktop"_s);
    QVERIFY(desktop.signIn());
    // A first sign-in brings the newest messages from the archive.
    QVERIFY(desktop.waitForHistory(Ann, [](const QList<MessageRecord>& r) {
        return std::any_of(r.cbegin(), r.cend(), [](const MessageRecord& record) {
            return record.protection == Protection::Unreadable;
        });
    }));
    for (const MessageRecord& record : desktop.history(Ann)) {
        if (record.protection == Protection::Unreadable) {
            QVERIFY(record.body.isEmpty());
            QCOMPARE(record.errorText, OmemoService::Problem::NotForThisDevice);
        }
    }
    // What Ann writes now reaches the new device as well.
    QVERIFY(knowsDevices(laptop, Ben, 2));
    QVERIFY(sendAndSettle(laptop, Ben, u"after the new device"_s));
    QVERIFY(desktop.waitForHistory(Ann, [](const QList<MessageRecord>& r) {
        return !withBody(r, u"after the new device"_s).isEmpty();
    }));
}

void EncryptedChatTest::nothingLeavesReadableWhenItCannotBeEncrypted()
{
    // Eve's client has no OMEMO at all: it publishes no devices.
    ConnectionSettings settings = m_prosody.settingsFor(u"eve"_s);
    settings.jid = settings.jid.withResource(u"plain"_s);
    const std::unique_ptr<Client> eve = makeTestClient(settings);
    QList<Message> arrived;
    connect(eve.get(), &Client::messageReceived, this,
        [&arrived](const Message& message) { arrived.append(message); });
    eve->connectToServer();
    QVERIFY(waitForState(*eve, Client::State::Connected));
    eve->send(Presence(Presence::Type::Available));

    AccountHarness laptop(m_prosody, u"ann"_s, u"laptop"_s);
    QVERIFY(laptop.signIn());
    QVERIFY(!laptop.account().omemo().isEncrypting(Eve));
    laptop.account().omemo().setEncrypting(Eve, true);
    QVERIFY(laptop.account().omemo().isEncrypting(Eve));
    QVERIFY(sendAndSettle(laptop, Eve, u"for Eve's eyes only"_s));
    const MessageRecord refused = withBody(laptop.history(Eve), u"for Eve's eyes only"_s).first();
    QCOMPARE(refused.state, MessageRecord::State::Failed);
    QCOMPARE(refused.errorText, OmemoService::Problem::NoDevices);
    QCOMPARE(refused.protection, Protection::Trusted);

    // Retrying does not fall back to plain text either, and plain text goes when the user
    // chose it.
    laptop.account().messages().resend(refused);
    laptop.account().omemo().setEncrypting(Eve, false);
    QVERIFY(sendAndSettle(laptop, Eve, u"not secret"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), 10000);
    QTest::qWait(500);
    for (const Message& message : std::as_const(arrived)) {
        QVERIFY(!message.element().toXml().contains(u"eyes only"_s));
    }
    QCOMPARE(withBody(laptop.history(Eve), u"for Eve's eyes only"_s).first().state,
        MessageRecord::State::Failed);
    // The user's choice stands.
    QVERIFY(!laptop.account().omemo().isEncrypting(Eve));
}

void EncryptedChatTest::distrustAndVerificationDecideWhoReads()
{
    AccountHarness laptop(m_prosody, u"ann"_s, u"laptop"_s);
    AccountHarness phone(m_prosody, u"ben"_s, u"phone"_s, m_benPhone.path());
    QVERIFY(laptop.signIn());
    QVERIFY(phone.signIn());
    OmemoService& omemo = laptop.account().omemo();
    QVERIFY(knowsDevices(laptop, Ben, 2)); // the phone and the desktop of the test before
    omemo.fetchFingerprints(Ben);
    const quint32 phoneId = phone.account().omemo().ownDeviceId();
    const auto phoneKeyKnown = [&] {
        const QList<OmemoService::Device> devices = omemo.devices(Ben);
        return std::any_of(devices.cbegin(), devices.cend(), [&](const auto& device) {
            return device.id == phoneId && !device.fingerprint.isEmpty();
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(phoneKeyKnown(), 10000);
    for (const OmemoService::Device& device : omemo.devices(Ben)) {
        if (device.id == phoneId) {
            QCOMPARE(device.fingerprint, phone.account().omemo().ownFingerprint());
        }
        omemo.setTrust(Ben, device.id, OmemoStore::Trust::Distrusted);
    }
    QVERIFY(sendAndSettle(laptop, Ben, u"nobody trusted"_s));
    const MessageRecord refused = withBody(laptop.history(Ben), u"nobody trusted"_s).first();
    QCOMPARE(refused.state, MessageRecord::State::Failed);
    QCOMPARE(refused.errorText, OmemoService::Problem::NoTrustedDevices);

    // Verifying the phone: only it is written to now (the desktop stays distrusted), and
    // it reads the message.
    omemo.setTrust(Ben, phoneId, OmemoStore::Trust::Verified);
    QVERIFY(sendAndSettle(laptop, Ben, u"for the verified phone"_s));
    QVERIFY(withBody(laptop.history(Ben), u"for the verified phone"_s).first().state
        != MessageRecord::State::Failed);
    QVERIFY(phone.waitForHistory(Ann, [](const QList<MessageRecord>& r) {
        return !withBody(r, u"for the verified phone"_s).isEmpty();
    }));

    // The decisions are kept: after a restart the desktop is still distrusted.
    const QString profile = laptop.profileDir();
    laptop.shutDown();
    AccountHarness again(m_prosody, u"ann"_s, u"laptop"_s, profile);
    QVERIFY(again.signIn());
    for (const OmemoService::Device& device : again.account().omemo().devices(Ben)) {
        QCOMPARE(device.trust,
            device.id == phoneId ? OmemoStore::Trust::Verified : OmemoStore::Trust::Distrusted);
    }
}

// In a members-only room that shows everyone's address, messages are encrypted for every
// member's devices and read by them; a room that does not allow it offers no encryption.
void EncryptedChatTest::membersOnlyRoomIsEncrypted()
{
    const Jid council = Jid::fromString(u"council@"_s + m_prosody.mucDomain());
    AccountHarness laptop(m_prosody, u"ann"_s, u"laptop"_s);
    AccountHarness phone(m_prosody, u"ben"_s, u"phone"_s, m_benPhone.path());
    QVERIFY(laptop.signIn());
    QVERIFY(phone.signIn());
    QVERIFY(joinAndWait(laptop, council, u"Ann"_s));
    RoomService& annRooms = laptop.account().rooms();
    MucRoom* room = annRooms.room(council);
    QTRY_VERIFY(!annRooms.allowsEncryption(council)); // open and semi-anonymous as made

    std::optional<DataForm> form;
    room->requestConfiguration(
        this, [&form](const std::optional<DataForm>& received, const StanzaError&) {
            form = received.value_or(DataForm {});
        });
    QTRY_VERIFY_WITH_TIMEOUT(form.has_value(), 10000);
    QVERIFY(form->field(u"muc#roomconfig_membersonly") && form->field(u"muc#roomconfig_whois"));
    form->field(u"muc#roomconfig_membersonly")->values = {u"1"_s};
    form->field(u"muc#roomconfig_whois")->values = {u"anyone"_s};
    std::optional<std::optional<StanzaError>> done;
    room->submitConfiguration(
        *form, this, [&done](const std::optional<StanzaError>& error) { done = error; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value() && !done->has_value(), 10000);
    done.reset();
    room->setAffiliation(Ben, MucAffiliation::Member, {}, this,
        [&done](const std::optional<StanzaError>& error) { done = error; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value() && !done->has_value(), 10000);
    // The room says its configuration changed; asked again, it allows encryption now.
    QTRY_VERIFY_WITH_TIMEOUT(annRooms.allowsEncryption(council), 10000);

    QVERIFY(joinAndWait(phone, council, u"Ben"_s));
    QTRY_VERIFY_WITH_TIMEOUT(phone.account().rooms().allowsEncryption(council), 10000);
    QVERIFY(!laptop.account().omemo().isEncrypting(council)); // the user turns it on
    laptop.account().omemo().setEncrypting(council, true);
    QList<Message> wire;
    connect(&phone.account().client(), &Client::messageReceived, this,
        [&wire](const Message& message) { wire.append(message); });
    const QString text = u"Council minutes: the budget is approved"_s;
    QVERIFY(annRooms.sendMessage(council, text));
    const bool echoed = laptop.waitForHistory(council, [&text](const QList<MessageRecord>& r) {
        const QList<MessageRecord> sent = withBody(r, text);
        return !sent.isEmpty() && sent.first().state == MessageRecord::State::Sent;
    });
    QVERIFY2(echoed, qPrintable(withBody(laptop.history(council), text).value(0).errorText));
    QCOMPARE(withBody(laptop.history(council), text).first().protection, Protection::Trusted);
    QVERIFY(phone.waitForHistory(
        council, [&text](const QList<MessageRecord>& r) { return !withBody(r, text).isEmpty(); }));
    const MessageRecord read = withBody(phone.history(council), text).first();
    // Read with Ann's session: the room showed Ben who she is.
    QCOMPARE(read.protection, Protection::Trusted);
    for (const Message& message : std::as_const(wire)) {
        QVERIFY(!message.element().toXml().contains(u"budget"_s));
    }

    // Ben answers encrypted; Ann reads it.
    phone.account().omemo().setEncrypting(council, true);
    QVERIFY(phone.account().rooms().sendMessage(council, u"Seconded."_s));
    QVERIFY(laptop.waitForHistory(council, [](const QList<MessageRecord>& r) {
        const QList<MessageRecord> answer = withBody(r, u"Seconded."_s);
        return !answer.isEmpty() && answer.first().protection == Protection::Trusted;
    }));
}

// python-omemo reads what Palaver encrypts and writes what Palaver shows, and its device
// appears in Palaver's device list for the contact.
void EncryptedChatTest::pythonOmemoBothWays()
{
    if (!SlixmppPeer::isInstalled()) {
        if (serverMissingIsFailure()) {
            QFAIL("python3-slixmpp is not installed");
        }
        QSKIP("python3-slixmpp is not installed");
    }
    SlixmppPeer peer(m_prosody, u"sly"_s, u"pw-sly"_s);
    QVERIFY2(peer.start(), qPrintable(peer.errorString()));
    QVERIFY(peer.run({{u"do"_s, u"omemo_start"_s}, {u"to"_s, QString()}}, 30000));
    const QJsonObject ready = peer.waitForEvent(u"omemo_ready"_s);
    QVERIFY2(!ready.isEmpty(), "python3-omemo did not start (is python3-oldmemo installed?)");
    const quint32 peerDevice = quint32(ready.value(u"device"_s).toInteger());

    AccountHarness laptop(m_prosody, u"ann"_s, u"laptop"_s);
    QVERIFY(laptop.signIn());
    QVERIFY(knowsDevices(laptop, Sly, 1));
    QCOMPARE(laptop.account().omemo().devices(Sly).first().id, peerDevice);
    QVERIFY(laptop.account().omemo().isEncrypting(Sly));

    const QString hello = u"Grüße from Palaver's chat window 🔐"_s;
    QVERIFY(sendAndSettle(laptop, Sly, hello));
    const QJsonObject read = peer.waitForEvent(u"omemo_message"_s, 15000);
    QVERIFY2(!read.isEmpty(),
        qPrintable(peer.waitForEvent(u"omemo_error"_s, 100).value(u"error"_s).toString()));
    QCOMPARE(read.value(u"body"_s).toString(), hello);

    const QString answer = u"python-omemo here: ça marche."_s;
    QVERIFY(peer.run(
        {{u"do"_s, u"omemo_send"_s}, {u"to"_s, u"ann@localhost"_s}, {u"body"_s, answer}}, 20000));
    QVERIFY(laptop.waitForHistory(
        Sly, [&](const QList<MessageRecord>& r) { return !withBody(r, answer).isEmpty(); }));
    QCOMPARE(withBody(laptop.history(Sly), answer).first().protection, Protection::Trusted);
    // Its fingerprint is known now, from the session it started.
    QVERIFY(!laptop.account().omemo().devices(Sly).first().fingerprint.isEmpty());
}

QTEST_GUILESS_MAIN(EncryptedChatTest)
#include "tst_encryptedchat.moc"

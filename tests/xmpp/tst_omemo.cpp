// OMEMO's cryptographic core (XEP-0384 v0.3 on libomemo-c): the payload sealed with AES-GCM
// and refused when changed, a session started from a bundle carrying keys both ways, a
// replayed message and a bundle with a forged signature refused, an untrusted identity
// stopped, and one-time pre-keys used up once.
#include "xmpp/modules/xep0384_omemo/OmemoDevice.h"
#include "xmpp/modules/xep0384_omemo/OmemoPayload.h"

#include <QTest>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

namespace {
const OmemoStore::Address AliceDevice {u"alice@example.org"_s, 1001};
const OmemoStore::Address BobDevice {u"bob@example.org"_s, 2002};
constexpr int DuplicateMessage = -1001; // SG_ERR_DUPLICATE_MESSAGE
constexpr int UntrustedIdentity = -1010; // SG_ERR_UNTRUSTED_IDENTITY
} // namespace

class OmemoTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void payloadIsSealedAndChecked();
    void sessionCarriesKeysBothWays();
    void forgedBundleIsRefused();
    void untrustedIdentityIsStopped();
    void changedIdentityIsRefused();
    void blindTrustUntilVerified_data();
    void blindTrustUntilVerified();
    void trustIsKeptAndForgotten();
};

void OmemoTest::payloadIsSealedAndChecked()
{
    const QByteArray text = u"Meet at noon ✓"_s.toUtf8();
    const OmemoPayload sealed = OmemoPayload::seal(text);
    QCOMPARE(sealed.iv.size(), 12);
    QCOMPARE(sealed.keyAndTag.size(), 32);
    QVERIFY(sealed.ciphertext != text);
    QCOMPARE(OmemoPayload::open(sealed.ciphertext, sealed.iv, sealed.keyAndTag), text);
    // Another payload gets another key.
    QVERIFY(OmemoPayload::seal(text).keyAndTag != sealed.keyAndTag);

    QByteArray changed = sealed.ciphertext;
    changed[0] = char(changed.at(0) ^ 1);
    QVERIFY(!OmemoPayload::open(changed, sealed.iv, sealed.keyAndTag));
    QByteArray wrongTag = sealed.keyAndTag;
    wrongTag[31] = char(wrongTag.at(31) ^ 1);
    QVERIFY(!OmemoPayload::open(sealed.ciphertext, sealed.iv, wrongTag));
    QVERIFY(!OmemoPayload::open(sealed.ciphertext, sealed.iv, sealed.keyAndTag.left(16)));
    QVERIFY(!OmemoPayload::open(sealed.ciphertext, sealed.iv.left(8), sealed.keyAndTag));
}

void OmemoTest::sessionCarriesKeysBothWays()
{
    OmemoStore aliceStore;
    OmemoStore bobStore;
    OmemoDevice alice(aliceStore);
    OmemoDevice bob(bobStore);
    QVERIFY(alice.generate(10));
    QVERIFY(bob.generate(10));
    const OmemoBundle bundle = bob.bundle();
    QCOMPARE(bundle.preKeys.size(), 10);
    QCOMPARE(bundle.identityKey.size(), 33);
    // Eight groups of eight hex digits, without the key's type byte.
    const QString fingerprint = OmemoDevice::fingerprint(bundle.identityKey);
    QCOMPARE(fingerprint.size(), 64 + 7);
    QCOMPARE(fingerprint.split(u' ').size(), 8);
    QCOMPARE(
        QString(fingerprint).remove(u' '), QString::fromLatin1(bundle.identityKey.mid(1).toHex()));

    QVERIFY(alice.startSession(BobDevice, bundle, bundle.preKeys.first()));
    const QByteArray key = OmemoPayload::seal("hello").keyAndTag;
    const std::optional<OmemoDevice::Sealed> first = alice.encrypt(BobDevice, key);
    QVERIFY(first && first->preKey);
    QCOMPARE(bob.decrypt(AliceDevice, first->data, true), key);
    // The one-time pre-key is used up; Alice's identity is remembered for Bob's trust list.
    QCOMPARE(bobStore.preKeys().size(), 9);
    QCOMPARE(bobStore.peerIdentity(AliceDevice), aliceStore.identity().publicKey);

    // The same message again is refused, and so is a message Bob already read.
    int error = 0;
    QVERIFY(!bob.decrypt(AliceDevice, first->data, true, &error));
    QVERIFY(error != 0);

    const QByteArray answer = OmemoPayload::seal("hi").keyAndTag;
    const std::optional<OmemoDevice::Sealed> reply = bob.encrypt(AliceDevice, answer);
    QVERIFY(reply && !reply->preKey);
    QCOMPARE(alice.decrypt(BobDevice, reply->data, false), answer);
    QVERIFY(!alice.decrypt(BobDevice, reply->data, false, &error));
    QCOMPARE(error, DuplicateMessage);

    // Once Bob answered, Alice's messages are ordinary ones.
    const std::optional<OmemoDevice::Sealed> second = alice.encrypt(BobDevice, key);
    QVERIFY(second && !second->preKey);
    QCOMPARE(bob.decrypt(AliceDevice, second->data, false), key);
    // Garbage is no message.
    QVERIFY(!bob.decrypt(AliceDevice, QByteArray(40, 'x'), false));
}

void OmemoTest::forgedBundleIsRefused()
{
    OmemoStore aliceStore;
    OmemoStore bobStore;
    OmemoDevice alice(aliceStore);
    OmemoDevice bob(bobStore);
    QVERIFY(alice.generate(2));
    QVERIFY(bob.generate(2));
    OmemoBundle forged = bob.bundle();
    forged.signature[0] = char(forged.signature.at(0) ^ 1);
    QVERIFY(!alice.startSession(BobDevice, forged, forged.preKeys.first()));
    QVERIFY(!alice.encrypt(BobDevice, "key"));
    // Someone else's identity with Bob's signed pre-key: the signature does not match.
    OmemoBundle borrowed = bob.bundle();
    borrowed.identityKey = aliceStore.identity().publicKey;
    QVERIFY(!alice.startSession(BobDevice, borrowed, borrowed.preKeys.first()));
}

void OmemoTest::untrustedIdentityIsStopped()
{
    OmemoStore aliceStore;
    OmemoStore bobStore;
    bobStore.setTrustCheck([](const OmemoStore::Address&, const QByteArray&) { return false; });
    OmemoDevice alice(aliceStore);
    OmemoDevice bob(bobStore);
    QVERIFY(alice.generate(2));
    QVERIFY(bob.generate(2));
    const OmemoBundle bundle = bob.bundle();
    QVERIFY(alice.startSession(BobDevice, bundle, bundle.preKeys.first()));
    const std::optional<OmemoDevice::Sealed> sealed = alice.encrypt(BobDevice, "key");
    QVERIFY(sealed);
    int error = 0;
    QVERIFY(!bob.decrypt(AliceDevice, sealed->data, true, &error));
    QCOMPARE(error, UntrustedIdentity);
}

void OmemoTest::changedIdentityIsRefused()
{
    // Without rules of the user's, a device keeps the identity it first showed.
    OmemoStore bobStore;
    OmemoDevice bob(bobStore);
    QVERIFY(bob.generate(4));
    const OmemoBundle bundle = bob.bundle();
    OmemoStore firstStore;
    OmemoDevice first(firstStore);
    QVERIFY(first.generate(1));
    QVERIFY(first.startSession(BobDevice, bundle, bundle.preKeys.at(0)));
    const std::optional<OmemoDevice::Sealed> genuine = first.encrypt(BobDevice, "key");
    QVERIFY(genuine);
    QVERIFY(bob.decrypt(AliceDevice, genuine->data, true));

    // Someone else under Alice's address and device id, with another identity key.
    OmemoStore otherStore;
    OmemoDevice other(otherStore);
    QVERIFY(other.generate(1));
    QVERIFY(other.startSession(BobDevice, bundle, bundle.preKeys.at(1)));
    const std::optional<OmemoDevice::Sealed> impostor = other.encrypt(BobDevice, "key");
    QVERIFY(impostor);
    int error = 0;
    QVERIFY(!bob.decrypt(AliceDevice, impostor->data, true, &error));
    QCOMPARE(error, UntrustedIdentity);
    QCOMPARE(bobStore.peerIdentity(AliceDevice), firstStore.identity().publicKey);
}

void OmemoTest::blindTrustUntilVerified_data()
{
    // The decisions on bob's devices 1, 2 and 3 (0 undecided, 1 verified, 2 distrusted),
    // and which of them are then trusted.
    QTest::addColumn<QList<int>>("decisions");
    QTest::addColumn<QList<bool>>("trusted");
    QTest::newRow("nothing decided: all blindly") << QList {0, 0, 0} << QList {true, true, true};
    QTest::newRow("one distrusted") << QList {2, 0, 0} << QList {false, true, true};
    QTest::newRow("one verified: the undecided wait")
        << QList {1, 0, 0} << QList {true, false, false};
    QTest::newRow("verified and distrusted") << QList {1, 2, 0} << QList {true, false, false};
    QTest::newRow("all verified") << QList {1, 1, 1} << QList {true, true, true};
}

void OmemoTest::blindTrustUntilVerified()
{
    QFETCH(QList<int>, decisions);
    QFETCH(QList<bool>, trusted);
    OmemoStore store;
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        store.setTrust({u"bob@example.org"_s, qint32(i + 1)}, OmemoStore::Trust(decisions.at(i)));
    }
    for (qsizetype i = 0; i < trusted.size(); ++i) {
        QCOMPARE(store.isTrusted({u"bob@example.org"_s, qint32(i + 1)}), trusted.at(i));
    }
    // One person's verification says nothing about another's devices.
    QVERIFY(store.isTrusted({u"carol@example.org"_s, 1}));
}

void OmemoTest::trustIsKeptAndForgotten()
{
    QList<std::tuple<OmemoStore::Record, QString, QByteArray>> written;
    OmemoStore store;
    store.setObserver([&](OmemoStore::Record record, const QString& name, const QByteArray& value) {
        written.append({record, name, value});
    });
    store.setTrust(BobDevice, OmemoStore::Trust::Verified);
    store.setTrust(BobDevice, OmemoStore::Trust::Verified); // no change, nothing written
    QCOMPARE(written.size(), 1);

    OmemoStore restored;
    for (const auto& [record, name, value] : std::as_const(written)) {
        QVERIFY(restored.restore(record, name, value));
    }
    QCOMPARE(restored.trust(BobDevice), OmemoStore::Trust::Verified);
    QVERIFY(!restored.restore(OmemoStore::Record::Trust, u"bob@example.org/7"_s, "9"));
    QVERIFY(!restored.restore(OmemoStore::Record::Trust, u"nodevice"_s, "1"));

    written.clear();
    store.forget(BobDevice);
    QCOMPARE(store.trust(BobDevice), OmemoStore::Trust::Undecided);
    QCOMPARE(written.size(), 1);
    QCOMPARE(std::get<2>(written.first()), QByteArray());
}

QTEST_GUILESS_MAIN(OmemoTest)
#include "tst_omemo.moc"

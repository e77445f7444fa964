// OMEMO's XML (XEP-0384 v0.3): device lists, bundles and encrypted elements written and read
// back, a bundle read from XML starting a real session, and what a hostile publisher or
// sender might put there (ids out of range, floods, keys of the wrong size, text that is no
// base64) left out.
#include "xmpp/modules/xep0384_omemo/OmemoDevice.h"
#include "xmpp/modules/xep0384_omemo/OmemoElements.h"
#include "xmpp/modules/xep0384_omemo/OmemoPayload.h"

#include <QTest>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

namespace {
XmlElement listOf(const QStringList& ids)
{
    XmlElement list(u"list"_s, OmemoNodes::Namespace);
    for (const QString& id : ids) {
        XmlElement device(u"device"_s, OmemoNodes::Namespace);
        device.setAttribute(u"id"_s, id);
        list.appendChild(device);
    }
    return list;
}
} // namespace

class OmemoElementsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deviceLists_data();
    void deviceLists();
    void deviceListFloodIsCut();
    void bundleFromXmlStartsASession();
    void malformedBundles_data();
    void malformedBundles();
    void encryptedRoundTrip();
    void malformedEncrypted();
};

void OmemoElementsTest::deviceLists_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<quint32>>("devices");
    QTest::newRow("two") << QStringList {u"12345"_s, u"2147483647"_s}
                         << QList<quint32> {12345, 2147483647};
    QTest::newRow("zero and too large left out")
        << QStringList {u"0"_s, u"2147483648"_s, u"7"_s} << QList<quint32> {7};
    QTest::newRow("not numbers") << QStringList {u"-3"_s, u"abc"_s, u""_s} << QList<quint32> {};
    QTest::newRow("twice is once") << QStringList {u"9"_s, u"9"_s} << QList<quint32> {9};
}

void OmemoElementsTest::deviceLists()
{
    QFETCH(QStringList, ids);
    QFETCH(QList<quint32>, devices);
    QCOMPARE(OmemoElements::readDeviceList(listOf(ids)), devices);
    QCOMPARE(OmemoElements::readDeviceList(OmemoElements::deviceList(devices)), devices);
}

void OmemoElementsTest::deviceListFloodIsCut()
{
    QStringList ids;
    for (int i = 1; i <= 1000; ++i) {
        ids.append(QString::number(i));
    }
    QCOMPARE(OmemoElements::readDeviceList(listOf(ids)).size(), OmemoElements::MaxDevices);
}

void OmemoElementsTest::bundleFromXmlStartsASession()
{
    OmemoStore aliceStore;
    OmemoStore bobStore;
    OmemoDevice alice(aliceStore);
    OmemoDevice bob(bobStore);
    QVERIFY(alice.generate(3));
    QVERIFY(bob.generate(3));
    const XmlElement published = OmemoElements::bundle(bob.bundle());
    // Through text and back, as it travels.
    const std::optional<OmemoBundle> read = OmemoElements::readBundle(published);
    QVERIFY(read);
    QCOMPARE(read->preKeys.size(), 3);
    QCOMPARE(read->identityKey, bobStore.identity().publicKey);
    const OmemoStore::Address bobDevice {u"bob@example.org"_s, 22};
    QVERIFY(alice.startSession(bobDevice, *read, read->preKeys.last()));
    const std::optional<OmemoDevice::Sealed> sealed = alice.encrypt(bobDevice, "0123456789abcdef");
    QVERIFY(sealed);
    QCOMPARE(bob.decrypt({u"alice@example.org"_s, 11}, sealed->data, sealed->preKey),
        QByteArray("0123456789abcdef"));
}

void OmemoElementsTest::malformedBundles_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("text");
    QTest::newRow("identity not base64") << u"identityKey"_s << u"!!!"_s;
    QTest::newRow("identity too long")
        << u"identityKey"_s << QString::fromLatin1(QByteArray(64, 'k').toBase64());
    QTest::newRow("identity too short")
        << u"identityKey"_s << QString::fromLatin1(QByteArray(20, 'k').toBase64());
    QTest::newRow("signature too short")
        << u"signedPreKeySignature"_s << QString::fromLatin1(QByteArray(10, 's').toBase64());
    QTest::newRow("no one-time keys") << u"prekeys"_s << QString();
}

void OmemoElementsTest::malformedBundles()
{
    QFETCH(QString, part);
    QFETCH(QString, text);
    OmemoStore store;
    OmemoDevice device(store);
    QVERIFY(device.generate(2));
    const XmlElement good = OmemoElements::bundle(device.bundle());
    QVERIFY(OmemoElements::readBundle(good));
    XmlElement bad(u"bundle"_s, OmemoNodes::Namespace);
    for (const XmlElement& child : good.childElements()) {
        if (child.name() != part) {
            bad.appendChild(child);
        } else if (!text.isNull()) {
            XmlElement changed = child;
            changed.setText(text);
            bad.appendChild(changed);
        }
    }
    QVERIFY(!OmemoElements::readBundle(bad));
}

void OmemoElementsTest::encryptedRoundTrip()
{
    const OmemoPayload payload = OmemoPayload::seal("text");
    OmemoEncrypted encrypted;
    encrypted.sender = 4242;
    encrypted.iv = payload.iv;
    encrypted.payload = payload.ciphertext;
    encrypted.keys = {{11, "first", true}, {12, "second", false}};
    const std::optional<OmemoEncrypted> read = OmemoEncrypted::fromElement(encrypted.toElement());
    QVERIFY(read);
    QCOMPARE(read->sender, 4242u);
    QCOMPARE(read->iv, payload.iv);
    QCOMPARE(read->payload, payload.ciphertext);
    QCOMPARE(read->keys.size(), 2);
    QVERIFY(read->keys.at(0).preKey);
    QVERIFY(!read->keys.at(1).preKey);
    QCOMPARE(read->keys.at(1).data, QByteArray("second"));
}

void OmemoElementsTest::malformedEncrypted()
{
    OmemoEncrypted encrypted;
    encrypted.sender = 1;
    encrypted.iv = QByteArray(12, 'i');
    encrypted.payload = "p";
    encrypted.keys = {{5, "k", false}};
    XmlElement noSender = encrypted.toElement();
    XmlElement header = noSender.firstChild(u"header", OmemoNodes::Namespace);
    header.setAttribute(u"sid"_s, u"0"_s);
    noSender.removeChildren(u"header", OmemoNodes::Namespace);
    noSender.appendChild(header);
    QVERIFY(!OmemoEncrypted::fromElement(noSender));

    XmlElement badPayload = encrypted.toElement();
    badPayload.removeChildren(u"payload", OmemoNodes::Namespace);
    badPayload.appendTextChild(u"payload"_s, OmemoNodes::Namespace, u"not base64!"_s);
    QVERIFY(!OmemoEncrypted::fromElement(badPayload));
    // A key for a device id out of range is left out, the rest is read.
    OmemoEncrypted mixed = encrypted;
    mixed.keys.append({0, "zero", false});
    QCOMPARE(OmemoEncrypted::fromElement(mixed.toElement())->keys.size(), 1);
}

QTEST_GUILESS_MAIN(OmemoElementsTest)
#include "tst_omemoelements.moc"

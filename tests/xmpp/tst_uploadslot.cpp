// The upload slot a service hands out (XEP-0363 §5) read defensively, the request for one,
// the out-of-band address of a file message (XEP-0066), and file names made safe.
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/messaging/MessageExtensions.h"
#include "xmpp/modules/xep0363_upload/UploadSlot.h"
#include "xmpp/stream/XmlFragment.h"

#include <QTest>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

class UploadSlotTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slotIsRead();
    void slotIsRead_data();
    void requestNamesTheFile();
    void outOfBandAddress();
    void outOfBandAddress_data();
    void fileNamesAreMadeSafe();
    void fileNamesAreMadeSafe_data();
};

void UploadSlotTest::slotIsRead_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QStringList>("headers");
    const QString put = u"<put url='https://up.example.org/a/b.png'>"_s;
    const QString get = u"<get url='https://up.example.org/a/b.png'/>"_s;
    const auto slot = [](const QString& inside) -> QString {
        return u"<slot xmlns='urn:xmpp:http:upload:0'>"_s + inside + u"</slot>"_s;
    };
    QTest::newRow("plain") << slot(put + u"</put>"_s + get) << true << QStringList();
    QTest::newRow("allowed headers") << slot(put
        + u"<header name='Authorization'>Basic abc</header><header name='Cookie'>a=b"
          "</header><header name='Expires'>soon</header></put>"_s
        + get) << true << QStringList {u"Authorization"_s, u"Cookie"_s, u"Expires"_s};
    QTest::newRow("other headers dropped") << slot(put
        + u"<header name='Host'>evil.example</header><header name='X-Foo'>1</header>"
          "<header name='Cookie'>a&#10;Host: evil</header></put>"_s
        + get) << true << QStringList();
    QTest::newRow("http put refused")
        << slot(u"<put url='http://up.example.org/x'></put>"_s + get) << false << QStringList();
    QTest::newRow("file get refused")
        << slot(put + u"</put><get url='file:///etc/passwd'/>"_s) << false << QStringList();
    QTest::newRow("missing get") << slot(put + u"</put>"_s) << false << QStringList();
    QTest::newRow("wrong namespace")
        << u"<slot xmlns='urn:xmpp:http:upload'><put url='https://a.example/x'/><get "
           "url='https://a.example/x'/></slot>"_s
        << false << QStringList();
}

void UploadSlotTest::slotIsRead()
{
    QFETCH(QString, xml);
    QFETCH(bool, usable);
    QFETCH(QStringList, headers);
    const auto element = parseXmlFragment(xml);
    QVERIFY(element);
    const std::optional<UploadSlot> slot = UploadSlot::fromElement(*element);
    QCOMPARE(slot.has_value(), usable);
    if (slot) {
        QStringList names;
        for (const auto& header : slot->headers) {
            names.append(QString::fromLatin1(header.first));
        }
        QCOMPARE(names, headers);
        QCOMPARE(slot->getUrl.host(), u"up.example.org"_s);
    }
}

void UploadSlotTest::requestNamesTheFile()
{
    const XmlElement request
        = UploadSlot::request(u"/home/ann/Pictures/cat.jpg"_s, 1234, u"image/jpeg"_s);
    QCOMPARE(request.namespaceUri(), Ns::HttpUpload);
    QCOMPARE(request.attribute(u"filename"), u"cat.jpg"_s);
    QCOMPARE(request.attribute(u"size"), u"1234"_s);
    QCOMPARE(request.attribute(u"content-type"), u"image/jpeg"_s);
}

void UploadSlotTest::outOfBandAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("read");
    QTest::newRow("https") << u"https://up.example.org/f.png"_s
                           << u"https://up.example.org/f.png"_s;
    QTest::newRow("http") << u"http://up.example.org/f.png"_s << u"http://up.example.org/f.png"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s << QString();
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString();
    QTest::newRow("no host") << u"https:///f.png"_s << QString();
}

void UploadSlotTest::outOfBandAddress()
{
    QFETCH(QString, url);
    QFETCH(QString, read);
    Message message(Message::Type::Chat, Jid::fromString(u"ben@example.org"_s), url);
    setOutOfBandUrl(message, url);
    QCOMPARE(outOfBandUrl(message), read);
    const Message plain(Message::Type::Chat, Jid::fromString(u"ben@example.org"_s), url);
    QCOMPARE(outOfBandUrl(plain), QString());
}

void UploadSlotTest::fileNamesAreMadeSafe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << u"holiday.jpg"_s << u"holiday.jpg"_s;
    QTest::newRow("path") << u"../../.bashrc"_s << u"bashrc"_s;
    QTest::newRow("windows path") << u"C:\\Users\\ann\\x.txt"_s << u"x.txt"_s;
    QTest::newRow("device") << u"CON.txt"_s << u"_CON.txt"_s;
    QTest::newRow("device lower") << u"nul"_s << u"_nul"_s;
    QTest::newRow("direction mark") << u"photo\u202Egpj.exe"_s << u"photo_gpj.exe"_s;
    QTest::newRow("controls") << u"a\nb\u0001c.txt"_s << u"a_b_c.txt"_s;
    QTest::newRow("reserved") << u"a:b*c?.txt"_s << u"a_b_c_.txt"_s;
    QTest::newRow("only dots") << u".."_s << u"file"_s;
    QTest::newRow("spaced dots") << u" .."_s << u"file"_s;
    QTest::newRow("spaced hidden") << u" .x"_s << u"x"_s;
    QTest::newRow("empty") << QString() << u"file"_s;
}

void UploadSlotTest::fileNamesAreMadeSafe()
{
    QFETCH(QString, name);
    QFETCH(QString, safe);
    QCOMPARE(UploadSlot::baseName(name), safe);
}

QTEST_GUILESS_MAIN(UploadSlotTest)
#include "tst_uploadslot.moc"

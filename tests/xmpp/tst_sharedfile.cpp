// The file a message shares: out-of-band data (XEP-0066), stateless file sharing with file
// metadata (XEP-0447/0446) as other clients send it, read defensively; and a bare picture
// address in the body.
#include "xmpp/modules/messaging/SharedFile.h"
#include "xmpp/stream/XmlFragment.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

class SharedFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void received();
    void received_data();
    void writtenAndReadBack();
};

namespace {
const QString Url = u"https://up.example.org/f/summit.jpg"_s;

QString message(const QString& body, const QString& payloads)
{
    return u"<message xmlns='jabber:client' from='ben@example.org/a' type='chat'><body>"_s + body
        + u"</body>"_s + payloads + u"</message>"_s;
}

QString oob(const QString& url)
{
    return u"<x xmlns='jabber:x:oob'><url>"_s + url + u"</url></x>"_s;
}

QString sharing(const QString& metadata, const QString& url)
{
    return u"<file-sharing xmlns='urn:xmpp:sfs:0' disposition='inline'>"
           "<file xmlns='urn:xmpp:file:metadata:0'>"_s
        + metadata
        + u"</file><sources><url-data xmlns='http://jabber.org/protocol/url-data' target='"_s + url
        + u"'/></sources></file-sharing>"_s;
}

const QByteArray Digest = QCryptographicHash::hash("summit", QCryptographicHash::Sha256);
const QString Metadata = u"<media-type>image/jpeg</media-type><name>summit.jpg</name>"
                         "<size>3032449</size><width>4096</width><height>2160</height>"
                         "<hash xmlns='urn:xmpp:hashes:2' algo='sha-256'>"_s
    + QString::fromLatin1(Digest.toBase64()) + u"</hash>"_s;
} // namespace

void SharedFileTest::received_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QSize>("dimensions");
    QTest::addColumn<bool>("hash");

    QTest::newRow("out-of-band only") << message(Url, oob(Url)) << Url << QString() << QString()
                                      << qint64(-1) << QSize() << false;
    // As Dino sends it: both, for the same address.
    QTest::newRow("file sharing with out-of-band")
        << message(Url, oob(Url) + sharing(Metadata, Url)) << Url << u"summit.jpg"_s
        << u"image/jpeg"_s << qint64(3032449) << QSize(4096, 2160) << true;
    QTest::newRow("file sharing alone")
        << message(Url, sharing(Metadata, Url)) << Url << u"summit.jpg"_s << u"image/jpeg"_s
        << qint64(3032449) << QSize(4096, 2160) << true;
    QTest::newRow("details of another file ignored")
        << message(Url, oob(Url) + sharing(Metadata, u"https://elsewhere.example/x.exe"_s)) << Url
        << QString() << QString() << qint64(-1) << QSize() << false;
    QTest::newRow("file sharing with a file: source ignored")
        << message(u"look"_s, sharing(Metadata, u"file:///etc/passwd"_s)) << QString() << QString()
        << QString() << qint64(-1) << QSize() << false;
    QTest::newRow("odd values lose only themselves") << message(Url,
        oob(Url)
            + sharing(u"<media-type>image/jpeg; x=&lt;&lt;</media-type><name>ok.jpg</name>"
                      "<size>-5</size><width>99999999</width><height>10</height>"
                      "<hash xmlns='urn:xmpp:hashes:2' algo='sha-256'>c2hvcnQ=</hash>"_s,
                Url)) << Url << u"ok.jpg"_s << QString()
                                                     << qint64(-1) << QSize() << false;
    QTest::newRow("name too long dropped")
        << message(Url, sharing(u"<name>"_s + QString(300, u'a') + u"</name>"_s, Url)) << Url
        << QString() << QString() << qint64(-1) << QSize() << false;
    QTest::newRow("bare picture address") << message(Url, QString()) << Url << QString()
                                          << QString() << qint64(-1) << QSize() << false;
    QTest::newRow("bare http picture address is a link")
        << message(u"http://up.example.org/a.png"_s, QString()) << QString() << QString()
        << QString() << qint64(-1) << QSize() << false;
    QTest::newRow("picture address within text is a link")
        << message(u"see "_s + Url, QString()) << QString() << QString() << QString() << qint64(-1)
        << QSize() << false;
    QTest::newRow("bare address of a page is a link")
        << message(u"https://example.org/summit.html"_s, QString()) << QString() << QString()
        << QString() << qint64(-1) << QSize() << false;
    QTest::newRow("out-of-band javascript refused")
        << message(u"x"_s, oob(u"javascript:alert(1)"_s)) << QString() << QString() << QString()
        << qint64(-1) << QSize() << false;
}

void SharedFileTest::received()
{
    QFETCH(QString, xml);
    const auto element = parseXmlFragment(xml);
    QVERIFY(element);
    const SharedFile file = sharedFileOf(Message(*element));
    QTEST(file.url, "url");
    QTEST(file.name, "name");
    QTEST(file.mediaType, "type");
    QTEST(file.size, "size");
    QTEST(file.dimensions, "dimensions");
    QFETCH(bool, hash);
    QCOMPARE(file.sha256, hash ? Digest : QByteArray());
}

void SharedFileTest::writtenAndReadBack()
{
    SharedFile file;
    file.url = Url;
    file.name = u"summit <1>.jpg"_s;
    file.mediaType = u"image/jpeg"_s;
    file.size = 3032449;
    file.dimensions = QSize(4096, 2160);
    file.sha256 = Digest;
    Message sent(Message::Type::Chat, Jid::fromString(u"ben@example.org"_s), Url);
    setSharedFile(sent, file);
    const auto parsed = parseXmlFragment(sent.element().toXml());
    QVERIFY(parsed);
    QCOMPARE(sharedFileOf(Message(*parsed)), file);
    QCOMPARE(sent.payload(u"x", u"jabber:x:oob").firstChild(u"url", u"jabber:x:oob").text(), Url);
    QCOMPARE(file.displayName(), u"summit <1>.jpg"_s);

    SharedFile bare;
    bare.url = u"https://up.example.org/f/a%20b.pdf"_s;
    Message plain(Message::Type::Chat, Jid::fromString(u"ben@example.org"_s), bare.url);
    setSharedFile(plain, bare);
    QVERIFY(plain.payload(u"file-sharing", u"urn:xmpp:sfs:0").isNull());
    QCOMPARE(sharedFileOf(plain), bare);
    QCOMPARE(bare.displayName(), u"a b.pdf"_s);
}

QTEST_GUILESS_MAIN(SharedFileTest)
#include "tst_sharedfile.moc"

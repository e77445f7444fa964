// What a Jingle file offer and its SOCKS5 candidates (XEP-0234, XEP-0260) read from the
// network: sizes that are no sizes, hashes of the wrong length, candidates without a port
// or of kinds we do not speak are left out rather than trusted.
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/xep0234_jingle/JingleFile.h"
#include "xmpp/modules/xep0234_jingle/S5bCandidate.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

namespace {
XmlElement description(const QString& size, const QList<XmlElement>& extra = {})
{
    XmlElement file(u"file"_s, Ns::JingleFileTransfer);
    file.appendTextChild(u"name"_s, Ns::JingleFileTransfer, u"notes.pdf"_s);
    if (!size.isNull()) {
        file.appendTextChild(u"size"_s, Ns::JingleFileTransfer, size);
    }
    for (const XmlElement& element : extra) {
        file.appendChild(element);
    }
    XmlElement wrapper(u"description"_s, Ns::JingleFileTransfer);
    wrapper.appendChild(file);
    return wrapper;
}

XmlElement hash(const QString& algo, const QByteArray& value)
{
    XmlElement element(u"hash"_s, Ns::Hashes);
    element.setAttribute(u"algo"_s, algo);
    element.setText(QString::fromLatin1(value.toBase64()));
    return element;
}
} // namespace

class JingleElementsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileRoundTrip();
    void fileSizes_data();
    void fileSizes();
    void wrongHashesAreIgnored();
    void candidates_data();
    void candidates();
    void directBeatsProxy();
};

void JingleElementsTest::fileRoundTrip()
{
    JingleFile file;
    file.name = u"holiday.jpg"_s;
    file.mediaType = u"image/jpeg"_s;
    file.size = 123456;
    file.sha256 = QCryptographicHash::hash("x", QCryptographicHash::Sha256);
    file.date = QDateTime::fromString(u"2026-12-04T10:00:00Z"_s, Qt::ISODate);
    XmlElement wrapper(u"description"_s, Ns::JingleFileTransfer);
    wrapper.appendChild(file.toElement());
    const std::optional<JingleFile> read = JingleFile::fromDescription(wrapper);
    QVERIFY(read);
    QCOMPARE(read->name, file.name);
    QCOMPARE(read->mediaType, file.mediaType);
    QCOMPARE(read->size, file.size);
    QCOMPARE(read->sha256, file.sha256);
    QCOMPARE(read->date, file.date);
}

void JingleElementsTest::fileSizes_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<bool>("taken");
    QTest::newRow("bytes") << u"6144"_s << true;
    QTest::newRow("empty file") << u"0"_s << true;
    QTest::newRow("negative") << u"-1"_s << false;
    QTest::newRow("not a number") << u"lots"_s << false;
    QTest::newRow("too large for 64 bits") << u"99999999999999999999999"_s << false;
    QTest::newRow("missing") << QString() << false;
}

void JingleElementsTest::fileSizes()
{
    QFETCH(QString, size);
    QFETCH(bool, taken);
    QCOMPARE(JingleFile::fromDescription(description(size)).has_value(), taken);
}

void JingleElementsTest::wrongHashesAreIgnored()
{
    const QByteArray good = QCryptographicHash::hash("x", QCryptographicHash::Sha256);
    const std::optional<JingleFile> file = JingleFile::fromDescription(description(
        u"1"_s, {hash(u"sha-256"_s, good.left(16)), hash(u"sha-1"_s, good), hash(u"md5"_s, good)}));
    QVERIFY(file);
    QVERIFY(file->sha256.isEmpty());
    QVERIFY(file->sha1.isEmpty());
}

void JingleElementsTest::candidates_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("jid");
    QTest::addColumn<bool>("taken");
    QTest::newRow("direct") << u"direct"_s << u"5086"_s << u"romeo@montague.example/orchard"_s
                            << true;
    QTest::newRow("proxy") << u"proxy"_s << u"7777"_s << u"proxy.example"_s << true;
    QTest::newRow("no type means direct") << QString() << u"5086"_s << u"a@b/c"_s << true;
    QTest::newRow("assisted is not spoken") << u"assisted"_s << u"5086"_s << u"a@b/c"_s << false;
    QTest::newRow("port zero") << u"direct"_s << u"0"_s << u"a@b/c"_s << false;
    QTest::newRow("port too large") << u"direct"_s << u"70000"_s << u"a@b/c"_s << false;
    QTest::newRow("no address") << u"direct"_s << u"5086"_s << u"@@"_s << false;
}

void JingleElementsTest::candidates()
{
    QFETCH(QString, type);
    QFETCH(QString, port);
    QFETCH(QString, jid);
    QFETCH(bool, taken);
    XmlElement element(u"candidate"_s, Ns::JingleS5b);
    element.setAttribute(u"cid"_s, u"hft54dqy"_s);
    element.setAttribute(u"host"_s, u"192.0.2.1"_s);
    element.setAttribute(u"jid"_s, jid);
    element.setAttribute(u"port"_s, port);
    element.setAttribute(u"priority"_s, u"8257636"_s);
    element.setAttribute(u"type"_s, type);
    const std::optional<S5bCandidate> candidate = S5bCandidate::fromElement(element);
    QCOMPARE(candidate.has_value(), taken);
    if (candidate) {
        QCOMPARE(candidate->priority, 8257636u);
        const std::optional<S5bCandidate> again = S5bCandidate::fromElement(candidate->toElement());
        QVERIFY(again);
        QCOMPARE(again->cid, candidate->cid);
        QCOMPARE(again->port, candidate->port);
        QCOMPARE(again->type, candidate->type);
    }
}

void JingleElementsTest::directBeatsProxy()
{
    // XEP-0260 §2.3: type preference 126 for direct, 10 for proxy, shifted by 16 bits.
    QCOMPARE(S5bCandidate::priorityFor(S5bCandidate::Type::Direct, 0), 126u << 16);
    QVERIFY(S5bCandidate::priorityFor(S5bCandidate::Type::Direct, 0)
        > S5bCandidate::priorityFor(S5bCandidate::Type::Proxy, 65535));
}

QTEST_GUILESS_MAIN(JingleElementsTest)
#include "tst_jingleelements.moc"

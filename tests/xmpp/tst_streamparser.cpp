// StreamParser: every stream is fed whole, one byte at a time, in random chunks and split at
// every byte; hostile streams must end with the right error whatever the chunking.
#include "xmpp/core/Namespaces.h"
#include "xmpp/stream/StreamParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

namespace {

class Recorder : public StreamParser::Handler
{
public:
    QStringList events;
    std::function<void()> onElement;

    void streamOpened(const StreamHeader& header) override
    {
        events << u"open from=%1 id=%2 version=%3 lang=%4"_s.arg(
            header.from, header.id, header.version, header.language);
    }
    void elementReceived(const XmlElement& element) override
    {
        events << element.toXml(Ns::Client);
        if (onElement) {
            onElement();
        }
    }
    void elementDropped(const XmlElement& element, StreamParser::Error reason) override
    {
        events << u"dropped %1 id=%2 %3"_s.arg(element.name(), element.attribute(u"id"),
            reason == StreamParser::Error::TooDeep ? u"too deep"_s : u"attributes"_s);
    }
    void streamClosed() override { events << u"close"_s; }
};

struct Outcome
{
    QStringList events;
    StreamParser::Error error = StreamParser::Error::None;
};

Outcome parseInChunks(const QByteArray& stream, const QList<qsizetype>& cuts,
    StreamParser::Limits limits = StreamParser::Limits())
{
    Recorder recorder;
    StreamParser parser(recorder, limits);
    qsizetype start = 0;
    for (qsizetype cut : cuts) {
        parser.feed(stream.mid(start, cut - start));
        start = cut;
    }
    parser.feed(stream.mid(start));
    return {recorder.events, parser.error()};
}

QList<QList<qsizetype>> chunkings(const QByteArray& stream)
{
    QList<QList<qsizetype>> result;
    result.append(QList<qsizetype>()); // whole
    QList<qsizetype> bytes;
    for (qsizetype i = 1; i < stream.size(); ++i) {
        bytes.append(i);
    }
    result.append(bytes); // one byte at a time
    QRandomGenerator random(4711);
    for (int round = 0; round < 20; ++round) {
        QList<qsizetype> cuts;
        for (qsizetype pos = random.bounded(1, 40); pos < stream.size();
             pos += random.bounded(1, 40)) {
            cuts.append(pos);
        }
        result.append(cuts);
    }
    for (qsizetype i = 1; i < stream.size(); ++i) {
        result.append(QList<qsizetype> {i}); // two pieces, split at every byte
    }
    return result;
}

const QByteArray header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams' from='example.com' "
                          "id='s1' version='1.0' xml:lang='en'>";
const QString opened = u"open from=example.com id=s1 version=1.0 lang=en"_s;

} // namespace

class StreamParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellFormed_data();
    void wellFormed();
    void hostile_data();
    void hostile();
    void contained_data();
    void contained();
    void restartFromHandlerDropsTheOldStream();
    void oversizedStanzaInOneChunkIsRefused();
    void unterminatedTextIsBounded();
    void errorsAreFinalUntilReset();
};

void StreamParserTest::wellFormed_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("events");

    QTest::newRow("features and stanzas")
        << header
            + "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/>"
              "</starttls></stream:features>"
              "<message to='a@b' type='chat' id='m1'><body>Hi &amp; &lt;bye&gt; &#x263A;</body>"
              "</message>\n \n<presence from='c@d/r'><show>away</show><c "
              "xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='n' ver='v='/>"
              "</presence><iq type='result' id='1'/></stream:stream>"
        << QStringList {opened,
               u"<features xmlns='http://etherx.jabber.org/streams'><starttls "
               "xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls></features>"_s,
               u"<message to='a@b' type='chat' id='m1'><body>Hi &amp; &lt;bye&gt; ☺</body>"
               "</message>"_s,
               u"<presence from='c@d/r'><show>away</show><c "
               "xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='n' ver='v='/>"
               "</presence>"_s,
               u"<iq type='result' id='1'/>"_s, u"close"_s};

    QTest::newRow("prefixed payload namespaces")
        << header
            + "<message xmlns:x='jabber:x:data'><x:x type='form'><x:field var='a'>"
              "<x:value>1</x:value></x:field></x:x></message>"
        << QStringList {opened,
               u"<message><x xmlns='jabber:x:data' type='form'><field var='a'><value>1</value>"
               "</field></x></message>"_s};

    QTest::newRow("multibyte text")
        << header + "<message><body>h\xc3\xa9llo \xf0\x9f\x98\x80 \xe2\x82\xac</body></message>"
        << QStringList {opened, u"<message><body>héllo 😀 €</body></message>"_s};

    QTest::newRow("cdata may hold markup")
        << header + "<message><body><![CDATA[<!-- not a comment --> <?pi?> ]]]></body></message>"
        << QStringList {opened,
               u"<message><body>&lt;!-- not a comment --&gt; &lt;?pi?&gt; ]</body></message>"_s};

    QTest::newRow("brackets and > in attributes and text")
        << header + "<message id=']]>' a=\"x>y\"><body>]] > ]>]</body></message>"
        << QStringList {
               opened, u"<message id=']]&gt;' a='x&gt;y'><body>]] &gt; ]&gt;]</body></message>"_s};

    QTest::newRow("xml:lang and quotes")
        << header + "<message xml:lang=\"de\" id=\"it's\"><body/></message>"
        << QStringList {opened, u"<message xml:lang='de' id='it&apos;s'><body/></message>"_s};

    QTest::newRow("no xml declaration")
        << QByteArray("<stream:stream xmlns='jabber:client' "
                      "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'><iq/>")
        << QStringList {u"open from= id= version=1.0 lang="_s, u"<iq/>"_s};
}

void StreamParserTest::wellFormed()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, events);

    for (const QList<qsizetype>& cuts : chunkings(stream)) {
        const Outcome outcome = parseInChunks(stream, cuts);
        if (outcome.events != events || outcome.error != StreamParser::Error::None) {
            qWarning() << "cuts" << cuts;
        }
        QCOMPARE(outcome.events, events);
        QCOMPARE(outcome.error, StreamParser::Error::None);
    }
}

void StreamParserTest::hostile_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<StreamParser::Error>("error");
    QTest::addColumn<int>("goodEvents");

    using E = StreamParser::Error;
    const QByteArray laughs = "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
                              "<!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>]>";
    QTest::newRow("dtd before stream") << laughs + header.mid(21) << E::RestrictedXml << 0;
    QTest::newRow("dtd inside stream")
        << header + "<iq/><!DOCTYPE x [<!ENTITY a 'b'>]><iq>&a;</iq>" << E::RestrictedXml << 2;
    QTest::newRow("comment") << header + "<iq/><!-- hi --><iq/>" << E::RestrictedXml << 2;
    QTest::newRow("comment inside stanza")
        << header + "<message><!-- hi --></message>" << E::RestrictedXml << 1;
    QTest::newRow("processing instruction")
        << header + "<iq/><?php evil()?>" << E::RestrictedXml << 2;
    QTest::newRow("second xml declaration")
        << header + "<?xml version='1.0'?>" << E::RestrictedXml << 1;
    QTest::newRow("undeclared entity")
        << header + "<message><body>&foo;</body></message>" << E::NotWellFormed << 1;
    QTest::newRow("external entity")
        << header + "<message><body>&xxe;</body></message>" << E::NotWellFormed << 1;
    QTest::newRow("cdata end in text")
        << header + "<iq/><message><body>a]]>b</body></message>" << E::NotWellFormed << 2;
    QTest::newRow("mismatched tags") << header + "<iq><query></iq>" << E::NotWellFormed << 1;
    QTest::newRow("bad utf-8") << header + "<message><body>\xff\xfe</body></message>"
                               << E::NotWellFormed << 1;
    QTest::newRow("nul in text") << header + QByteArray("<message><body>a\0b</body></message>", 35)
                                 << E::NotWellFormed << 1;
    QTest::newRow("control character")
        << header + "<message><body>a\x01b</body></message>" << E::NotWellFormed << 1;
    QTest::newRow("noncharacter U+FFFE")
        << header + "<message><body>\xef\xbf\xbe</body></message>" << E::NotWellFormed << 1;
    QTest::newRow("overlong utf-8")
        << header + "<message><body>\xc0\xbc</body></message>" << E::NotWellFormed << 1;
    QTest::newRow("utf-16") << QByteArray("\xff\xfe<\0s\0", 6) << E::UnsupportedEncoding << 0;
    QTest::newRow("latin-1 declared")
        << QByteArray("<?xml version='1.0' encoding='ISO-8859-1'?><stream:stream/>")
        << E::UnsupportedEncoding << 0;
    QTest::newRow("wrong root") << QByteArray("<html xmlns='jabber:client'><body/></html>")
                                << E::InvalidNamespace << 0;
    QTest::newRow("wrong stream namespace")
        << QByteArray("<stream:stream xmlns='jabber:client' xmlns:stream='urn:wrong'>")
        << E::InvalidNamespace << 0;
    QTest::newRow("server namespace")
        << QByteArray("<stream:stream xmlns='jabber:server' "
                      "xmlns:stream='http://etherx.jabber.org/streams'>")
        << E::InvalidNamespace << 0;
    QTest::newRow("text between stanzas") << header + "<iq/>junk<iq/>" << E::NotWellFormed << 2;
    QTest::newRow("too large") << header + "<message><body>" + QByteArray(3000, 'x')
            + "</body></message>"
                               << E::StanzaTooLarge << 1;
    QTest::newRow("too deep before the session")
        << header + "<stream:features>" + QByteArray("<a>").repeated(40) << E::None << 1;
}

void StreamParserTest::hostile()
{
    QFETCH(QByteArray, stream);
    QFETCH(StreamParser::Error, error);
    QFETCH(int, goodEvents);

    StreamParser::Limits limits;
    limits.maxStanzaSize = 2048;
    for (const QList<qsizetype>& cuts : chunkings(stream)) {
        const Outcome outcome = parseInChunks(stream, cuts, limits);
        if (outcome.error != error) {
            qWarning() << "cuts" << cuts << outcome.events;
        }
        QCOMPARE(outcome.error, error);
        QCOMPARE(outcome.events.size(), goodEvents);
    }
}

QByteArray nested(const QByteArray& name, int depth, const QByteArray& inner = {})
{
    const QByteArray open = "<" + name + ">";
    const QByteArray close = "</" + name + ">";
    return open.repeated(depth) + inner + close.repeated(depth);
}

QByteArray attributes(int count, const QByteArray& last = {})
{
    QByteArray text;
    for (int i = 0; i < count; ++i) {
        text += " a" + QByteArray::number(i) + "='" + (i == count - 1 ? last : "v") + "'";
    }
    return text;
}

// A stanza that breaks a limit on its content is left out alone: the stream goes on, and
// what follows arrives whole, however the bytes were cut.
void StreamParserTest::contained_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("events");

    const QByteArray after = "<iq id='after'/>";
    const QString afterEvent = u"<iq id='after'/>"_s;
    QTest::newRow("nested 35 deep") << header + "<message id='m'>" + nested("a", 34) + "</message>"
            + after << QStringList {opened, u"dropped message id=m too deep"_s, afterEvent};
    QTest::newRow("nested 32 deep is fine")
        << header + "<message id='m'>" + nested("a", 31) + "</message>"
        << QStringList {opened,
               u"<message id='m'>"_s + QString::fromLatin1(nested("a", 30, "<a/>"))
                   + u"</message>"_s};
    const QByteArray forwarded = "<received xmlns='urn:xmpp:carbons:2'><forwarded "
                                 "xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client'>"
        + nested("a", 30) + "</message></forwarded></received>";
    QTest::newRow("forwarded content has its own budget")
        << header + "<message id='c'>" + forwarded + "</message>" + after
        << QStringList {opened,
               u"<message id='c'><received xmlns='urn:xmpp:carbons:2'><forwarded "
               "xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client'>"_s
                   + QString::fromLatin1(nested("a", 29, "<a/>"))
                   + u"</message></forwarded></received></message>"_s,
               afterEvent};
    QTest::newRow("forwarded content too deep") << header
            + "<message id='c'><received xmlns='urn:xmpp:carbons:2'><forwarded "
              "xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client'>"
            + nested("a", 33) + "</message></forwarded></received></message>"
            + after << QStringList {opened, u"dropped message id=c too deep"_s, afterEvent};
    QTest::newRow("too many attributes inside") << header + "<message id='m'><body>hi</body><x"
            + attributes(300, "a>b/") + "/></message>"
            + after << QStringList {opened, u"dropped message id=m attributes"_s, afterEvent};
    QTest::newRow("too many attributes with content")
        << header + "<message id='m'><x" + attributes(100) + " >text<y/></x></message>" + after
        << QStringList {opened, u"dropped message id=m attributes"_s, afterEvent};
    QTest::newRow("too many attributes on the stanza")
        << header + "<presence id='p'" + attributes(65) + "><status>x</status></presence>" + after
        << QStringList {opened, u"dropped presence id=p attributes"_s, afterEvent};
    QTest::newRow("too many namespace declarations") << header + "<message id='m'><x"
            + QByteArray(" xmlns:p='u'").repeated(1) + attributes(70) + "/></message>"
            + after << QStringList {opened, u"dropped message id=m attributes"_s, afterEvent};
    QTest::newRow("64 attributes are fine")
        << header + "<iq id='x'" + attributes(63) + "/>"
        << QStringList {opened, u"<iq id='x'"_s + QString::fromLatin1(attributes(63)) + u"/>"_s};
    QTest::newRow("several in a row")
        << header + "<message id='1'>" + nested("a", 40) + "</message><iq id='2'" + attributes(99)
            + "/><message id='3'><x" + attributes(80) + "/></message>" + after
        << QStringList {opened, u"dropped message id=1 too deep"_s, u"dropped iq id=2 attributes"_s,
               u"dropped message id=3 attributes"_s, afterEvent};
}

// The same as for well-formed streams: every chunking gives these events and no error.
void StreamParserTest::contained()
{
    wellFormed();
}

void StreamParserTest::restartFromHandlerDropsTheOldStream()
{
    Recorder recorder;
    StreamParser parser(recorder);
    recorder.onElement = [&] {
        if (recorder.events.last().contains(u"proceed")) {
            parser.reset();
        }
    };
    QVERIFY(parser.feed(header + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/><iq/>"));
    QCOMPARE(recorder.events.size(), 2);
    QVERIFY(parser.feed(header + "<iq id='after'/>"));
    QCOMPARE(recorder.events.size(), 4);
    QCOMPARE(recorder.events.last(), u"<iq id='after'/>"_s);
}

void StreamParserTest::oversizedStanzaInOneChunkIsRefused()
{
    Recorder recorder;
    StreamParser::Limits limits;
    limits.maxStanzaSize = 100;
    StreamParser parser(recorder, limits);
    QVERIFY(!parser.feed(
        header + "<iq/><message><body>" + QByteArray(200, 'x') + "</body></message><iq/>"));
    QCOMPARE(parser.error(), StreamParser::Error::StanzaTooLarge);
    QCOMPARE(recorder.events.size(), 2);
}

void StreamParserTest::unterminatedTextIsBounded()
{
    // A text node that never ends: the parser must give up once the limit is passed instead
    // of buffering without end.
    Recorder recorder;
    StreamParser parser(recorder); // default limit, 1 MiB
    QVERIFY(parser.feed(header + "<message><body>"));
    const QByteArray chunk(64 * 1024, 'x');
    int fed = 0;
    while (parser.feed(chunk)) {
        ++fed;
        QVERIFY(fed < 100);
    }
    QCOMPARE(parser.error(), StreamParser::Error::StanzaTooLarge);
    QCOMPARE(fed, 15);
}

void StreamParserTest::errorsAreFinalUntilReset()
{
    Recorder recorder;
    StreamParser parser(recorder);
    QVERIFY(!parser.feed(header + "<!-- x -->"));
    QVERIFY(!parser.feed("<iq/>"));
    QCOMPARE(recorder.events.size(), 1);
    QVERIFY(!parser.errorDescription().isEmpty());
    parser.reset();
    QCOMPARE(parser.error(), StreamParser::Error::None);
    QVERIFY(parser.feed(header + "<iq/>"));
    QCOMPARE(recorder.events.size(), 3);
}

QTEST_GUILESS_MAIN(StreamParserTest)
#include "tst_streamparser.moc"

// Parser throughput: 100,000 mixed stanzas (messages with bodies, presences with caps, roster
// iqs) through StreamParser in 64 KiB reads, beside a plain QXmlStreamReader token scan of the
// same bytes in the same reads, which is the ceiling for any parser built on it.
#include "xmpp/stream/StreamParser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QXmlStreamReader>

#include <cstdio>

using namespace Palaver::Xmpp;

namespace {

QByteArray generateStream(int stanzas)
{
    QRandomGenerator random(2026);
    QByteArray stream = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                        "xmlns:stream='http://etherx.jabber.org/streams' from='example.com' "
                        "id='bench' version='1.0' xml:lang='en'>";
    const char* words[] = {"hello", "world", "are", "you", "coming", "tonight", "ok", "see",
        "tomorrow", "great", "thanks", "meeting", "at", "seven", "café", "😀"};
    for (int i = 0; i < stanzas; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray contact
            = "user" + QByteArray::number(random.bounded(5000)) + "@example.org";
        switch (i % 3) {
        case 0: {
            QByteArray body;
            const int length = 3 + random.bounded(20);
            for (int w = 0; w < length; ++w) {
                body += words[random.bounded(16)];
                body += ' ';
            }
            stream += "<message from='" + contact
                + "/phone' to='me@example.com/pc' type='chat' id='m" + n + "'><body>" + body
                + "</body><active xmlns='http://jabber.org/protocol/chatstates'/>"
                  "<request xmlns='urn:xmpp:receipts'/><origin-id xmlns='urn:xmpp:sid:0' id='o"
                + n + "'/><stanza-id xmlns='urn:xmpp:sid:0' by='me@example.com' id='s" + n
                + "'/></message>";
            break;
        }
        case 1:
            stream += "<presence from='" + contact
                + "/laptop' to='me@example.com/pc'><show>away</show>"
                  "<status>Out for lunch &amp; back soon</status><priority>5</priority><c "
                  "xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://palaver.im' "
                  "ver='QgayPKawpkPSDYmwT/WM94uAlu0='/><x xmlns='vcard-temp:x:update'><photo>"
                  "01b87fcd030b72895ff8e88db57ec525450f000d</photo></x></presence>";
            break;
        default:
            stream += "<iq type='set' id='push" + n
                + "' to='me@example.com/pc'><query "
                  "xmlns='jabber:iq:roster' ver='v"
                + n + "'><item jid='" + contact + "' name='Contact " + n
                + "' subscription='both'><group>Friends</group>"
                  "<group>Work</group></item></query></iq>";
            break;
        }
    }
    return stream;
}

class CountingHandler : public StreamParser::Handler
{
public:
    qint64 elements = 0;
    void streamOpened(const StreamHeader&) override { }
    void elementReceived(const XmlElement&) override { ++elements; }
    void elementDropped(const XmlElement&, StreamParser::Error) override { ++elements; }
    void streamClosed() override { }
};

constexpr qsizetype Chunk = 64 * 1024;

double timeParser(const QByteArray& stream, qint64& elements)
{
    CountingHandler handler;
    StreamParser parser(handler);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype pos = 0; pos < stream.size(); pos += Chunk) {
        if (!parser.feed(stream.mid(pos, Chunk))) {
            std::fprintf(stderr, "parser failed: %s\n", qPrintable(parser.errorDescription()));
            return -1;
        }
    }
    elements = handler.elements;
    return double(timer.nsecsElapsed()) / 1e9;
}

double timeTokenScan(const QByteArray& stream, qint64& tokens)
{
    QXmlStreamReader reader;
    QElapsedTimer timer;
    timer.start();
    tokens = 0;
    for (qsizetype pos = 0; pos < stream.size(); pos += Chunk) {
        reader.addData(stream.mid(pos, Chunk));
        while (reader.readNext() != QXmlStreamReader::Invalid) {
            ++tokens;
        }
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char* argv[])
{
    const int stanzas = argc > 1 ? std::atoi(argv[1]) : 100000;
    const QByteArray stream = generateStream(stanzas);
    const double megabytes = double(stream.size()) / (1024.0 * 1024.0);
    std::printf("stream: %d stanzas, %.1f MiB\n", stanzas, megabytes);

    double bestParser = 1e9;
    double bestScan = 1e9;
    qint64 elements = 0;
    qint64 tokens = 0;
    for (int round = 0; round < 5; ++round) {
        bestScan = std::min(bestScan, timeTokenScan(stream, tokens));
        const double parser = timeParser(stream, elements);
        if (parser < 0) {
            return 1;
        }
        bestParser = std::min(bestParser, parser);
    }
    std::printf("plain QXmlStreamReader scan: %8.0f stanzas/s  %6.1f MiB/s  (%lld tokens)\n",
        stanzas / bestScan, megabytes / bestScan, static_cast<long long>(tokens));
    std::printf("StreamParser (trees):        %8.0f stanzas/s  %6.1f MiB/s  (%lld stanzas)\n",
        stanzas / bestParser, megabytes / bestParser, static_cast<long long>(elements));
    std::printf("parser speed / plain scan:   %.0f%%\n", 100.0 * bestScan / bestParser);
    return elements == stanzas ? 0 : 1;
}

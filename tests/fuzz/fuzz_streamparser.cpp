// libFuzzer target for the stream parser's chunk-by-chunk path: the input is split at places
// chosen by its first bytes and fed piece by piece. Feeding it whole must give the same
// stanzas and the same verdict (failed or not), whatever the chunking.
#include "xmpp/core/Namespaces.h"
#include "xmpp/stream/StreamParser.h"

#include <QByteArray>
#include <QStringList>

#include <cstdint>
#include <cstdlib>

using namespace Palaver::Xmpp;

namespace {

class Recorder : public StreamParser::Handler
{
public:
    QStringList events;
    void streamOpened(const StreamHeader& header) override { events << header.id; }
    void elementReceived(const XmlElement& element) override
    {
        events << element.toXml(Ns::Client);
    }
    void elementDropped(const XmlElement& element, StreamParser::Error) override
    {
        events << QStringLiteral("dropped ") + element.name();
    }
    void streamClosed() override { events << QStringLiteral("close"); }
};

struct Outcome
{
    QStringList events;
    bool failed = false;
};

Outcome parse(const QByteArray& stream, const QList<qsizetype>& cuts)
{
    Recorder recorder;
    StreamParser::Limits limits;
    limits.maxStanzaSize = 2048; // small, so the fuzzer reaches the limit paths
    limits.maxDepth = 16;
    StreamParser parser(recorder, limits);
    qsizetype start = 0;
    for (qsizetype cut : cuts) {
        parser.feed(stream.mid(start, cut - start));
        start = cut;
    }
    parser.feed(stream.mid(start));
    return {recorder.events, parser.error() != StreamParser::Error::None};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    // The first two bytes seed the chunk sizes; the rest follows a valid stream header so the
    // fuzzer spends its time inside stanzas.
    uint32_t seed = data[0] | (uint32_t(data[1]) << 8);
    const QByteArray stream = QByteArray("<stream:stream xmlns='jabber:client' "
                                         "xmlns:stream='http://etherx.jabber.org/streams' "
                                         "version='1.0' id='f'>")
        + QByteArray(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2))
        // Closing the stream makes the reader report everything, so an input that merely
        // stops early cannot look different whole and in pieces.
        + QByteArray("</stream:stream>");
    QList<qsizetype> cuts;
    for (qsizetype pos = 0;;) {
        seed = seed * 1103515245u + 12345u;
        pos += 1 + (seed >> 16) % 64;
        if (pos >= stream.size()) {
            break;
        }
        cuts.append(pos);
    }
    const Outcome whole = parse(stream, {});
    const Outcome chunked = parse(stream, cuts);
    if (whole.failed != chunked.failed || whole.events != chunked.events) {
        std::abort(); // chunking changed what was parsed
    }
    return 0;
}

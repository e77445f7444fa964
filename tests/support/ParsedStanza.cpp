#include "ParsedStanza.h"

#include "xmpp/stream/StreamParser.h"

namespace Palaver::Testing {

namespace {
class LastElement : public Xmpp::StreamParser::Handler
{
public:
    Xmpp::XmlElement last;
    void streamOpened(const Xmpp::StreamHeader&) override { }
    void elementReceived(const Xmpp::XmlElement& element) override { last = element; }
    void elementDropped(const Xmpp::XmlElement&, Xmpp::StreamParser::Error) override { }
    void streamClosed() override { }
};
} // namespace

Xmpp::XmlElement parseStanza(const QString& xml)
{
    LastElement handler;
    Xmpp::StreamParser parser(handler);
    parser.feed(
        "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>"
        + xml.toUtf8());
    return handler.last;
}

} // namespace Palaver::Testing

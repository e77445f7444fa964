#include "XmlFragment.h"

#include "StreamParser.h"

namespace Palaver::Xmpp {
namespace {
class FirstElement : public StreamParser::Handler
{
public:
    std::optional<XmlElement> element;
    void streamOpened(const StreamHeader&) override { }
    void elementReceived(const XmlElement& received) override
    {
        if (!element) {
            element = received;
        }
    }
    void elementDropped(const XmlElement&, StreamParser::Error) override { dropped = true; }
    void streamClosed() override { }
    bool dropped = false;
};
} // namespace

std::optional<XmlElement> parseXmlFragment(const QByteArray& xml)
{
    FirstElement handler;
    StreamParser parser(handler);
    if (!parser.feed("<stream:stream xmlns='jabber:client' "
                     "xmlns:stream='http://etherx.jabber.org/streams'>"
            + xml)) {
        return std::nullopt;
    }
    if (handler.dropped) {
        return std::nullopt;
    }
    return handler.element;
}

} // namespace Palaver::Xmpp

#include "StreamParser.h"

#include "../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

StreamParser::StreamParser(Handler& handler, Limits limits)
    : m_handler(handler)
    , m_limits(limits)
{
    reset();
}

StreamParser::StreamParser(Handler& handler)
    : StreamParser(handler, Limits())
{ }

StreamParser::~StreamParser() = default;

void StreamParser::reset()
{
    m_reader = std::make_unique<QXmlStreamReader>();
    m_scanner.reset();
    m_open.clear();
    m_boundary = 0;
    m_streamOpen = false;
    m_error = Error::None;
    m_errorDescription.clear();
    ++m_generation;
}

bool StreamParser::feed(const QByteArray& data)
{
    if (m_error != Error::None) {
        return false;
    }
    const quint64 generation = m_generation;
    const RestrictedXmlScanner::Verdict verdict = m_scanner.scan(data);
    // What came before a forbidden construct is still parsed, so no stanza before it is lost.
    if (verdict == RestrictedXmlScanner::Verdict::Ok) {
        m_reader->addData(data);
    } else if (m_scanner.validBytes() > 0) {
        m_reader->addData(data.left(m_scanner.validBytes()));
    }
    processTokens();
    if (generation != m_generation) {
        return true; // restarted by the handler: the rest belonged to the old stream
    }
    switch (verdict) {
    case RestrictedXmlScanner::Verdict::Ok:
        break;
    case RestrictedXmlScanner::Verdict::RestrictedXml:
        fail(Error::RestrictedXml, u"comments, DTDs and processing instructions are not allowed"_s);
        return false;
    case RestrictedXmlScanner::Verdict::NotWellFormed:
        fail(Error::NotWellFormed, u"']]>' outside a CDATA section"_s);
        return false;
    case RestrictedXmlScanner::Verdict::InvalidCharacter:
        fail(Error::NotWellFormed,
            u"the stream contains bytes that are not UTF-8 or characters XML forbids"_s);
        return false;
    case RestrictedXmlScanner::Verdict::UnsupportedEncoding:
        fail(Error::UnsupportedEncoding, u"the stream is not UTF-8"_s);
        return false;
    }
    if (m_error == Error::None && m_scanner.utf16Units() - m_boundary > m_limits.maxStanzaSize) {
        // Checked after reading so that a stanza which completed in this chunk is not counted.
        fail(Error::StanzaTooLarge,
            u"an element is larger than %1 characters"_s.arg(m_limits.maxStanzaSize));
    }
    return m_error == Error::None;
}

void StreamParser::processTokens()
{
    const quint64 generation = m_generation;
    while (m_error == Error::None && generation == m_generation) {
        switch (m_reader->readNext()) {
        case QXmlStreamReader::Invalid:
            if (m_reader->error() != QXmlStreamReader::PrematureEndOfDocumentError) {
                fail(Error::NotWellFormed, m_reader->errorString());
            }
            return;
        case QXmlStreamReader::StartDocument: {
            const QStringView encoding = m_reader->documentEncoding();
            if (!encoding.isEmpty() && encoding.compare(u"UTF-8", Qt::CaseInsensitive) != 0) {
                fail(Error::UnsupportedEncoding, u"the stream declares a non-UTF-8 encoding"_s);
            }
            break;
        }
        case QXmlStreamReader::StartElement:
            startElement();
            break;
        case QXmlStreamReader::EndElement:
            endElement();
            break;
        case QXmlStreamReader::Characters:
            // Whitespace between top-level elements is a keepalive; text at that level is not.
            if (!m_open.isEmpty()) {
                m_open.last().appendText(m_reader->text().toString());
            } else if (!m_reader->isWhitespace()) {
                fail(Error::NotWellFormed, u"text outside any stanza"_s);
            }
            break;
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
        case QXmlStreamReader::ProcessingInstruction:
            fail(Error::RestrictedXml, u"restricted XML: %1"_s.arg(m_reader->tokenString()));
            return;
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::NoToken:
            break;
        }
    }
}

void StreamParser::startElement()
{
    if (!m_streamOpen) {
        if (m_reader->name() != u"stream" || m_reader->namespaceUri() != Ns::Stream) {
            fail(Error::InvalidNamespace, u"the stream does not start with <stream:stream>"_s);
            return;
        }
        bool clientNamespace = false;
        for (const QXmlStreamNamespaceDeclaration& declaration :
            m_reader->namespaceDeclarations()) {
            if (declaration.prefix().isEmpty()) {
                clientNamespace = declaration.namespaceUri() == Ns::Client;
            }
        }
        if (!clientNamespace) {
            fail(Error::InvalidNamespace, u"the stream's content namespace is not jabber:client"_s);
            return;
        }
        const QXmlStreamAttributes attributes = m_reader->attributes();
        StreamHeader header;
        header.from = attributes.value("from"_L1).toString();
        header.to = attributes.value("to"_L1).toString();
        header.id = attributes.value("id"_L1).toString();
        header.version = attributes.value("version"_L1).toString();
        header.language = attributes.value(Ns::Xml, "lang"_L1).toString();
        m_streamOpen = true;
        m_boundary = m_reader->characterOffset();
        m_handler.streamOpened(header);
        return;
    }
    if (m_open.size() >= m_limits.maxDepth) {
        fail(Error::TooDeep, u"elements are nested more than %1 deep"_s.arg(m_limits.maxDepth));
        return;
    }
    const QXmlStreamAttributes readerAttributes = m_reader->attributes();
    QList<XmlAttribute> attributes;
    attributes.reserve(readerAttributes.size());
    for (const QXmlStreamAttribute& a : readerAttributes) {
        attributes.append({m_interner.intern(a.name()), m_interner.intern(a.namespaceUri()),
            a.value().toString()});
    }
    // A child joins its parent only when it is complete, so no element is ever shared while
    // it is being filled (sharing would make the next change copy it).
    m_open.append(XmlElement(m_interner.intern(m_reader->name()),
        m_interner.intern(m_reader->namespaceUri()), std::move(attributes)));
}

void StreamParser::endElement()
{
    if (m_open.isEmpty()) {
        // Only the stream itself can close here: the reader checks that tags match.
        m_streamOpen = false;
        m_handler.streamClosed();
        return;
    }
    XmlElement finished = m_open.takeLast();
    if (!m_open.isEmpty()) {
        m_open.last().appendChild(finished);
        return;
    }
    const qint64 end = m_reader->characterOffset();
    if (end - m_boundary > m_limits.maxStanzaSize) {
        fail(Error::StanzaTooLarge,
            u"an element is larger than %1 characters"_s.arg(m_limits.maxStanzaSize));
        return;
    }
    m_boundary = end;
    m_handler.elementReceived(finished);
}

void StreamParser::fail(Error error, const QString& description)
{
    if (m_error == Error::None) {
        m_error = error;
        m_errorDescription = description;
        m_open.clear();
    }
}

} // namespace Palaver::Xmpp

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
    m_depths.clear();
    m_dropped = {};
    m_dropReason = Error::None;
    m_droppedDepth = 0;
    m_startTags = 0;
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
    if (const QByteArrayView passable = m_scanner.passable(data);
        passable.size() == data.size() && passable.data() == data.constData()) {
        m_reader->addData(data);
    } else if (!passable.isEmpty()) {
        m_reader->addData(passable.toByteArray());
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
            } else if (!m_dropped.isNull()) {
                break; // the content of an element left out
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
    const bool truncated = m_scanner.takeTruncated(++m_startTags);
    if (!m_streamOpen) {
        openStream();
        return;
    }
    if (!m_dropped.isNull()) {
        ++m_droppedDepth;
        return;
    }
    Depth depth {1, 0};
    if (!m_depths.isEmpty()) {
        const Depth& parent = m_depths.last();
        const bool forwarded = m_open.last().is(u"forwarded", Ns::Forward);
        depth = forwarded && parent.forwards < m_limits.maxForwardNesting
            ? Depth {1, parent.forwards + 1}
            : Depth {parent.withinBudget + 1, parent.forwards};
    }
    const QXmlStreamAttributes readerAttributes = m_reader->attributes();
    QList<XmlAttribute> attributes;
    attributes.reserve(readerAttributes.size());
    for (const QXmlStreamAttribute& a : readerAttributes) {
        attributes.append({m_interner.intern(a.name()), m_interner.intern(a.namespaceUri()),
            a.value().toString()});
    }
    XmlElement element(m_interner.intern(m_reader->name()),
        m_interner.intern(m_reader->namespaceUri()), std::move(attributes));
    if (depth.withinBudget > m_limits.maxDepth) {
        startDropping(Error::TooDeep, std::move(element));
        return;
    }
    if (truncated) {
        startDropping(Error::TooManyAttributes, std::move(element));
        return;
    }
    // A child joins its parent only when it is complete, so no element is ever shared while
    // it is being filled (sharing would make the next change copy it).
    m_open.append(std::move(element));
    m_depths.append(depth);
}

void StreamParser::openStream()
{
    if (m_reader->name() != u"stream" || m_reader->namespaceUri() != Ns::Stream) {
        fail(Error::InvalidNamespace, u"the stream does not start with <stream:stream>"_s);
        return;
    }
    bool clientNamespace = false;
    for (const QXmlStreamNamespaceDeclaration& declaration : m_reader->namespaceDeclarations()) {
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
}

// The rest of the top-level element is read but not kept; only its own tag is handed on.
void StreamParser::startDropping(Error reason, XmlElement&& current)
{
    m_droppedDepth = int(m_open.size());
    if (m_open.isEmpty()) {
        m_dropped = std::move(current);
    } else {
        m_dropped = XmlElement(
            m_open.first().name(), m_open.first().namespaceUri(), m_open.first().attributes());
    }
    m_dropReason = reason;
    m_open.clear();
    m_depths.clear();
}

void StreamParser::endElement()
{
    if (!m_dropped.isNull() && m_droppedDepth > 0) {
        --m_droppedDepth;
        return;
    }
    if (m_open.isEmpty() && m_dropped.isNull()) {
        // Only the stream itself can close here: the reader checks that tags match.
        m_streamOpen = false;
        m_handler.streamClosed();
        return;
    }
    if (m_open.size() > 1) {
        XmlElement finished = m_open.takeLast();
        m_depths.removeLast();
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
    if (!m_dropped.isNull()) {
        const XmlElement dropped = std::exchange(m_dropped, {});
        m_handler.elementDropped(dropped, std::exchange(m_dropReason, Error::None));
        return;
    }
    const XmlElement finished = m_open.takeLast();
    m_depths.clear();
    m_handler.elementReceived(finished);
}

StreamError::Condition StreamParser::streamCondition(Error error)
{
    switch (error) {
    case Error::RestrictedXml:
        return StreamError::Condition::RestrictedXml;
    case Error::UnsupportedEncoding:
        return StreamError::Condition::UnsupportedEncoding;
    case Error::InvalidNamespace:
        return StreamError::Condition::InvalidNamespace;
    case Error::StanzaTooLarge:
    case Error::TooDeep:
    case Error::TooManyAttributes:
        return StreamError::Condition::PolicyViolation;
    case Error::None:
    case Error::NotWellFormed:
        break;
    }
    return StreamError::Condition::NotWellFormed;
}

QString StreamParser::describe(Error reason)
{
    if (reason == Error::TooManyAttributes) {
        return u"an element has more than %1 attributes"_s.arg(RestrictedXmlScanner::MaxAttributes);
    }
    return u"elements are nested too deep"_s;
}

void StreamParser::fail(Error error, const QString& description)
{
    if (m_error == Error::None) {
        m_error = error;
        m_errorDescription = description;
        m_open.clear();
        m_depths.clear();
        m_dropped = {};
    }
}

} // namespace Palaver::Xmpp

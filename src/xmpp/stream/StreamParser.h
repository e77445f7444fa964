// StreamParser: turns the incoming XML stream into one element tree per top-level element
// (RFC 6120 §4.2, §11), incrementally and within fixed memory limits.
#pragma once

#include "../core/StreamError.h"
#include "../core/XmlElement.h"
#include "RestrictedXmlScanner.h"
#include "StringInterner.h"

#include <QList>
#include <QXmlStreamReader>

#include <memory>

namespace Palaver::Xmpp {

struct StreamHeader
{
    QString from;
    QString to;
    QString id;
    QString version;
    QString language;
};

class StreamParser
{
public:
    enum class Error {
        None,
        NotWellFormed,
        RestrictedXml,
        UnsupportedEncoding,
        InvalidNamespace,
        StanzaTooLarge,
        TooDeep,
        TooManyAttributes,
    };

    struct Limits
    {
        qint64 maxStanzaSize = 1024 * 1024; // UTF-16 code units, about bytes for most text
        // Element nesting counted from the top-level element, and afresh inside forwarded
        // content (XEP-0297: carbons, archive results), so a message is held to the same
        // limit whether it arrives directly or wrapped; at most maxForwardNesting times.
        int maxDepth = 32;
        int maxForwardNesting = 3;
    };

    class Handler
    {
    public:
        virtual ~Handler() = default;
        virtual void streamOpened(const StreamHeader& header) = 0;
        virtual void elementReceived(const XmlElement& element) = 0;
        // A complete top-level element that broke a limit on its content (too deep, too many
        // attributes on an element) and was left out: only its own name and attributes are
        // kept. The stream goes on; the handler decides what else follows.
        virtual void elementDropped(const XmlElement& element, Error reason) = 0;
        virtual void streamClosed() = 0;
    };

    explicit StreamParser(Handler& handler, Limits limits);
    explicit StreamParser(Handler& handler);
    ~StreamParser();

    // Starts over with a fresh reader, for a new stream or a restart after TLS and SASL.
    // May be called from a handler callback: the rest of the old stream is then dropped.
    void reset();
    // Feeds raw bytes; returns false once the stream has failed (and ignores further input).
    bool feed(const QByteArray& data);
    // Whether a top-level element has begun and not yet ended.
    bool isInsideElement() const { return !m_open.isEmpty() || !m_dropped.isNull(); }

    Error error() const { return m_error; }
    // Why an element was dropped, in words for the log.
    static QString describe(Error reason);
    // The stream error that answers a failed stream (RFC 6120 §4.9.3).
    static StreamError::Condition streamCondition(Error error);
    QString errorDescription() const { return m_errorDescription; }

private:
    void processTokens();
    void startElement();
    void endElement();
    void openStream();
    void startDropping(Error reason, XmlElement&& current);
    void fail(Error error, const QString& description);

    Handler& m_handler;
    Limits m_limits;
    std::unique_ptr<QXmlStreamReader> m_reader;
    RestrictedXmlScanner m_scanner;
    StringInterner m_interner;
    QList<XmlElement> m_open; // the top-level element being built and its open descendants
    struct Depth
    {
        int withinBudget = 0;
        int forwards = 0;
    };
    QList<Depth> m_depths; // one per element in m_open
    XmlElement m_dropped; // the top-level element being left out, without its content
    Error m_dropReason = Error::None;
    int m_droppedDepth = 0; // elements open inside it
    quint64 m_startTags = 0;
    qint64 m_boundary = 0; // reader offset where the element being built began
    quint64 m_generation = 0;
    bool m_streamOpen = false;
    Error m_error = Error::None;
    QString m_errorDescription;
};

} // namespace Palaver::Xmpp

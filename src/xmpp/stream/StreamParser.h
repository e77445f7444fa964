// StreamParser: turns the incoming XML stream into one element tree per top-level element
// (RFC 6120 §4.2, §11), incrementally and within fixed memory limits.
#pragma once

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
    };

    struct Limits
    {
        qint64 maxStanzaSize = 1024 * 1024; // UTF-16 code units, about bytes for most text
        int maxDepth = 32; // element nesting inside one top-level element
    };

    class Handler
    {
    public:
        virtual ~Handler() = default;
        virtual void streamOpened(const StreamHeader& header) = 0;
        virtual void elementReceived(const XmlElement& element) = 0;
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

    Error error() const { return m_error; }
    QString errorDescription() const { return m_errorDescription; }

private:
    void processTokens();
    void startElement();
    void endElement();
    void fail(Error error, const QString& description);

    Handler& m_handler;
    Limits m_limits;
    std::unique_ptr<QXmlStreamReader> m_reader;
    RestrictedXmlScanner m_scanner;
    StringInterner m_interner;
    QList<XmlElement> m_open; // the top-level element being built and its open descendants
    qint64 m_boundary = 0; // reader offset where the element being built began
    quint64 m_generation = 0;
    bool m_streamOpen = false;
    Error m_error = Error::None;
    QString m_errorDescription;
};

} // namespace Palaver::Xmpp

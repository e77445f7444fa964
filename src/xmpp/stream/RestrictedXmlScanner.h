// RestrictedXmlScanner: refuses the XML that RFC 6120 §11.1 forbids, and text that is not
// UTF-8 (§11.6), before the XML reader sees it.
#pragma once

#include <QByteArrayView>

namespace Palaver::Xmpp {

// A byte-level pass over the raw stream. It stops at the first "<!" that does not open a
// CDATA section (comments, DTDs, entity declarations) and at any "<?" other than the XML
// declaration, so these never reach QXmlStreamReader, whose handling of them has had crash
// and entity-expansion bugs. It also stops at "]]>" in character data, which Qt 6.4's reader
// misses when the sequence is split across reads (found by fuzzing the chunked path), so
// the outcome never depends on how the bytes arrived. It validates UTF-8, and refuses the
// control characters XML 1.0 forbids (the reader takes a NUL for the end of its data), so
// that a bad byte costs only what follows it. It also counts UTF-16 code units, the unit of
// QXmlStreamReader::characterOffset(), so the parser can bound what it has buffered.
class RestrictedXmlScanner
{
public:
    enum class Verdict {
        Ok,
        RestrictedXml,
        NotWellFormed,
        InvalidCharacter,
        UnsupportedEncoding,
    };

    void reset();
    // On a verdict other than Ok, validBytes() tells how much of the chunk came before the
    // offending construct and may still be parsed.
    Verdict scan(QByteArrayView chunk);
    qsizetype validBytes() const { return m_validBytes; }
    qint64 utf16Units() const { return m_units; }

private:
    enum class State {
        Text,
        AfterLessThan,
        Tag,
        MarkupDeclaration,
        CData,
        XmlDeclaration,
    };

    Verdict scanMarkup(const unsigned char* data, qsizetype size);
    qsizetype scanText(const unsigned char* data, qsizetype from, qsizetype size);
    Verdict scanUtf8(const unsigned char* data, qsizetype size);

    State m_state = State::Text;
    int m_matched = 0;
    int m_closingBrackets = 0; // "]" seen in a row at the end of character data
    char m_quote = 0; // the quote of the attribute value we are in, inside a tag
    bool m_sawMarkup = false;
    qsizetype m_markupStart = 0; // where the construct being matched began in this chunk
    // UTF-8 sequence in progress across chunks.
    int m_pendingContinuations = 0;
    char32_t m_codePoint = 0;
    char32_t m_minimum = 0;
    qint64 m_bytes = 0;
    qint64 m_units = 0;
    qsizetype m_validBytes = 0;
};

} // namespace Palaver::Xmpp

// RestrictedXmlScanner: refuses the XML that RFC 6120 §11.1 forbids, and text that is not
// UTF-8 (§11.6), before the XML reader sees it.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <deque>

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
//
// A start tag may carry at most MaxAttributes attributes (namespace declarations included):
// the reader checks them for duplicates in quadratic time. The rest of a longer tag is cut
// out of what the reader sees, which keeps the stream well-formed, and the tag is reported
// by its ordinal so that the parser drops the stanza holding it.
class RestrictedXmlScanner
{
public:
    static constexpr int MaxAttributes = 64;

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
    // What of the last chunk the reader may see: its valid bytes, less what was cut.
    QByteArrayView passable(QByteArrayView chunk) const;
    // Counted in UTF-16 code units of what passes, as the reader counts.
    qint64 utf16Units() const { return m_units; }
    // Whether the n-th start tag since reset() (the stream's own is the first) was cut short.
    // Asked in order, once per start tag.
    bool takeTruncated(quint64 startTag);

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
    void scanTag(const unsigned char* data, qsizetype& i, qsizetype size);
    void startCutting(const unsigned char* data, qsizetype at);
    void stopCutting(const unsigned char* data, qsizetype at);

    State m_state = State::Text;
    int m_matched = 0;
    int m_closingBrackets = 0; // "]" seen in a row at the end of character data
    char m_quote = 0; // the quote of the attribute value we are in, inside a tag
    bool m_startTag = false;
    int m_attributes = 0; // in the tag being scanned
    bool m_cutting = false; // leaving out the rest of an over-long tag
    bool m_slashBeforeClose = false; // the cut tag ends with "/>"
    quint64 m_startTags = 0;
    std::deque<quint64> m_truncatedTags;
    // The chunk as the reader gets it, when something was cut from it.
    bool m_filtered = false;
    QByteArray m_output;
    qsizetype m_copied = 0; // bytes of the chunk already in m_output or cut
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

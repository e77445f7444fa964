#include "RestrictedXmlScanner.h"

#include <algorithm>
#include <cstring>

namespace Palaver::Xmpp {

namespace {
constexpr char CDataOpening[] = "[CDATA[";
constexpr int CDataOpeningLength = 7;
} // namespace

void RestrictedXmlScanner::reset()
{
    *this = RestrictedXmlScanner();
}

RestrictedXmlScanner::Verdict RestrictedXmlScanner::scan(QByteArrayView chunk)
{
    const auto* data = reinterpret_cast<const unsigned char*>(chunk.data());
    const qsizetype size = chunk.size();
    m_validBytes = size;
    m_filtered = false;
    m_output.clear();
    m_copied = 0;

    // A leading NUL or byte-order mark means UTF-16 or UTF-32.
    for (qsizetype i = 0; i < size && m_bytes + i < 2; ++i) {
        if (data[i] == 0 || data[i] == 0xFE || data[i] == 0xFF) {
            m_validBytes = 0;
            return Verdict::UnsupportedEncoding;
        }
    }
    const Verdict utf8 = scanUtf8(data, size);
    const qsizetype utf8Valid = m_validBytes;
    if (m_cutting) {
        startCutting(data, 0); // a tag cut in an earlier chunk goes on here
    }
    Verdict verdict = scanMarkup(data, utf8Valid);
    m_bytes += size;
    if (verdict == Verdict::Ok) {
        m_validBytes = utf8Valid;
        verdict = utf8;
    }
    if (m_cutting) {
        stopCutting(data, m_validBytes);
        m_cutting = true;
    }
    if (m_filtered && m_copied < m_validBytes) {
        m_output.append(reinterpret_cast<const char*>(data) + m_copied, m_validBytes - m_copied);
    }
    return verdict;
}

QByteArrayView RestrictedXmlScanner::passable(QByteArrayView chunk) const
{
    return m_filtered ? QByteArrayView(m_output) : chunk.first(m_validBytes);
}

bool RestrictedXmlScanner::takeTruncated(quint64 startTag)
{
    while (!m_truncatedTags.empty() && m_truncatedTags.front() < startTag) {
        m_truncatedTags.pop_front();
    }
    if (!m_truncatedTags.empty() && m_truncatedTags.front() == startTag) {
        m_truncatedTags.pop_front();
        return true;
    }
    return false;
}

// Bytes from here on are left out of what the reader sees, up to stopCutting().
void RestrictedXmlScanner::startCutting(const unsigned char* data, qsizetype at)
{
    if (!m_filtered) {
        m_filtered = true;
        m_output = QByteArray(reinterpret_cast<const char*>(data), at);
    } else {
        m_output.append(reinterpret_cast<const char*>(data) + m_copied, at - m_copied);
    }
    m_copied = at;
    m_cutting = true;
}

// The bytes cut end before at; the reader will not count them either.
void RestrictedXmlScanner::stopCutting(const unsigned char* data, qsizetype at)
{
    for (qsizetype i = m_copied; i < at; ++i) {
        if ((data[i] & 0xC0) != 0x80) {
            m_units -= data[i] >= 0xF0 ? 2 : 1;
        }
    }
    m_copied = at;
    m_cutting = false;
}

RestrictedXmlScanner::Verdict RestrictedXmlScanner::scanUtf8(
    const unsigned char* data, qsizetype size)
{
    qint64 units = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char b = data[i];
        if (m_pendingContinuations == 0) {
            if (b < 0x80) {
                // XML 1.0 §2.2 allows no C0 controls but tab, line feed and carriage return;
                // Qt 6.4's reader takes a NUL for the end of its buffer and stalls.
                if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) {
                    m_validBytes = i;
                    m_units += units;
                    return Verdict::InvalidCharacter;
                }
                ++units;
                continue;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                m_pendingContinuations = 1;
                m_codePoint = b & 0x1F;
                m_minimum = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                m_pendingContinuations = 2;
                m_codePoint = b & 0x0F;
                m_minimum = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                m_pendingContinuations = 3;
                m_codePoint = b & 0x07;
                m_minimum = 0x10000;
            } else {
                m_validBytes = i;
                m_units += units;
                return Verdict::InvalidCharacter;
            }
            continue;
        }
        if ((b & 0xC0) != 0x80) {
            m_validBytes = i;
            m_units += units;
            return Verdict::InvalidCharacter;
        }
        m_codePoint = (m_codePoint << 6) | (b & 0x3F);
        if (--m_pendingContinuations == 0) {
            // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8, and
            // XML 1.0 §2.2 forbids U+FFFE and U+FFFF.
            if (m_codePoint < m_minimum || (m_codePoint >= 0xD800 && m_codePoint <= 0xDFFF)
                || m_codePoint > 0x10FFFF || m_codePoint == 0xFFFE || m_codePoint == 0xFFFF) {
                m_validBytes = i;
                m_units += units;
                return Verdict::InvalidCharacter;
            }
            units += m_codePoint >= 0x10000 ? 2 : 1;
        }
    }
    m_units += units;
    return Verdict::Ok;
}

// Finds the next '<' in character data, watching for "]]>" on the way; returns its position,
// size when there is none, or -1 - position for a "]]>" starting at position.
qsizetype RestrictedXmlScanner::scanText(const unsigned char* data, qsizetype from, qsizetype size)
{
    const void* found = std::memchr(data + from, '<', size_t(size - from));
    const qsizetype end = found ? static_cast<const unsigned char*>(found) - data : size;
    for (qsizetype i = from; i < end; ++i) {
        if (data[i] == ']') {
            ++m_closingBrackets;
        } else if (data[i] == '>' && m_closingBrackets >= 2) {
            return -1 - std::max<qsizetype>(0, i - 2);
        } else {
            m_closingBrackets = 0;
        }
    }
    return end;
}

RestrictedXmlScanner::Verdict RestrictedXmlScanner::scanMarkup(
    const unsigned char* data, qsizetype size)
{
    auto refuse = [&](Verdict verdict, qsizetype validUpTo) {
        m_validBytes = std::max<qsizetype>(0, validUpTo);
        return verdict;
    };
    // A construct begun in an earlier chunk has nothing left in this one to keep.
    m_markupStart = 0;
    qsizetype i = 0;
    while (i < size) {
        switch (m_state) {
        case State::Text: {
            const qsizetype next = scanText(data, i, size);
            if (next < 0) {
                return refuse(Verdict::NotWellFormed, -1 - next);
            }
            if (next == size) {
                i = size;
                break;
            }
            m_closingBrackets = 0;
            m_markupStart = next;
            i = next + 1;
            m_state = State::AfterLessThan;
            break;
        }
        case State::AfterLessThan:
            if (data[i] == '!') {
                m_state = State::MarkupDeclaration;
                m_matched = 0;
            } else if (data[i] == '?') {
                if (m_sawMarkup) {
                    return refuse(Verdict::RestrictedXml, m_markupStart);
                }
                m_state = State::XmlDeclaration;
                m_matched = 0;
            } else {
                m_state = data[i] == '>' ? State::Text : State::Tag;
                m_quote = 0;
                m_attributes = 0;
                m_startTag = data[i] != '/' && data[i] != '>';
                m_startTags += m_startTag ? 1 : 0;
            }
            m_sawMarkup = true;
            ++i;
            break;
        case State::Tag:
            scanTag(data, i, size);
            break;
        case State::MarkupDeclaration:
            if (data[i] != static_cast<unsigned char>(CDataOpening[m_matched])) {
                return refuse(Verdict::RestrictedXml, m_markupStart);
            }
            if (++m_matched == CDataOpeningLength) {
                m_state = State::CData;
                m_matched = 0;
            }
            ++i;
            break;
        case State::CData:
            // m_matched counts the closing brackets seen in a row.
            if (data[i] == ']') {
                ++m_matched;
            } else if (data[i] == '>' && m_matched >= 2) {
                m_state = State::Text;
            } else {
                m_matched = 0;
            }
            ++i;
            break;
        case State::XmlDeclaration:
            if (data[i] == '>' && m_matched == 1) {
                m_state = State::Text;
            }
            m_matched = data[i] == '?' ? 1 : 0;
            ++i;
            break;
        }
    }
    return Verdict::Ok;
}

// Inside a start or end tag: '>' in a quoted attribute value does not end it. Past the
// attribute limit, the rest of a start tag up to its "/>" or ">" is cut.
void RestrictedXmlScanner::scanTag(const unsigned char* data, qsizetype& i, qsizetype size)
{
    for (; i < size; ++i) {
        const unsigned char c = data[i];
        if (m_quote) {
            if (c != static_cast<unsigned char>(m_quote)) {
                continue;
            }
            m_quote = 0;
            if (m_startTag && !m_cutting && m_attributes == MaxAttributes) {
                // Cut from here; the tag counts as truncated once another attribute shows.
                m_slashBeforeClose = false;
                startCutting(data, i + 1);
            }
        } else if (c == '\'' || c == '"') {
            m_quote = char(c);
        } else if (c == '>') {
            if (m_cutting) {
                stopCutting(data, i);
                if (m_slashBeforeClose) {
                    m_output.append('/');
                    ++m_units;
                }
            }
            m_state = State::Text;
            ++i;
            return;
        } else {
            if (c == '=' && ++m_attributes == MaxAttributes + 1 && m_cutting) {
                m_truncatedTags.push_back(m_startTags);
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                m_slashBeforeClose = c == '/';
            }
        }
    }
}

} // namespace Palaver::Xmpp

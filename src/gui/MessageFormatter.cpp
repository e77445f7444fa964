#include "MessageFormatter.h"

#include <QList>
#include <QSet>
#include <QUrl>

#include <array>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

namespace {

// Longer runs are shown as text: no address needs it, and QUrl's check is then bounded.
constexpr qsizetype MaxLinkLength = 4096;

constexpr std::array<char16_t, 4> Directives {u'*', u'_', u'~', u'`'};

int directiveIndex(QChar c)
{
    for (int i = 0; i < int(Directives.size()); ++i) {
        if (c == QChar(Directives[size_t(i)])) {
            return i;
        }
    }
    return -1;
}

QString tagFor(QChar directive)
{
    switch (directive.unicode()) {
    case u'*':
        return u"b"_s;
    case u'_':
        return u"i"_s;
    case u'~':
        return u"s"_s;
    default:
        return u"code"_s;
    }
}

void appendEscaped(QString& html, QChar c)
{
    switch (c.unicode()) {
    case u'<':
        html += u"&lt;"_s;
        break;
    case u'>':
        html += u"&gt;"_s;
        break;
    case u'&':
        html += u"&amp;"_s;
        break;
    case u'"':
        html += u"&quot;"_s;
        break;
    default:
        html += c;
    }
}

void appendEscaped(QString& html, QStringView text)
{
    for (const QChar c : text) {
        appendEscaped(html, c);
    }
}

QString coloured(const QString& html, const QColor& color)
{
    return u"<span style=\"color:"_s + color.name() + u"\">"_s + html + u"</span>"_s;
}

// One line of a body, with what every span and link decision needs looked up in advance, so
// that formatting it is linear in its length (scanning the rest of the line from each
// candidate made a line of "*a *a *a …" or "http://x/)))…" quadratic).
class LineFormatter
{
public:
    LineFormatter(QStringView text, const MessageFormatter::Style& style)
        : m_text(text)
        , m_style(style)
    {
        const qsizetype n = text.size();
        m_nextSpace.resize(n + 1);
        for (auto& closers : m_nextCloser) {
            closers.resize(n + 3);
        }
        m_nextSpace[n] = n;
        for (auto& closers : m_nextCloser) {
            closers[n] = closers[n + 1] = closers[n + 2] = -1;
        }
        for (qsizetype i = n - 1; i >= 0; --i) {
            m_nextSpace[i] = text.at(i).isSpace() ? i : m_nextSpace[i + 1];
            const int directive = directiveIndex(text.at(i));
            for (int d = 0; d < int(Directives.size()); ++d) {
                const bool closes = d == directive && i > 0 && !text.at(i - 1).isSpace();
                m_nextCloser[size_t(d)][i] = closes ? i : m_nextCloser[size_t(d)][i + 1];
            }
        }
        m_opens.resize(n + 1);
        m_closes.resize(n + 1);
        m_opens[0] = m_closes[0] = 0;
        for (qsizetype i = 0; i < n; ++i) {
            m_opens[i + 1] = m_opens[i] + (text.at(i) == u'(' ? 1 : 0);
            m_closes[i + 1] = m_closes[i] + (text.at(i) == u')' ? 1 : 0);
        }
    }

    // XEP-0393 §5.2: a span opens at the start or after whitespace, before a non-space; it
    // closes at the first same directive after a non-space, on the same line; `code` is not
    // parsed further. Spans cannot nest the same directive, so this recurses at most four deep.
    QString spans(qsizetype begin, qsizetype end)
    {
        QString html;
        qsizetype i = begin;
        while (i < end) {
            const QChar c = m_text.at(i);
            const bool boundary
                = i == begin || m_text.at(i - 1).isSpace() || directiveIndex(m_text.at(i - 1)) >= 0;
            if (boundary) {
                if (const qsizetype length = linkLength(i, end); length > 0) {
                    const QStringView url = m_text.mid(i, length);
                    html += u"<a href=\""_s;
                    appendEscaped(html, url);
                    html += u"\" style=\"color:"_s + m_style.linkColor.name() + u"\">"_s;
                    appendEscaped(html, url);
                    html += u"</a>"_s;
                    i += length;
                    continue;
                }
            }
            const int directive = directiveIndex(c);
            if (directive >= 0 && boundary && i + 1 < end && !m_text.at(i + 1).isSpace()) {
                const qsizetype close
                    = i + 2 < end ? m_nextCloser[size_t(directive)][i + 2] : qsizetype(-1);
                if (close > 0 && close < end) {
                    const QString marker = coloured(QString(c), m_style.directiveColor);
                    const QString tag = tagFor(c);
                    html += marker + u'<' + tag + u'>';
                    if (c == u'`') {
                        appendEscaped(html, m_text.mid(i + 1, close - i - 1));
                    } else {
                        html += spans(i + 1, close);
                    }
                    html += u"</"_s + tag + u'>' + marker;
                    i = close + 1;
                    continue;
                }
            }
            appendEscaped(html, c);
            ++i;
        }
        return html;
    }

private:
    // A link starts with an allowed scheme and runs to whitespace, leaving out trailing
    // punctuation (and a closing bracket it did not open). 0 when there is no link here.
    qsizetype linkLength(qsizetype at, qsizetype end)
    {
        static const QStringList schemes {u"https://"_s, u"http://"_s, u"xmpp:"_s};
        const QStringView rest = m_text.mid(at, end - at);
        bool known = false;
        for (const QString& scheme : schemes) {
            if (rest.startsWith(scheme, Qt::CaseInsensitive) && rest.size() > scheme.size()) {
                known = true;
            }
        }
        qsizetype last = qMin(m_nextSpace[at], end);
        // Another candidate in a run of text already refused is refused too: checking each
        // one anew would make a run of "*http://%*http://%…" quadratic.
        if (!known || m_refusedRunEnds.contains(last)) {
            return 0;
        }
        static const QString trailing = u".,;:!?'\"*_~`\u2026"_s;
        while (last > at) {
            const QChar c = m_text.at(last - 1);
            const bool unopened
                = c == u')' && m_opens[last] - m_opens[at] < m_closes[last] - m_closes[at];
            if (!trailing.contains(c) && !unopened) {
                break;
            }
            --last;
        }
        const qsizetype length = last - at;
        const QUrl url(length <= MaxLinkLength ? m_text.mid(at, length).toString() : QString(),
            QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s && scheme != u"xmpp"_s)
            || (scheme != u"xmpp"_s && url.host().isEmpty())) {
            m_refusedRunEnds.insert(qMin(m_nextSpace[at], end));
            return 0;
        }
        return length;
    }

    QStringView m_text;
    const MessageFormatter::Style& m_style;
    QList<qsizetype> m_nextSpace;
    std::array<QList<qsizetype>, Directives.size()> m_nextCloser;
    QList<qsizetype> m_opens; // '(' before each position
    QList<qsizetype> m_closes; // ')' before each position
    QSet<qsizetype> m_refusedRunEnds;
};

QString formatLine(QStringView line, const MessageFormatter::Style& style)
{
    return LineFormatter(line, style).spans(0, line.size());
}

} // namespace

bool MessageFormatter::isMeAction(const QString& body)
{
    return body.startsWith(u"/me "_s) && body.size() > 4;
}

QString MessageFormatter::actionHtml(const QString& sender, const QString& body, const Style& style)
{
    return u"<i>* "_s + sender.toHtmlEscaped() + u' ' + formatLine(QStringView(body).mid(4), style)
        + u"</i>"_s;
}

QString MessageFormatter::toHtml(const QString& body, const Style& style)
{
    return u"<div style=\"white-space:pre-wrap\">"_s + formatBlocks(body, style) + u"</div>"_s;
}

// XEP-0393 §5.1: blocks are whole lines: ``` opens and closes preformatted text, ">" quotes.
QString MessageFormatter::formatBlocks(const QString& body, const Style& style)
{
    QString html;
    QString code;
    bool inCode = false;
    bool codeStarted = false;
    bool lastWasBlock = true; // nothing before the first line needs a break
    const auto closeCode = [&] {
        html += u"<pre>"_s + code + u"</pre>"_s;
        code.clear();
        inCode = false;
        codeStarted = false;
        lastWasBlock = true;
    };
    for (const QStringView line : QStringView(body).split(u'\n')) {
        if (inCode) {
            if (line == u"```") {
                closeCode();
            } else {
                if (codeStarted) {
                    code += u'\n';
                }
                codeStarted = true;
                appendEscaped(code, line);
            }
            continue;
        }
        if (line.startsWith(u"```")) {
            inCode = true;
            continue;
        }
        if (line.startsWith(u'>')) {
            QStringView quoted = line.mid(1);
            if (quoted.startsWith(u' ')) {
                quoted = quoted.mid(1);
            }
            html += u"<div style=\"margin-left:8px\">"_s
                + coloured(u"&gt; "_s + formatLine(quoted, style), style.quoteColor) + u"</div>"_s;
            lastWasBlock = true;
            continue;
        }
        if (!lastWasBlock) {
            html += u"<br>"_s;
        }
        html += formatLine(line, style);
        lastWasBlock = false;
    }
    if (inCode) {
        closeCode(); // an unclosed block runs to the end of the message (§5.1.2)
    }
    return html;
}

} // namespace Palaver::Gui

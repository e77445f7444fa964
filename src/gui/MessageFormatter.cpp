#include "MessageFormatter.h"

#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

namespace {

bool isDirective(QChar c)
{
    return c == u'*' || c == u'_' || c == u'~' || c == u'`';
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

QString coloured(const QString& html, const QColor& color)
{
    return u"<span style=\"color:"_s + color.name() + u"\">"_s + html + u"</span>"_s;
}

// A closing directive: the same character, after a non-space, with something between.
qsizetype closingFor(QStringView text, qsizetype open)
{
    const QChar directive = text.at(open);
    for (qsizetype j = open + 2; j < text.size(); ++j) {
        if (text.at(j) == directive && !text.at(j - 1).isSpace()) {
            return j;
        }
    }
    return -1;
}

} // namespace

bool MessageFormatter::isMeAction(const QString& body)
{
    return body.startsWith(u"/me "_s) && body.size() > 4;
}

QString MessageFormatter::actionHtml(const QString& sender, const QString& body, const Style& style)
{
    return u"<i>* "_s + sender.toHtmlEscaped() + u' ' + formatSpans(QStringView(body).mid(4), style)
        + u"</i>"_s;
}

QString MessageFormatter::toHtml(const QString& body, const Style& style)
{
    return u"<div style=\"white-space:pre-wrap\">"_s + formatBlocks(body, style) + u"</div>"_s;
}

// XEP-0393 §5.1: blocks are whole lines: ``` opens and closes preformatted text, ">" quotes.
QString MessageFormatter::formatBlocks(const QString& body, const Style& style)
{
    const QStringList lines = body.split(u'\n');
    QStringList out;
    bool inCode = false;
    QStringList code;
    for (const QString& line : lines) {
        if (inCode) {
            if (line == u"```"_s) {
                out << u"<pre>"_s + code.join(u'\n').toHtmlEscaped() + u"</pre>"_s;
                code.clear();
                inCode = false;
            } else {
                code << line;
            }
            continue;
        }
        if (line.startsWith(u"```"_s)) {
            inCode = true;
            continue;
        }
        if (line.startsWith(u'>')) {
            QStringView quoted = QStringView(line).mid(1);
            if (quoted.startsWith(u' ')) {
                quoted = quoted.mid(1);
            }
            out << u"<div style=\"margin-left:8px\">"_s
                    + coloured(u"&gt; "_s + formatSpans(quoted, style), style.quoteColor)
                    + u"</div>"_s;
            continue;
        }
        out << formatSpans(line, style);
    }
    if (inCode) {
        // An unclosed block runs to the end of the message (§5.1.2).
        out << u"<pre>"_s + code.join(u'\n').toHtmlEscaped() + u"</pre>"_s;
    }
    QString html;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const bool block = out.at(i).startsWith(u"<pre>"_s) || out.at(i).startsWith(u"<div"_s);
        if (i > 0 && !block && !out.at(i - 1).startsWith(u"<pre>"_s)
            && !out.at(i - 1).startsWith(u"<div"_s)) {
            html += u"<br>"_s;
        }
        html += out.at(i);
    }
    return html;
}

// XEP-0393 §5.2: a span opens at the start or after whitespace, before a non-space; it closes
// at the first same directive after a non-space, on the same line; `code` is not parsed further.
QString MessageFormatter::formatSpans(QStringView text, const Style& style)
{
    QString html;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const bool boundary = i == 0 || text.at(i - 1).isSpace() || isDirective(text.at(i - 1));
        if (boundary) {
            if (const qsizetype length = linkLength(text, i); length > 0) {
                const QString url = text.mid(i, length).toString();
                html += u"<a href=\""_s + url.toHtmlEscaped() + u"\" style=\"color:"_s
                    + style.linkColor.name() + u"\">"_s + url.toHtmlEscaped() + u"</a>"_s;
                i += length;
                continue;
            }
        }
        if (isDirective(c) && boundary && i + 1 < text.size() && !text.at(i + 1).isSpace()) {
            if (const qsizetype close = closingFor(text, i); close > 0) {
                const QStringView inner = text.mid(i + 1, close - i - 1);
                const QString marker = coloured(QString(c), style.directiveColor);
                const QString tag = tagFor(c);
                const QString content
                    = c == u'`' ? inner.toString().toHtmlEscaped() : formatSpans(inner, style);
                html += marker + u'<' + tag + u'>' + content + u"</"_s + tag + u'>' + marker;
                i = close + 1;
                continue;
            }
        }
        html += QString(c).toHtmlEscaped();
        ++i;
    }
    return html;
}

// A link starts with an allowed scheme and runs to whitespace, leaving out trailing
// punctuation (and a closing bracket it did not open). 0 when there is no link here.
qsizetype MessageFormatter::linkLength(QStringView text, qsizetype at)
{
    static const QStringList schemes {u"https://"_s, u"http://"_s, u"xmpp:"_s};
    const QStringView rest = text.mid(at);
    bool known = false;
    for (const QString& scheme : schemes) {
        if (rest.startsWith(scheme, Qt::CaseInsensitive) && rest.size() > scheme.size()) {
            known = true;
        }
    }
    if (!known) {
        return 0;
    }
    qsizetype end = 0;
    while (end < rest.size() && !rest.at(end).isSpace()) {
        ++end;
    }
    static const QString trailing = u".,;:!?'\"*_~`"_s;
    while (end > 0) {
        const QChar last = rest.at(end - 1);
        if (trailing.contains(last)) {
            --end;
        } else if (last == u')' && rest.left(end).count(u'(') < rest.left(end).count(u')')) {
            --end;
        } else {
            break;
        }
    }
    const QUrl url(rest.left(end).toString(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s && scheme != u"xmpp"_s)) {
        return 0;
    }
    if (scheme != u"xmpp"_s && url.host().isEmpty()) {
        return 0;
    }
    return end;
}

} // namespace Palaver::Gui

#include "SpellHighlighter.h"

#include "SpellChecker.h"

#include <QTextBoundaryFinder>

namespace Palaver::Gui {

SpellHighlighter::SpellHighlighter(SpellChecker& checker, QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_checker(checker)
{
    connect(&checker, &SpellChecker::dictionaryChanged, this, &SpellHighlighter::rehighlight);
}

void SpellHighlighter::setLanguage(const QString& language)
{
    if (language != m_language) {
        m_language = language;
        rehighlight();
    }
}

QList<std::pair<qsizetype, qsizetype>> SpellHighlighter::words(const QString& text)
{
    QList<std::pair<qsizetype, qsizetype>> found;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem ? 0 : -1;
    qsizetype tokenStart = 0;
    qsizetype tokenEnd = 0;
    bool tokenIsLink = false;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype at = finder.position();
        if (finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem) {
            start = at;
            continue;
        }
        if (!(finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem) || start < 0) {
            continue;
        }
        const QStringView word = QStringView(text).mid(start, at - start);
        // Part of an address or a link, a number, an abbreviation: not a word to check. The
        // words come in order, so the text between spaces around them is found moving on.
        while (tokenEnd < at) {
            tokenStart = tokenEnd;
            while (tokenStart < text.size() && text.at(tokenStart).isSpace()) {
                ++tokenStart;
            }
            tokenEnd = tokenStart;
            while (tokenEnd < text.size() && !text.at(tokenEnd).isSpace()) {
                ++tokenEnd;
            }
            const QStringView token = QStringView(text).mid(tokenStart, tokenEnd - tokenStart);
            tokenIsLink = token.contains(u"://") || token.contains(u'@')
                || token.startsWith(u"www.") || token.contains(u'/');
        }
        const bool inAddress = tokenIsLink;
        const bool hasDigit
            = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
        const bool capitals = word.size() > 1 && word.toString().toUpper() == word;
        if (word.size() > 1 && !inAddress && !hasDigit && !capitals) {
            found.append({start, at - start});
        }
        start = -1;
    }
    return found;
}

QStringList SpellHighlighter::misspelt(const QString& text) const
{
    QStringList wrong;
    if (m_language.isEmpty()) {
        return wrong;
    }
    for (const auto& [start, length] : words(text)) {
        const QString word = text.mid(start, length);
        if (!m_checker.isCorrect(m_language, word)) {
            wrong.append(word);
        }
    }
    return wrong;
}

void SpellHighlighter::highlightBlock(const QString& text)
{
    // A paragraph this long was pasted, not typed: checking it at every key would be slow.
    constexpr qsizetype MaxCheckedLength = 5000;
    if (m_language.isEmpty() || text.size() > MaxCheckedLength) {
        return;
    }
    QTextCharFormat wrong;
    wrong.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    wrong.setUnderlineColor(Qt::red);
    for (const auto& [start, length] : words(text)) {
        if (!m_checker.isCorrect(m_language, text.mid(start, length))) {
            setFormat(int(start), int(length), wrong);
        }
    }
}

} // namespace Palaver::Gui

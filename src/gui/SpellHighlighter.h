// SpellHighlighter: underlines the misspelt words of a message being written, in the
// conversation's language; addresses, links, numbers and words in capitals are left alone, and
// so are paragraphs too long to have been typed.
#pragma once

#include <QSyntaxHighlighter>

namespace Palaver::Gui {

class SpellChecker;

class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(SpellChecker& checker, QTextDocument* document);

    // Empty: no checking.
    void setLanguage(const QString& language);
    const QString& language() const { return m_language; }
    // The misspelt words of a text, as this highlighter sees them (for tests too).
    QStringList misspelt(const QString& text) const;

protected:
    void highlightBlock(const QString& text) override;

private:
    // Start and length of each word worth checking.
    static QList<std::pair<qsizetype, qsizetype>> words(const QString& text);

    SpellChecker& m_checker;
    QString m_language;
};

} // namespace Palaver::Gui

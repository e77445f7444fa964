// Spell checking in the message input with the system's Hunspell dictionaries: misspelt words
// underlined (addresses, links, numbers and capitals left alone), suggestions in the context
// menu replacing the word, "Add to Dictionary" remembered across runs, the language chosen
// from the menu.
#include "gui/MessageInput.h"
#include "gui/SpellChecker.h"
#include "gui/SpellHighlighter.h"

#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Palaver;
using namespace Qt::StringLiterals;

class SpellingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void misspeltWordsAreUnderlined();
    void wordsThatAreNoWordsAreLeftAlone_data();
    void wordsThatAreNoWordsAreLeftAlone();
    void aSuggestionReplacesTheWord();
    void ownWordsAreKept();
    void theLanguageIsChosenInTheMenu();

private:
    // The menu's action with this text, searching submenus too.
    static QAction* actionNamed(QMenu* menu, const QString& text);
    QPoint pointOf(Gui::MessageInput& input, int position) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Gui::SpellChecker> m_checker;
};

void SpellingTest::initTestCase()
{
    const QStringList languages = Gui::SpellChecker::availableLanguages();
    QVERIFY2(languages.contains(u"en_US"_s) && languages.contains(u"de_DE"_s),
        "install hunspell-en-us and hunspell-de-de (scripts/install-dependencies --test)");
    m_checker = std::make_unique<Gui::SpellChecker>(m_dir.filePath(u"dictionary.txt"_s));
}

QAction* SpellingTest::actionNamed(QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions()) {
        if (action->text() == text) {
            return action;
        }
        if (action->menu()) {
            if (QAction* inner = actionNamed(action->menu(), text)) {
                return inner;
            }
        }
    }
    return nullptr;
}

QPoint SpellingTest::pointOf(Gui::MessageInput& input, int position) const
{
    QTextCursor cursor(input.document());
    cursor.setPosition(position);
    return input.cursorRect(cursor).center();
}

void SpellingTest::misspeltWordsAreUnderlined()
{
    Gui::MessageInput input;
    input.setSpellChecking(m_checker.get(), u"en_US"_s);
    input.show();
    QTest::keyClicks(&input, u"I like teh cake"_s);
    QCOMPARE(input.spellHighlighter()->misspelt(input.toPlainText()), QStringList {u"teh"_s});
    const QList<QTextLayout::FormatRange> formats
        = input.document()->firstBlock().layout()->formats();
    QCOMPARE(formats.size(), 1);
    QCOMPARE(formats.first().start, 7);
    QCOMPARE(formats.first().length, 3);
    QCOMPARE(formats.first().format.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
}

void SpellingTest::wordsThatAreNoWordsAreLeftAlone_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("address") << u"write to qwzx@example.org"_s;
    QTest::newRow("link") << u"see https://example.org/qwzx/zzq"_s;
    QTest::newRow("number") << u"the 2nd and 3rd"_s;
    QTest::newRow("capitals") << u"QWZX said so"_s;
}

void SpellingTest::wordsThatAreNoWordsAreLeftAlone()
{
    QFETCH(QString, text);
    Gui::MessageInput input;
    input.setSpellChecking(m_checker.get(), u"en_US"_s);
    QCOMPARE(input.spellHighlighter()->misspelt(text), QStringList());
}

void SpellingTest::aSuggestionReplacesTheWord()
{
    Gui::MessageInput input;
    input.setSpellChecking(m_checker.get(), u"en_US"_s);
    input.show();
    QTest::keyClicks(&input, u"I like teh cake"_s);
    std::unique_ptr<QMenu> menu(input.createContextMenu(pointOf(input, 8)));
    QCOMPARE(menu->actions().first()->text(), u"the"_s);
    menu->actions().first()->trigger();
    QCOMPARE(input.toPlainText(), u"I like the cake"_s);
    QCOMPARE(input.spellHighlighter()->misspelt(input.toPlainText()), QStringList());
}

void SpellingTest::ownWordsAreKept()
{
    Gui::MessageInput input;
    input.setSpellChecking(m_checker.get(), u"en_US"_s);
    input.show();
    QTest::keyClicks(&input, u"Palaverzz talk"_s);
    QCOMPARE(input.spellHighlighter()->misspelt(input.toPlainText()), QStringList {u"Palaverzz"_s});
    std::unique_ptr<QMenu> menu(input.createContextMenu(pointOf(input, 3)));
    QAction* add = actionNamed(menu.get(), u"Add “Palaverzz” to Dictionary"_s);
    QVERIFY(add);
    add->trigger();
    QCOMPARE(input.spellHighlighter()->misspelt(input.toPlainText()), QStringList());
    // Another run knows it too, in every language.
    Gui::SpellChecker later(m_dir.filePath(u"dictionary.txt"_s));
    QVERIFY(later.isCorrect(u"en_US"_s, u"Palaverzz"_s));
    QVERIFY(later.isCorrect(u"de_DE"_s, u"Palaverzz"_s));
    QVERIFY(!later.isCorrect(u"en_US"_s, u"Palaverzzes"_s));
}

void SpellingTest::theLanguageIsChosenInTheMenu()
{
    Gui::MessageInput input;
    input.setSpellChecking(m_checker.get(), u"en_US"_s);
    input.show();
    QTest::keyClicks(&input, u"Ich backe einen Kuchen"_s);
    QVERIFY(!input.spellHighlighter()->misspelt(input.toPlainText()).isEmpty());
    QSignalSpy chosen(&input, &Gui::MessageInput::spellingLanguageChosen);
    std::unique_ptr<QMenu> menu(input.createContextMenu(pointOf(input, 1)));
    QAction* german = actionNamed(menu.get(), u"Deutsch (de_DE)"_s);
    QVERIFY(german);
    german->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), u"de_DE"_s);
    QCOMPARE(input.spellingLanguage(), u"de_DE"_s);
    QCOMPARE(input.spellHighlighter()->misspelt(input.toPlainText()), QStringList());
    std::unique_ptr<QMenu> again(input.createContextMenu(pointOf(input, 1)));
    QAction* none = actionNamed(again.get(), u"No Spell Checking"_s);
    QVERIFY(none);
    none->trigger();
    QCOMPARE(input.spellingLanguage(), QString());
}

QTEST_MAIN(SpellingTest)
#include "tst_spelling.moc"

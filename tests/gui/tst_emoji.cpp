// Emoji: the catalog made from Unicode's list at build time, the picker beside the input
// (groups, finding by name, the recently used first, a click inserts), and ":name" completion
// in the input (Enter takes the emoji and sends nothing; a time like 12:30 offers none).
#include "gui/EmojiCatalog.h"
#include "gui/EmojiCompletion.h"
#include "gui/EmojiPicker.h"
#include "gui/MessageInput.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Palaver;
using namespace Qt::StringLiterals;

class EmojiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogHasUnicodesList();
    void pickerFindsInsertsAndRemembers();
    void colonNameCompletes();
    void timesOfDayOfferNothing();

private:
    QTemporaryDir m_dir;
};

void EmojiTest::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_dir.path().toUtf8()); // recently used, kept apart
    QCoreApplication::setOrganizationName(u"PalaverTest"_s);
}

void EmojiTest::catalogHasUnicodesList()
{
    const Gui::EmojiCatalog& catalog = Gui::EmojiCatalog::instance();
    QVERIFY2(catalog.all().size() > 1500, "no emoji table: is unicode-data installed?");
    QVERIFY(catalog.groups().contains(u"Smileys & Emotion"_s));
    QVERIFY(catalog.groups().contains(u"Flags"_s));
    QVERIFY(!catalog.groups().contains(u"Component"_s));
    const auto found = catalog.search(u"thu up"_s);
    QVERIFY(std::any_of(found.begin(), found.end(),
        [](const Gui::EmojiCatalog::Emoji& e) { return e.text == u"👍"_s; }));
    const auto coded = catalog.withShortCode(u"thumbs"_s);
    QVERIFY(!coded.isEmpty());
    QCOMPARE(coded.first().text, u"👍"_s);
    QCOMPARE(Gui::EmojiCatalog::shortCode(coded.first()), u"thumbs_up"_s);
}

void EmojiTest::pickerFindsInsertsAndRemembers()
{
    QWidget anchor;
    anchor.show();
    auto* picker = new Gui::EmojiPicker(&anchor);
    QSignalSpy chosen(picker, &Gui::EmojiPicker::emojiChosen);
    picker->popUpAt(&anchor);
    QCOMPARE(picker->groups().currentIndex(), 1); // nothing recent yet: the first group
    QVERIFY(picker->grid().count() > 50);
    QTest::keyClicks(&picker->searchEdit(), u"birthday"_s);
    QCOMPARE(picker->grid().count(), 1);
    QCOMPARE(picker->grid().item(0)->text(), u"🎂"_s);
    QCOMPARE(picker->grid().item(0)->toolTip(), u"birthday cake"_s);
    QTest::keyClick(&picker->searchEdit(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), u"🎂"_s);
    QCOMPARE(Gui::EmojiCatalog::recent().value(0), u"🎂"_s);

    auto* again = new Gui::EmojiPicker(&anchor);
    again->popUpAt(&anchor);
    QCOMPARE(again->groups().currentIndex(), 0); // the recently used
    QCOMPARE(again->grid().item(0)->text(), u"🎂"_s);
    again->groups().setCurrentIndex(1);
    if (const QString directory = qEnvironmentVariable("PALAVER_SCREENSHOT_DIR");
        !directory.isEmpty()) {
        QVERIFY(again->grab().save(directory + u"/emoji-picker.png"_s));
    }
    again->close();
}

void EmojiTest::colonNameCompletes()
{
    Gui::MessageInput input;
    input.show();
    QSignalSpy sent(&input, &Gui::MessageInput::sendRequested);
    QTest::keyClicks(&input, u"Yes :thumbs"_s);
    QVERIFY(input.emojiCompletion().isOpen());
    QCOMPARE(input.emojiCompletion().completer().popup()->currentIndex().data().toString(),
        u"👍 thumbs_up"_s);
    QTest::keyClick(input.emojiCompletion().completer().popup(), Qt::Key_Return);
    QCOMPARE(input.toPlainText(), u"Yes 👍"_s);
    QCOMPARE(sent.count(), 0);
    QVERIFY(!input.emojiCompletion().isOpen());
}

void EmojiTest::timesOfDayOfferNothing()
{
    Gui::MessageInput input;
    input.show();
    QTest::keyClicks(&input, u"at 12:30 or :x"_s);
    QVERIFY(!input.emojiCompletion().isOpen());
}

QTEST_MAIN(EmojiTest)
#include "tst_emoji.moc"

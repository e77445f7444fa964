// The gui layer's own pieces, offscreen: XEP-0392 colours against the spec's vectors, safe
// message styling (XEP-0393) and links, the status selector and the message input driven by
// real key presses and clicks, and error texts for every kind of connection error.
#include "gui/AvatarImage.h"
#include "gui/ConnectionErrorText.h"
#include "gui/ContactColor.h"
#include "gui/DataFormWidget.h"
#include "gui/MessageDelegate.h"
#include "gui/MessageDocuments.h"
#include "gui/MessageFormatter.h"
#include "gui/MessageInput.h"
#include "gui/PresenceStyle.h"
#include "gui/RemoteText.h"
#include "gui/StatusSelector.h"
#include "im/models/MessagesModel.h"
#include "xmpp/core/Presence.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QTextDocument>

using namespace Palaver;
using namespace Palaver::Gui;
using namespace Qt::StringLiterals;

class WidgetsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactColor_data();
    void contactColor();
    void formatter_data();
    void formatter();
    void meAction();
    void hostileBodiesFormatInLinearTime_data();
    void hostileBodiesFormatInLinearTime();
    void longBodiesAreShortenedUntilAsked();
    void remoteNames_data();
    void remoteNames();
    void remoteTextIsNeverMarkup();
    void statusSelector();
    void messageInput();
    void errorTexts();
    void avatarImage_data();
    void avatarImage();
    void messageHeightsFollowTextAndFont();
    void dataFormWidget();
};

// XEP-0392 §13.1 test vectors (S=100, L=50).
void WidgetsTest::contactColor_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<double>("angle");
    QTest::addColumn<QColor>("rgb");
    QTest::newRow("Romeo") << u"Romeo"_s << 327.255249 << QColor::fromRgbF(0.865f, 0.000f, 0.686f);
    QTest::newRow("juliet") << u"juliet@capulet.lit"_s << 209.410400
                            << QColor::fromRgbF(0.000f, 0.515f, 0.573f);
    QTest::newRow("emoji") << u"😺"_s << 331.199341 << QColor::fromRgbF(0.872f, 0.000f, 0.659f);
    QTest::newRow("council") << u"council"_s << 359.994507
                             << QColor::fromRgbF(0.918f, 0.000f, 0.394f);
}

void WidgetsTest::contactColor()
{
    QFETCH(QString, input);
    QFETCH(double, angle);
    QFETCH(QColor, rgb);
    QVERIFY2(qAbs(ContactColor::hueAngle(input) - angle) < 0.001,
        qPrintable(QString::number(ContactColor::hueAngle(input))));
    const QColor color = ContactColor::forIdentifier(input);
    const auto near = [](float a, float b) { return qAbs(a - b) < 0.01f; };
    QVERIFY2(near(color.redF(), rgb.redF()) && near(color.greenF(), rgb.greenF())
            && near(color.blueF(), rgb.blueF()),
        qPrintable(color.name()));
}

void WidgetsTest::formatter_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("markup is text") << u"<b>hi</b> <script>x</script>"_s
                                    << QStringList {u"&lt;b&gt;hi&lt;/b&gt;"_s, u"&lt;script&gt;"_s}
                                    << QStringList {u"<script>"_s, u"<b>hi"_s};
    QTest::newRow("strong") << u"a *bold* word"_s << QStringList {u"<b>bold</b>"_s}
                            << QStringList {};
    QTest::newRow("emphasis and strike")
        << u"_it_ and ~gone~"_s << QStringList {u"<i>it</i>"_s, u"<s>gone</s>"_s} << QStringList {};
    QTest::newRow("code is not styled further")
        << u"`*x*`"_s << QStringList {u"<code>*x*</code>"_s} << QStringList {u"<b>"_s};
    QTest::newRow("no span across spaces")
        << u"a * b * c"_s << QStringList {} << QStringList {u"<b>"_s};
    QTest::newRow("no span inside a word")
        << u"snake_case_name"_s << QStringList {} << QStringList {u"<i>"_s};
    QTest::newRow("https link") << u"see https://example.org/a?b=1&c=2."_s
                                << QStringList {u"<a href=\"https://example.org/a?b=1&amp;c=2\""_s}
                                << QStringList {u"c=2.\""_s};
    QTest::newRow("xmpp link") << u"join xmpp:room@muc.example.org?join"_s
                               << QStringList {u"href=\"xmpp:room@muc.example.org?join\""_s}
                               << QStringList {};
    QTest::newRow("javascript is no link")
        << u"javascript:alert(1)"_s << QStringList {} << QStringList {u"<a"_s};
    QTest::newRow("file is no link")
        << u"file:///etc/passwd"_s << QStringList {} << QStringList {u"<a"_s};
    QTest::newRow("quote") << u"> quoted\nreply"_s << QStringList {u"&gt; quoted"_s, u"reply"_s}
                           << QStringList {};
    QTest::newRow("code block") << u"```\n<x> *y*\n```"_s
                                << QStringList {u"<pre>&lt;x&gt; *y*</pre>"_s}
                                << QStringList {u"<b>"_s};
    QTest::newRow("quote in attribute") << u"https://example.org/\"onmouseover=\"x"_s
                                        << QStringList {} << QStringList {u"\"onmouseover"_s};
    QTest::newRow("brackets a link opened")
        << u"https://en.example.org/wiki/Foo_(bar))."_s
        << QStringList {u"href=\"https://en.example.org/wiki/Foo_(bar)\""_s} << QStringList {};
    QTest::newRow("link in brackets")
        << u"(see https://example.org/a)"_s << QStringList {u"href=\"https://example.org/a\""_s}
        << QStringList {u"a)\""_s};
    QTest::newRow("link in a span")
        << u"*https://example.org/x*"_s << QStringList {u"<b><a href=\"https://example.org/x\""_s}
        << QStringList {};
    QTest::newRow("nested spans") << u"*bold _both_ bold*"_s
                                  << QStringList {u"<b>bold "_s, u"<i>both</i>"_s}
                                  << QStringList {};
    QTest::newRow("a refused link in a span")
        << u"*http://%zz*https://example.org"_s
        << QStringList {u"<a href=\"https://example.org\""_s} << QStringList {u"%zz\""_s};
    QTest::newRow("a refused link leaves its run as text")
        << u"http://%zz*https://example.org"_s << QStringList {} << QStringList {u"<a"_s};
    QTest::newRow("code block keeps its lines")
        << u"```\none\n\nthree\n```\nafter"_s << QStringList {u"<pre>one\n\nthree</pre>after"_s}
        << QStringList {u"<br>after"_s};
}

// Formatting once rescanned the rest of a line from every candidate: 100 KB of these took
// seconds on the GUI thread, a megabyte minutes. Now each is one pass.
void WidgetsTest::hostileBodiesFormatInLinearTime_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("links");
    const qsizetype megabyte = 1024 * 1024;
    QTest::newRow("closing brackets after a link") << u"http://x/"_s + QString(megabyte, u')') << 1;
    QTest::newRow("opening stars") << QString(u"*a "_s).repeated(megabyte / 3) << 0;
    QTest::newRow("opening underscores in a word") << QString(u"_a"_s).repeated(megabyte / 2) << 0;
    QTest::newRow("backticks") << QString(u"`a `"_s).repeated(megabyte / 4) << 0;
    QTest::newRow("refused links in one run")
        << QString(u"*http://%"_s).repeated(megabyte / 9) << 0;
    QTest::newRow("links in one run")
        << QString(u"*https://x.example/"_s).repeated(megabyte / 19) << 1;
    QTest::newRow("many short links")
        << QString(u"https://x.example/ "_s).repeated(megabyte / 19) << int(megabyte / 19);
}

void WidgetsTest::hostileBodiesFormatInLinearTime()
{
    QFETCH(QString, body);
    QFETCH(int, links);
    const QString html = MessageFormatter::toHtml(body, {Qt::gray, Qt::darkGray, Qt::blue});
    QCOMPARE(int(html.count(u"<a href"_s)), links);
    QVERIFY(html.size() < 40 * body.size());
}

// A 100 KB message is laid out as a short preview; "Show more" reveals it a step at a time.
void WidgetsTest::longBodiesAreShortenedUntilAsked()
{
    QStandardItemModel model;
    auto* item = new QStandardItem;
    item->setData(1, Im::MessagesModel::IdRole);
    item->setData(QDateTime::currentDateTime(), Im::MessagesModel::TimestampRole);
    item->setData(QString(u"word "_s).repeated(20000), Im::MessagesModel::BodyRole);
    model.appendRow(item);
    MessageDelegate delegate;
    delegate.setViewportWidth(500);
    QStyleOptionViewItem option;
    option.font = QFont(u"DejaVu Sans"_s, 10);
    const QModelIndex index = model.index(0, 0);
    const int shortened = delegate.sizeHint(option, index).height();
    QVERIFY2(shortened < 500, qPrintable(QString::number(shortened)));

    const auto click = [&](const QString& wanted) {
        option.rect = QRect(QPoint(0, 0), delegate.sizeHint(option, index));
        for (int y = option.rect.bottom(); y > 0; y -= 2) {
            for (int x = 0; x < option.rect.width(); x += 4) {
                if (delegate.linkAt(option, index, QPoint(x, y)) == wanted) {
                    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(x, y), QPointF(x, y),
                        Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
                    return delegate.editorEvent(&release, &model, option, index);
                }
            }
        }
        return false;
    };
    QSignalSpy sizeChanged(&delegate, &QAbstractItemDelegate::sizeHintChanged);
    QVERIFY(click(MessageDocuments::ShowMoreLink));
    QCOMPARE(sizeChanged.size(), 1);
    QVERIFY(delegate.isExpanded(index));
    QVERIFY(delegate.sizeHint(option, index).height() > 10 * shortened);
    QVERIFY(delegate.canShowMore(index));
    int steps = 1;
    while (click(MessageDocuments::ShowMoreLink)) {
        ++steps;
    }
    QVERIFY(!delegate.canShowMore(index));
    QCOMPARE(steps, 3); // 800 characters, and then 13,000 more each time up to 39,800
    QGuiApplication::clipboard()->clear();
    QVERIFY(click(MessageDocuments::CopyWholeLink));
    QCOMPARE(QGuiApplication::clipboard()->text().size(), 100000);
    QVERIFY(click(MessageDocuments::ShowLessLink));
    QCOMPARE(delegate.sizeHint(option, index).height(), shortened);
    QVERIFY(!MessageDelegate::isLong(u"short\nand sweet"_s));
}

void WidgetsTest::formatter()
{
    QFETCH(QString, body);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, absent);
    const MessageFormatter::Style style {Qt::gray, Qt::darkGray, Qt::blue};
    const QString html = MessageFormatter::toHtml(body, style);
    for (const QString& part : contains) {
        QVERIFY2(html.contains(part), qPrintable(html));
    }
    for (const QString& part : absent) {
        QVERIFY2(!html.contains(part), qPrintable(html));
    }
}

void WidgetsTest::meAction()
{
    QVERIFY(MessageFormatter::isMeAction(u"/me waves"_s));
    QVERIFY(!MessageFormatter::isMeAction(u"/meh"_s));
    QVERIFY(!MessageFormatter::isMeAction(u" /me waves"_s));
    const QString html
        = MessageFormatter::actionHtml(u"<Ann>"_s, u"/me waves"_s, {Qt::gray, Qt::gray, Qt::blue});
    QVERIFY2(html.contains(u"* &lt;Ann&gt; waves"_s), qPrintable(html));
}

void WidgetsTest::remoteNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    const QString fsi(QChar(0x2068));
    const QString pdi(QChar(0x2069));
    const QString replacement(QChar(0xFFFD));
    QTest::newRow("plain") << u"Ann Example"_s << u"Ann Example"_s;
    QTest::newRow("right-to-left override")
        << u"evil\u202Egnp.exe"_s << u"evil"_s + replacement + u"gnp.exe"_s;
    QTest::newRow("isolate closed early")
        << u"a\u2069\u202Eb"_s << u"a"_s + replacement + replacement + u"b"_s;
    QTest::newRow("zero-width space") << u"ad\u200Bmin"_s << u"ad"_s + replacement + u"min"_s;
    QTest::newRow("joiner between Latin letters")
        << u"ad\u200Dmin"_s << u"ad"_s + replacement + u"min"_s;
    QTest::newRow("joiner in an emoji sequence") << u"👩\u200D💻 Dev"_s << u"👩\u200D💻 Dev"_s;
    QTest::newRow("non-joiner in Persian") << u"می\u200Cخواهم"_s << fsi + u"می\u200Cخواهم"_s + pdi;
    QTest::newRow("Hangul filler") << u"\u3164"_s << replacement;
    QTest::newRow("lines and tabs") << u" Ann\n\tExample \r\n"_s << u"Ann Example"_s;
    QTest::newRow("Hebrew is isolated") << u"שלום"_s << fsi + u"שלום"_s + pdi;
    QTest::newRow("cut long") << QString(300, u'a') << QString(200, u'a') + QChar(0x2026);
    QTest::newRow("markup stays text") << u"<b>Ann</b>"_s << u"<b>Ann</b>"_s;
}

// Names from the network cannot hide characters or turn the text around them.
void WidgetsTest::remoteNames()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    QCOMPARE(RemoteText::name(name), shown);
}

// Where Qt might take a string for rich text, remote text is escaped, and it reads as written.
void WidgetsTest::remoteTextIsNeverMarkup()
{
    const QString hostile = u"<img src=\"/dev/zero\"> & <b>bold</b>"_s;
    const QString rich = RemoteText::asRichText(hostile);
    QVERIFY(Qt::mightBeRichText(rich));
    QVERIFY(!rich.contains(u"<img"_s));
    QLabel label;
    label.setText(rich);
    QTextDocument document;
    document.setHtml(rich);
    QCOMPARE(document.toPlainText(), hostile);
    // A status keeps its direction marks but not its overrides, and is isolated.
    QCOMPARE(RemoteText::line(u"\u200Fhi\u202E"_s),
        QChar(0x2068) + u"\u200Fhi"_s + QChar(0xFFFD) + QChar(0x2069));
}

void WidgetsTest::statusSelector()
{
    StatusSelector selector;
    selector.resize(320, 40);
    selector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&selector));
    QSignalSpy chosen(&selector, &StatusSelector::statusChosen);
    QSignalSpy recent(&selector, &StatusSelector::recentMessagesChanged);
    auto* showCombo = selector.findChild<QComboBox*>(u"showCombo"_s);
    auto* messageCombo = selector.findChild<QComboBox*>(u"messageCombo"_s);
    QVERIFY(showCombo && messageCombo);
    QCOMPARE(showCombo->count(), 6);

    // Choose "Away" with the keyboard, then type a message and press Enter.
    showCombo->setFocus();
    const int away = showCombo->findData(int(Palaver::Xmpp::Presence::Show::Away));
    showCombo->setCurrentIndex(away);
    Q_EMIT showCombo->activated(away);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.last().at(0).toInt(), int(Palaver::Xmpp::Presence::Show::Away));
    messageCombo->lineEdit()->clear();
    QTest::keyClicks(messageCombo->lineEdit(), u"coffee break"_s);
    QTest::keyClick(messageCombo->lineEdit(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.last().at(1).toString(), u"coffee break"_s);
    QCOMPARE(recent.size(), 1);
    QCOMPARE(selector.recentMessages(), QStringList {u"coffee break"_s});
    QCOMPARE(messageCombo->count(), 1);

    // Offline disables the message field; setStatus() does not announce anything.
    selector.setStatus(PresenceStyle::Offline, {});
    QVERIFY(!messageCombo->isEnabled());
    QCOMPARE(chosen.size(), 2);
}

void WidgetsTest::messageInput()
{
    MessageInput input;
    input.show();
    QVERIFY(QTest::qWaitForWindowExposed(&input));
    QSignalSpy sent(&input, &MessageInput::sendRequested);
    QSignalSpy edit(&input, &MessageInput::editLastRequested);
    QSignalSpy composing(&input, &MessageInput::composingChanged);

    QTest::keyClick(&input, Qt::Key_Up);
    QCOMPARE(edit.size(), 1);
    QTest::keyClicks(&input, u"first line"_s);
    QCOMPARE(composing.size(), 1);
    QVERIFY(composing.first().at(0).toBool());
    QTest::keyClick(&input, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(&input, u"second"_s);
    QCOMPARE(sent.size(), 0);
    QTest::keyClick(&input, Qt::Key_Return);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().at(0).toString(), u"first line\nsecond"_s);
    QVERIFY(input.toPlainText().isEmpty());
    // Enter on nothing sends nothing.
    QTest::keyClick(&input, Qt::Key_Return);
    QCOMPARE(sent.size(), 1);
}

void WidgetsTest::errorTexts()
{
    using Kind = Palaver::Xmpp::ConnectionError::Kind;
    for (int kind = int(Kind::InvalidSettings); kind <= int(Kind::SessionFailed); ++kind) {
        const auto error = Palaver::Xmpp::ConnectionError::make(Kind(kind), u"detail"_s);
        const QString text = ConnectionErrorText::describe(error);
        QVERIFY2(!text.isEmpty() && !text.contains(u"detail"_s), qPrintable(QString::number(kind)));
        QVERIFY(!ConnectionErrorText::summary(error).isEmpty());
    }
    QVERIFY(ConnectionErrorText::describe({}).isEmpty());
}

QTEST_MAIN(WidgetsTest)
void WidgetsTest::avatarImage_data()
{
    QTest::addColumn<QSize>("input");
    QTest::addColumn<QSize>("output");
    QTest::newRow("large landscape") << QSize(400, 300) << QSize(192, 192);
    QTest::newRow("tall") << QSize(200, 900) << QSize(192, 192);
    QTest::newRow("small stays small") << QSize(64, 48) << QSize(48, 48);
    QTest::newRow("none") << QSize() << QSize();
}

void WidgetsTest::avatarImage()
{
    QFETCH(QSize, input);
    QFETCH(QSize, output);
    QImage image;
    if (input.isValid()) {
        image = QImage(input, QImage::Format_RGB32);
        image.fill(Qt::red);
    }
    const QByteArray png = Gui::AvatarImage::toPng(image);
    if (!output.isValid()) {
        QVERIFY(png.isEmpty());
        return;
    }
    QVERIFY(png.startsWith("\x89PNG"));
    const QImage written = QImage::fromData(png, "PNG");
    QCOMPARE(written.size(), output);
    QCOMPARE(written.pixelColor(output.width() / 2, output.height() / 2), QColor(Qt::red));
}

// Every kind of field becomes an editor, and what is entered comes back as the answer.
void WidgetsTest::dataFormWidget()
{
    using Field = Xmpp::DataFormField;
    Xmpp::DataForm form;
    form.instructions = {u"<b>Fill</b> this in"_s};
    const auto field
        = [](Field::Type type, const QString& var, const QString& label, bool required = false) {
              Field made;
              made.type = type;
              made.var = var;
              made.label = label;
              made.required = required;
              return made;
          };
    form.fields = {field(Field::Type::Hidden, u"FORM_TYPE"_s, {}),
        field(Field::Type::TextSingle, u"name"_s, u"Room name"_s, true),
        field(Field::Type::TextPrivate, u"secret"_s, u"Password"_s),
        field(Field::Type::Boolean, u"public"_s, u"Public"_s),
        field(Field::Type::ListSingle, u"size"_s, u"Size"_s),
        field(Field::Type::ListMulti, u"who"_s, u"Who"_s),
        field(Field::Type::JidMulti, u"admins"_s, u"Admins"_s)};
    form.fields[0].values = {u"urn:example"_s};
    form.fields[4].options = {{u"Ten"_s, u"10"_s}, {u"Twenty"_s, u"20"_s}};
    form.fields[4].values = {u"20"_s};
    form.fields[5].options = {{u"Moderators"_s, u"moderator"_s}, {u"Everyone"_s, u"any"_s}};
    Gui::DataFormWidget widget;
    widget.setForm(form);
    widget.show();
    QVERIFY(!widget.editor(u"FORM_TYPE"_s));
    auto* name = qobject_cast<QLineEdit*>(widget.editor(u"name"_s));
    QVERIFY(name);
    QCOMPARE(qobject_cast<QLineEdit*>(widget.editor(u"secret"_s))->echoMode(), QLineEdit::Password);
    QCOMPARE(widget.form().missingRequired(), QStringList {u"Room name"_s});
    QTest::keyClicks(name, u"Coven"_s);
    qobject_cast<QCheckBox*>(widget.editor(u"public"_s))->setChecked(true);
    qobject_cast<QListWidget*>(widget.editor(u"who"_s))->item(1)->setCheckState(Qt::Checked);
    QWidget* admins = widget.editor(u"admins"_s);
    QTest::keyClicks(admins, u"a@example.org"_s);
    QTest::keyClick(admins, Qt::Key_Return);
    QTest::keyClick(admins, Qt::Key_Return); // an empty line is no address
    QTest::keyClicks(admins, u"b@example.org"_s);
    const Xmpp::DataForm answer = widget.form();
    QVERIFY(answer.missingRequired().isEmpty());
    QCOMPARE(answer.field(u"FORM_TYPE")->value(), u"urn:example"_s);
    QCOMPARE(answer.field(u"name")->value(), u"Coven"_s);
    QCOMPARE(answer.field(u"public")->value(), u"1"_s);
    QCOMPARE(answer.field(u"size")->value(), u"20"_s);
    QCOMPARE(answer.field(u"who")->values, QStringList {u"any"_s});
    QCOMPARE(
        answer.field(u"admins")->values, (QStringList {u"a@example.org"_s, u"b@example.org"_s}));
    // Server text is never rich text.
    for (auto* label : widget.findChildren<QLabel*>()) {
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
}

#include "tst_widgets.moc"

// Heights are remembered for every row (the view asks for all of them on each insert), yet
// follow a changed text or font, also for rows long past the delegate's document cache.
void WidgetsTest::messageHeightsFollowTextAndFont()
{
    QStandardItemModel model;
    const QDateTime start(QDate(2026, 12, 1), QTime(9, 0));
    for (int row = 0; row < 600; ++row) {
        auto* item = new QStandardItem;
        item->setData(row + 1, Im::MessagesModel::IdRole);
        item->setData(u"ben"_s, Im::MessagesModel::SenderRole);
        item->setData(start.addSecs(row), Im::MessagesModel::TimestampRole);
        item->setData(u"message %1"_s.arg(row), Im::MessagesModel::BodyRole);
        model.appendRow(item);
    }
    MessageDelegate delegate;
    delegate.setViewportWidth(500);
    QStyleOptionViewItem option;
    option.font = QFont(u"DejaVu Sans"_s, 10);
    const auto heightOf
        = [&](int row) { return delegate.sizeHint(option, model.index(row, 0)).height(); };
    for (int row = 0; row < 600; ++row) {
        heightOf(row); // as a view laying out every row does
    }
    const int early = heightOf(10);
    QCOMPARE(heightOf(11), early);

    model.item(10)->setData(
        QString(u"a much longer message "_s).repeated(20), Im::MessagesModel::BodyRole);
    QVERIFY(heightOf(10) > early);
    QCOMPARE(heightOf(11), early);

    option.font.setPointSize(20);
    QVERIFY(heightOf(11) > early);
}

// The message menu and what it does, driven as a person would in the whole application
// (offscreen, on the scripted server): the menu offers what the message allows, a reply goes
// out with what it answers and its quote, a reaction chip appears and a click takes it back,
// deleting our own message asks first and leaves "deleted", Ctrl+C copies, text is selected
// by dragging across messages and by double click.
#include "AppTestSupport.h"
#include "ScriptedAccount.h"
#include "app/Application.h"
#include "gui/ConversationView.h"
#include "gui/ConversationWidget.h"
#include "gui/MessageActions.h"
#include "gui/MessageDelegate.h"
#include "gui/MessageInput.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/MessagesModel.h"
#include "im/services/RosterService.h"
#include "xmpp/core/Namespaces.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QTest>
#include <QTimer>

using namespace Palaver;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

class MessageActionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void menuOffersWhatTheMessageAllows();
    void replyGoesOutWithWhatItAnswers();
    void reactionChipShowsAndAClickTakesItBack();
    void deletingOurMessageAsksFirst();
    void ctrlCCopiesTheSelectedMessage();
    void theHoverButtonOpensTheMenu();
    void dragSelectsTextAcrossMessages();

private:
    // A point of the view on this position of the row's text.
    QPoint pointAt(const QModelIndex& index, int position) const;
    void drag(const QPoint& from, const QPoint& to);
    // The newest stanza the client sent with this payload.
    Xmpp::XmlElement lastSent(const QString& name, const QString& ns) const;
    QModelIndex row(int number) const { return m_view->model()->index(number, 0); }

    ScriptedServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Im::Profile> m_profile;
    std::unique_ptr<App::Application> m_app;
    Gui::ConversationWidget* m_chat = nullptr;
    Gui::ConversationView* m_view = nullptr;
};

void MessageActionsTest::initTestCase()
{
    QVERIFY(startServerWithBob(m_server));
    m_profile = std::make_unique<Im::Profile>(m_dir.path());
    QVERIFY(m_profile->open());
    ScriptedAccount::addTo(*m_profile, m_server);
    m_app = std::make_unique<App::Application>(*m_profile);
    m_app->start();
    Im::Account* account = waitUntilSignedIn(*m_app, u"alice@localhost"_s, u"bob@example.org"_s);
    QVERIFY(account);
    m_chat = m_app->openChat(u"alice@localhost"_s, u"bob@example.org"_s);
    QVERIFY(m_chat);
    m_view = m_chat->findChild<Gui::ConversationView*>();
    m_chat->window()->resize(560, 520);
    m_server.send(u"<message from='bob@example.org/phone' type='chat' id='b1'><body>Cake at "
                  "five?</body><markable xmlns='urn:xmpp:chat-markers:0'/></message>"_s);
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
}

void MessageActionsTest::cleanupTestCase()
{
    m_app.reset();
    m_profile.reset();
}

Xmpp::XmlElement MessageActionsTest::lastSent(const QString& name, const QString& ns) const
{
    const QList<Xmpp::XmlElement>& stanzas = m_server.record().stanzas;
    for (auto it = stanzas.crbegin(); it != stanzas.crend(); ++it) {
        if (it->name() == u"message" && it->hasChild(name, ns)) {
            return *it;
        }
    }
    return {};
}

void MessageActionsTest::menuOffersWhatTheMessageAllows()
{
    QStringList offered;
    QTimer::singleShot(100, this, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction* action : menu->actions()) {
            offered.append(action->text());
        }
        saveScreenshot(m_chat->window(), u"message-menu.png"_s);
        menu->close();
    });
    m_chat->messageActions().showMenu(0, m_view->viewport()->mapToGlobal(QPoint(40, 40)));
    QVERIFY2(offered.contains(u"&Copy"_s) && offered.contains(u"&Quote"_s)
            && offered.contains(u"&Reply"_s) && offered.contains(u"Re&act"_s),
        qPrintable(offered.join(u", ")));
    // Bob's message is not ours to edit or delete.
    QVERIFY(!offered.contains(u"&Edit"_s));
    QVERIFY(!offered.contains(u"&Delete for Everyone…"_s));
}

void MessageActionsTest::replyGoesOutWithWhatItAnswers()
{
    m_chat->messageActions().startReply(0);
    auto* banner = m_chat->findChild<QWidget*>(u"replyBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(m_chat->findChild<QLabel*>(u"replyLabel"_s)->text().contains(u"Cake at five?"_s));
    auto* input = m_chat->findChild<Gui::MessageInput*>();
    QTest::keyClicks(input, u"Yes, gladly"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY(!lastSent(u"reply"_s, Xmpp::Ns::Reply).isNull());
    const Xmpp::XmlElement sent = lastSent(u"reply"_s, Xmpp::Ns::Reply);
    QCOMPARE(sent.firstChild(u"reply", Xmpp::Ns::Reply).attribute(u"id"), u"b1"_s);
    QCOMPARE(sent.firstChild(u"body", Xmpp::Ns::Client).text(), u"> Cake at five?\nYes, gladly"_s);
    QVERIFY(!banner->isVisible());
    // Shown with the quote above its text.
    QTRY_COMPARE(m_view->model()->rowCount(), 2);
    QCOMPARE(row(1).data(Im::MessagesModel::BodyRole).toString(), u"Yes, gladly"_s);
    QCOMPARE(row(1).data(Im::MessagesModel::ReplyQuoteRole).toString(), u"Cake at five?"_s);
    QCOMPARE(row(1).data(Im::MessagesModel::ReplyTargetRowRole).toInt(), 0);
    saveScreenshot(m_chat->window(), u"message-reply.png"_s);
}

void MessageActionsTest::reactionChipShowsAndAClickTakesItBack()
{
    m_chat->messageActions().toggleReaction(0, u"👍"_s);
    QTRY_VERIFY(!lastSent(u"reactions"_s, Xmpp::Ns::Reactions).isNull());
    Xmpp::XmlElement sent = lastSent(u"reactions"_s, Xmpp::Ns::Reactions);
    QCOMPARE(sent.firstChild(u"reactions", Xmpp::Ns::Reactions).attribute(u"id"), u"b1"_s);
    QTRY_COMPARE(row(0).data(Im::MessagesModel::ReactionsRole).toList().size(), 1);
    // Bob reacts too: one chip with a count of two.
    m_server.send(u"<message from='bob@example.org/phone' type='chat' id='r1'><reactions "
                  "xmlns='urn:xmpp:reactions:0' id='b1'><reaction>👍</reaction></reactions>"
                  "</message>"_s);
    QTRY_COMPARE(
        row(0).data(Im::MessagesModel::ReactionsRole).toList().first().toMap().value(u"count"_s),
        QVariant(2));
    saveScreenshot(m_chat->window(), u"message-reactions.png"_s);

    // A click on the chip takes ours back.
    QTest::qWait(50);
    const QRect rect = m_view->visualRect(row(0));
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.rect = rect;
    option.font = m_view->font();
    QPoint chip;
    for (int y = rect.bottom(); y > rect.top() && chip.isNull(); y -= 2) {
        for (int x = rect.left(); x < rect.right(); x += 3) {
            if (m_view->messageDelegate().reactionAt(option, row(0), QPoint(x, y)) == u"👍") {
                chip = QPoint(x, y);
                break;
            }
        }
    }
    QVERIFY(!chip.isNull());
    const qsizetype before = m_server.record().stanzas.size();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, chip);
    QTRY_VERIFY(m_server.record().stanzas.size() > before);
    sent = lastSent(u"reactions"_s, Xmpp::Ns::Reactions);
    QVERIFY(sent.firstChild(u"reactions", Xmpp::Ns::Reactions).childElements().isEmpty());
    QTRY_COMPARE(
        row(0).data(Im::MessagesModel::ReactionsRole).toList().first().toMap().value(u"count"_s),
        QVariant(1));
}

void MessageActionsTest::deletingOurMessageAsksFirst()
{
    const QString origin = m_chat->findChild<Gui::ConversationView*>()
                               ->model()
                               ->index(1, 0)
                               .data(Im::MessagesModel::MessageIdRole)
                               .toString();
    answerNextMessageBox(QMessageBox::Cancel);
    m_chat->messageActions().retract(1);
    QVERIFY(!row(1).data(Im::MessagesModel::RetractedRole).toBool());
    answerNextMessageBox(QMessageBox::Yes);
    m_chat->messageActions().retract(1);
    QTRY_VERIFY(row(1).data(Im::MessagesModel::RetractedRole).toBool());
    const Xmpp::XmlElement sent = lastSent(u"retract"_s, Xmpp::Ns::Retract);
    QCOMPARE(sent.firstChild(u"retract", Xmpp::Ns::Retract).attribute(u"id"), origin);
    QVERIFY(row(1).data(Im::MessagesModel::BodyRole).toString().isEmpty());
    saveScreenshot(m_chat->window(), u"message-deleted.png"_s);
}

void MessageActionsTest::ctrlCCopiesTheSelectedMessage()
{
    QGuiApplication::clipboard()->clear();
    m_view->setFocus();
    m_view->selectionModel()->select(row(0), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), u"Cake at five?"_s);
}

void MessageActionsTest::theHoverButtonOpensTheMenu()
{
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.rect = m_view->visualRect(row(0));
    option.font = m_view->font();
    const QRect button = m_view->messageDelegate().menuButtonRect(option, row(0));
    QVERIFY(m_view->viewport()->rect().contains(button));
    QTest::mouseMove(m_view->viewport(), button.center());
    saveScreenshot(m_chat->window(), u"message-hover.png"_s);
    QStringList offered;
    QTimer::singleShot(100, this, [&] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            for (QAction* action : menu->actions()) {
                offered.append(action->text());
            }
            menu->close();
        }
    });
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, button.center());
    QTRY_VERIFY(offered.contains(u"&Reply"_s));
}

QPoint MessageActionsTest::pointAt(const QModelIndex& index, int position) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.rect = m_view->visualRect(index);
    option.font = m_view->font();
    const Gui::MessageDelegate& delegate = m_view->messageDelegate();
    for (int y = option.rect.top(); y <= option.rect.bottom(); y += 2) {
        for (int x = option.rect.left(); x <= option.rect.right(); ++x) {
            const QPoint point(x, y);
            if (delegate.isOnText(option, index, point)
                && delegate.textPositionAt(option, index, point) == position) {
                return point;
            }
        }
    }
    return {-1, -1};
}

void MessageActionsTest::drag(const QPoint& from, const QPoint& to)
{
    QWidget* viewport = m_view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step) {
        const QPoint at = from + (to - from) * step / 4;
        QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton,
            Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

void MessageActionsTest::dragSelectsTextAcrossMessages()
{
    const int before = m_view->model()->rowCount();
    m_server.send(u"<message from='bob@example.org/phone' type='chat' id='s1'><body>alpha beta "
                  "gamma</body></message>"_s);
    m_server.send(u"<message from='bob@example.org/phone' type='chat' id='s2'><body>delta "
                  "epsilon zeta</body></message>"_s);
    QTRY_COMPARE(m_view->model()->rowCount(), before + 2);
    m_view->scrollToNewest();
    QTest::qWait(50);
    const QModelIndex first = row(before);
    const QModelIndex second = row(before + 1);
    const auto copied = [this] {
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);
        return QGuiApplication::clipboard()->text();
    };

    // Within one message: only the text dragged over.
    const QPoint beta = pointAt(first, 6);
    QVERIFY(beta.x() >= 0);
    drag(beta, pointAt(first, 10));
    QVERIFY(m_view->hasTextSelection());
    QCOMPARE(copied(), u"beta"_s);

    // Across two messages: each part on its line, with who wrote it and when.
    drag(beta, pointAt(second, 5));
    saveScreenshot(m_chat->window(), u"text-selection.png"_s);
    const QStringList lines = copied().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).endsWith(u"bob@example.org: beta gamma"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith(u"bob@example.org: delta"_s), qPrintable(lines.at(1)));
    QVERIFY(lines.at(0).startsWith(u'['));

    // Backwards works the same.
    drag(pointAt(second, 5), beta);
    QCOMPARE(copied().split(u'\n').size(), 2);

    // A double click takes the word.
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, pointAt(second, 8));
    QCOMPARE(copied(), u"epsilon"_s);

    // A plain click lets the selection go.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, pointAt(first, 2));
    QVERIFY(!m_view->hasTextSelection());

    // Ctrl+A takes every loaded message.
    QTest::keyClick(m_view, Qt::Key_A, Qt::ControlModifier);
    const QString all = copied();
    QVERIFY(all.contains(u"Cake at five?"_s));
    QVERIFY(all.contains(u"delta epsilon zeta"_s));
    m_view->clearTextSelection();
}

QTEST_MAIN(MessageActionsTest)
#include "tst_messageactions.moc"

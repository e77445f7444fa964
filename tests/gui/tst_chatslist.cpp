// The chats list beside the contacts, in the whole application (offscreen, on the scripted
// server): every conversation with its name, last message and unread count, a stranger's
// too; found by typing; pinned on top; closed until something new comes; opened with Enter;
// its history deleted after asking.
#include "AppTestSupport.h"
#include "ScriptedAccount.h"
#include "app/Application.h"
#include "gui/ChatsListWidget.h"
#include "gui/ChatsProxyModel.h"
#include "gui/ConversationView.h"
#include "gui/ConversationWidget.h"
#include "gui/ConversationWindows.h"
#include "gui/MainWindow.h"
#include "gui/MessageInput.h"
#include "gui/SearchDialog.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/ConversationsModel.h"
#include "im/models/MessagesModel.h"
#include "im/models/SearchResultsModel.h"
#include "xmpp/core/Namespaces.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QTabWidget>
#include <QTest>

using namespace Palaver;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;
using Palaver::Im::ConversationsModel;

class ChatsListTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyConversationWithItsLastMessage();
    void findPinAndClose();
    void enterOpensTheChat();
    void searchEverywhereOpensAtTheMessage();
    void deletingTheHistoryAsksFirst();

private:
    QStringList names() const;
    QModelIndex rowNamed(const QString& name) const;

    ScriptedServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Im::Profile> m_profile;
    std::unique_ptr<App::Application> m_app;
    Gui::ChatsListWidget* m_list = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void ChatsListTest::initTestCase()
{
    QVERIFY(startServerWithBob(m_server));
    m_profile = std::make_unique<Im::Profile>(m_dir.path());
    QVERIFY(m_profile->open());
    ScriptedAccount::addTo(*m_profile, m_server);
    m_app = std::make_unique<App::Application>(*m_profile);
    m_app->start();
    QVERIFY(waitUntilSignedIn(*m_app, u"alice@localhost"_s, u"bob@example.org"_s));
    m_list = &m_app->mainWindow().chatsList();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        &m_list->chats(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_app->mainWindow().showChats();
    m_app->mainWindow().resize(320, 480);
}

void ChatsListTest::cleanupTestCase()
{
    m_tester.reset();
    m_app.reset();
    m_profile.reset();
}

QStringList ChatsListTest::names() const
{
    QStringList list;
    for (int row = 0; row < m_list->chats().rowCount(); ++row) {
        list << m_list->chats().index(row, 0).data().toString();
    }
    return list;
}

QModelIndex ChatsListTest::rowNamed(const QString& name) const
{
    const int row = int(names().indexOf(name));
    return row >= 0 ? m_list->chats().index(row, 0) : QModelIndex();
}

void ChatsListTest::everyConversationWithItsLastMessage()
{
    // Alice writes to Dave, who is no contact; Bob writes to her.
    Gui::ConversationWidget* dave = m_app->openChat(u"alice@localhost"_s, u"dave@example.org"_s);
    QTest::keyClicks(dave->findChild<Gui::MessageInput*>(), u"Are you coming?"_s);
    QTest::keyClick(dave->findChild<Gui::MessageInput*>(), Qt::Key_Return);
    m_app->mainWindow().activateWindow();
    QTest::qWait(50);
    m_server.send(u"<message from='bob@example.org/phone' type='chat' id='b1'><body>Cake at "
                  "five?</body></message>"_s);
    QTRY_COMPARE_WITH_TIMEOUT(names(), (QStringList {u"Bob"_s, u"dave@example.org"_s}), 10000);
    const QModelIndex bob = rowNamed(u"Bob"_s);
    QCOMPARE(bob.data(ConversationsModel::LastBodyRole).toString(), u"Cake at five?"_s);
    QCOMPARE(rowNamed(u"dave@example.org"_s).data(ConversationsModel::LastBodyRole).toString(),
        u"Are you coming?"_s);
    QVERIFY(rowNamed(u"dave@example.org"_s).data(ConversationsModel::LastOutgoingRole).toBool());
    saveScreenshot(m_app->mainWindow().window(), u"chats-list.png"_s);
}

void ChatsListTest::findPinAndClose()
{
    QTest::keyClicks(&m_list->filterEdit(), u"coming"_s);
    QCOMPARE(names(), QStringList {u"dave@example.org"_s});
    m_list->filterEdit().clear();
    QCOMPARE(names().size(), 2);

    m_list->chats().setPinned(rowNamed(u"dave@example.org"_s), true);
    QCOMPARE(names().first(), u"dave@example.org"_s);
    QVERIFY(rowNamed(u"dave@example.org"_s).data(Gui::ChatsProxyModel::PinnedRole).toBool());

    // Closed, Bob's chat leaves the list until he writes again.
    m_list->chats().closeChat(rowNamed(u"Bob"_s));
    QCOMPARE(names(), QStringList {u"dave@example.org"_s});
    QTest::qWait(20); // a later timestamp than the one closed at
    m_server.send(u"<message from='bob@example.org/phone' type='chat' id='b2'><body>Hello?"
                  "</body></message>"_s);
    QTRY_COMPARE_WITH_TIMEOUT(names(), (QStringList {u"dave@example.org"_s, u"Bob"_s}), 10000);
}

void ChatsListTest::enterOpensTheChat()
{
    const Xmpp::Jid bob = Xmpp::Jid::fromString(u"bob@example.org"_s);
    m_app->conversationWindows().close(u"alice@localhost"_s, bob);
    QVERIFY(!m_app->conversationWindows().conversation(u"alice@localhost"_s, bob));
    m_list->view().setFocus();
    m_list->view().setCurrentIndex(rowNamed(u"Bob"_s));
    QTest::keyClick(&m_list->view(), Qt::Key_Return);
    QTRY_VERIFY(m_app->conversationWindows().conversation(u"alice@localhost"_s, bob));
}

void ChatsListTest::searchEverywhereOpensAtTheMessage()
{
    // Enough of Bob's messages that the one looked for is far above the newest.
    for (int i = 0; i < 120; ++i) {
        m_server.send(u"<message from='bob@example.org/phone' type='chat' id='n%1'><body>"
                      "Filler number %1</body></message>"_s.arg(i));
    }
    Gui::ConversationWidget* bob = m_app->conversationWindows().conversation(
        u"alice@localhost"_s, Xmpp::Jid::fromString(u"bob@example.org"_s));
    QVERIFY(bob);
    m_app->conversationWindows().close(
        u"alice@localhost"_s, Xmpp::Jid::fromString(u"bob@example.org"_s));
    QTRY_VERIFY_WITH_TIMEOUT(
        rowNamed(u"Bob"_s).data(ConversationsModel::LastBodyRole) == u"Filler number 119"_s, 10000);

    QAction* searchAll = m_app->mainWindow().findChild<QAction*>(u"searchAllAction"_s);
    QVERIFY(searchAll);
    QCOMPARE(searchAll->shortcut(), QKeySequence(u"Ctrl+Shift+F"_s));
    searchAll->trigger();
    auto* dialog = m_app->mainWindow().findChild<Gui::SearchDialog*>();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(
        &dialog->results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClicks(&dialog->searchEdit(), u"cak fiv"_s); // prefixes of "Cake at five?"
    QTRY_COMPARE_WITH_TIMEOUT(dialog->results().rowCount(), 1, 10000);
    const QModelIndex found = dialog->results().index(0);
    QCOMPARE(found.data(Im::SearchResultsModel::BodyRole).toString(), u"Cake at five?"_s);
    QCOMPARE(found.data(Im::SearchResultsModel::SenderRole).toString(), u"bob@example.org"_s);
    saveScreenshot(dialog, u"search-all.png"_s);

    dialog->resultsView().setFocus();
    dialog->resultsView().setCurrentIndex(found);
    QTest::keyClick(&dialog->resultsView(), Qt::Key_Return);
    const qint64 wanted = found.data(Im::SearchResultsModel::RecordIdRole).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT((bob = m_app->conversationWindows().conversation(u"alice@localhost"_s,
                                  Xmpp::Jid::fromString(u"bob@example.org"_s))),
        10000);
    auto* view = bob->findChild<Gui::ConversationView*>();
    QTRY_VERIFY_WITH_TIMEOUT(view->selectionModel()->selectedIndexes().size() == 1
            && view->selectionModel()
                    ->selectedIndexes()
                    .first()
                    .data(Im::MessagesModel::IdRole)
                    .toLongLong()
                == wanted,
        10000);
    dialog->close();
}

void ChatsListTest::deletingTheHistoryAsksFirst()
{
    answerNextMessageBox(QMessageBox::Cancel);
    m_list->showMenu(rowNamed(u"dave@example.org"_s), QPoint(10, 10));
    auto* menu = m_list->findChild<QMenu*>();
    QVERIFY(menu);
    QStringList offered;
    QAction* deleteAction = nullptr;
    for (QAction* action : menu->actions()) {
        offered << action->text();
        if (action->text() == u"&Delete History…"_s) {
            deleteAction = action;
        }
    }
    QVERIFY2(deleteAction && offered.contains(u"&Unpin"_s), qPrintable(offered.join(u", ")));
    deleteAction->trigger();
    menu->close();
    QCOMPARE(names().size(), 2);

    answerNextMessageBox(QMessageBox::Yes);
    m_list->showMenu(rowNamed(u"dave@example.org"_s), QPoint(10, 10));
    menu = m_list->findChild<QMenu*>();
    for (QAction* action : menu->actions()) {
        if (action->text() == u"&Delete History…"_s) {
            action->trigger();
        }
    }
    menu->close();
    QTRY_COMPARE_WITH_TIMEOUT(names(), QStringList {u"Bob"_s}, 10000);
    // Gone from history too: not back after a restart.
    m_tester.reset();
    m_app.reset();
    m_app = std::make_unique<App::Application>(*m_profile);
    m_app->start();
    QVERIFY(waitUntilSignedIn(*m_app, u"alice@localhost"_s, u"bob@example.org"_s));
    m_list = &m_app->mainWindow().chatsList();
    QTRY_COMPARE_WITH_TIMEOUT(names(), QStringList {u"Bob"_s}, 10000);
}

QTEST_MAIN(ChatsListTest)
#include "tst_chatslist.moc"

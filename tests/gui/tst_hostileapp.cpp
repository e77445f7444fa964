// Hostile input as a person sees it: the whole application (offscreen) on the scripted
// server, which passes on what strangers and contacts send. Remote text is never markup, a
// flood of requests shows as a count, a huge message as a short one, a stranger's message
// waits with Accept and Block instead of opening a tab, invitations come one at a time, and a
// catch-up that stopped short says so.
#include "AppTestSupport.h"
#include "ScriptedAccount.h"
#include "app/Application.h"
#include "gui/ConversationView.h"
#include "gui/ConversationWidget.h"
#include "gui/ConversationWindows.h"
#include "gui/InvitationDialog.h"
#include "gui/MainWindow.h"
#include "gui/MessageDelegate.h"
#include "gui/RosterDelegate.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/MessagesModel.h"
#include "im/models/RosterModel.h"
#include "im/services/ArchiveService.h"
#include "im/services/RosterService.h"
#include "im/storage/ArchiveStore.h"
#include "xmpp/core/Namespaces.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Palaver;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

namespace {

QModelIndex requestsGroup(QAbstractItemModel* model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(Im::RosterModel::GroupKindRole).value<Im::RosterModel::GroupKind>()
            == Im::RosterModel::GroupKind::Requests) {
            return index;
        }
    }
    return {};
}
} // namespace

class HostileAppTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void remoteTextIsPlainAndNamesShowWhatTheyHide();
    void aFloodOfRequestsShowsAsACount();
    void aHugeMessageShowsShort();
    void aStrangersMessageWaitsForAcceptOrBlock();
    void invitationsComeOneAtATime();
    void aCatchUpThatStoppedShortSaysSo();

private:
    void send(const QString& xml) { m_server.send(xml); }

    ScriptedServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Im::Profile> m_profile;
    std::unique_ptr<App::Application> m_app;
    Im::Account* m_account = nullptr;
    Gui::ConversationWidget* m_chat = nullptr;
    bool m_archiveStalls = true;
};

void HostileAppTest::initTestCase()
{
    const QString data = QStringLiteral(PALAVER_TEST_DATA_DIR);
    QVERIFY(m_server.start(data + u"/scripted-server.crt"_s, data + u"/scripted-server.key"_s));
    // Bob is a contact, with a status meant to be taken for markup; the archive answers every
    // page with the same one, never complete, until told otherwise.
    m_server.onStanza = [this](const Xmpp::XmlElement& stanza) {
        const QString id = stanza.attribute(u"id");
        if (stanza.hasChild(u"query", Xmpp::Ns::Roster)) {
            send(u"<iq type='result' id='%1'><query xmlns='jabber:iq:roster'><item "
                 "jid='bob@example.org' name='Bob \u202Egnp.exe' subscription='both'/>"
                 "</query></iq><presence from='bob@example.org/phone'><status>&lt;img "
                 "src=&quot;/dev/zero&quot;&gt; &lt;b&gt;hi&lt;/b&gt;</status></presence>"_s.arg(
                     id));
        } else if (const auto query = stanza.firstChild(u"query", Xmpp::Ns::Mam); !query.isNull()) {
            const QString last = m_archiveStalls ? u"same"_s : u"done"_s;
            send(u"<message><result xmlns='urn:xmpp:mam:2' queryid='%1' id='%2'><forwarded "
                 "xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' type='chat' "
                 "from='bob@example.org/phone' to='alice@localhost' id='arch'><body>From the "
                 "archive</body></message></forwarded></result></message>"_s.arg(
                     query.attribute(u"queryid"), last));
            send(u"<iq type='result' id='%1'><fin xmlns='urn:xmpp:mam:2' complete='%2'><set "
                 "xmlns='http://jabber.org/protocol/rsm'><last>%3</last></set></fin></iq>"_s.arg(
                     id, m_archiveStalls ? u"false"_s : u"true"_s, last));
        }
    };
    m_profile = std::make_unique<Im::Profile>(m_dir.path());
    QVERIFY(m_profile->open());
    ScriptedAccount::addTo(*m_profile, m_server);
    m_profile->stores().archive.save(
        u"alice@localhost"_s, {u"start"_s, QDateTime::currentDateTimeUtc().addDays(-1)});
    m_app = std::make_unique<App::Application>(*m_profile);
    m_app->start();
    m_account = waitUntilSignedIn(*m_app, u"alice@localhost"_s, u"bob@example.org"_s);
    QVERIFY(m_account);
    m_chat = m_app->openChat(u"alice@localhost"_s, u"bob@example.org"_s);
    QVERIFY(m_chat);
}

void HostileAppTest::cleanupTestCase()
{
    m_app.reset();
    m_profile.reset();
}

void HostileAppTest::remoteTextIsPlainAndNamesShowWhatTheyHide()
{
    auto* status = m_chat->findChild<QLabel*>(u"statusLabel"_s);
    QTRY_VERIFY(status->text().contains(u"<img"_s)); // shown as written
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QVERIFY(Qt::mightBeRichText(status->toolTip()));
    QVERIFY(status->toolTip().contains(u"&lt;img"_s)); // escaped where Qt would read markup
    auto* name = m_chat->findChild<QLabel*>(u"nameLabel"_s);
    QVERIFY(!name->text().contains(QChar(0x202E)));
    QVERIFY(name->text().contains(QChar(0xFFFD)));
    QVERIFY(!m_chat->title().contains(QChar(0x202E)));
    saveScreenshot(m_chat->window(), u"hostile-names.png"_s);
}

// 600 strangers ask to see our presence: the requests group shows their count, closed, and
// the contacts stay in sight.
void HostileAppTest::aFloodOfRequestsShowsAsACount()
{
    QString flood;
    for (int i = 0; i < 600; ++i) {
        flood += u"<presence type='subscribe' from='stranger%1@example.net'/>"_s.arg(i);
    }
    send(flood);
    auto* view = qobject_cast<QTreeView*>(&m_app->mainWindow().rosterView());
    QTRY_VERIFY(requestsGroup(view->model()).isValid()
        && view->model()->rowCount(requestsGroup(view->model())) == Im::RosterService::MaxRequests);
    QVERIFY(!view->isExpanded(requestsGroup(view->model())));
    QVERIFY(findContact(view->model(), u"bob@example.org"_s).isValid());
    QVERIFY(view->isExpanded(findContact(view->model(), u"bob@example.org"_s).parent()));
    saveScreenshot(&m_app->mainWindow(), u"hostile-requests.png"_s);
}

void HostileAppTest::aHugeMessageShowsShort()
{
    const int rows = m_chat->messages().rowCount();
    send(u"<message from='bob@example.org/phone' type='chat' id='huge'><body>http://x/%1</body>"
         "</message>"_s.arg(QString(100000, u')')));
    QTRY_COMPARE_WITH_TIMEOUT(m_chat->messages().rowCount(), rows + 1, 10000);
    auto* view = m_chat->findChild<Gui::ConversationView*>();
    QTest::qWait(50);
    const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
    QVERIFY(Gui::MessageDelegate::isLong(last.data(Im::MessagesModel::BodyRole).toString()));
    QVERIFY(!view->messageDelegate().isExpanded(last));
    QVERIFY2(view->visualRect(last).height() < 500,
        qPrintable(QString::number(view->visualRect(last).height())));
    saveScreenshot(m_chat->window(), u"hostile-long-message.png"_s);
    while (view->messageDelegate().canShowMore(last)) {
        view->messageDelegate().setExpanded(last, true);
    }
    QTest::qWait(50);
    view->scrollToBottom();
    QTest::qWait(50);
    saveScreenshot(m_chat->window(), u"hostile-long-message-expanded.png"_s);
    view->messageDelegate().setExpanded(last, false);
}

// A stranger's message opens nothing; it waits with Accept and Block; Accept opens the chat.
void HostileAppTest::aStrangersMessageWaitsForAcceptOrBlock()
{
    send(u"<message from='mallory@evil.example/x' type='chat' id='m1'><body>Hello, I am a "
         "prince</body></message>"_s);
    auto* view = qobject_cast<QTreeView*>(&m_app->mainWindow().rosterView());
    QModelIndex row;
    QTRY_VERIFY((row = findContact(view->model(), u"mallory@evil.example"_s)).isValid());
    QCOMPARE(row.data(Im::RosterModel::RequestKindRole).value<Im::RosterModel::RequestKind>(),
        Im::RosterModel::RequestKind::Messages);
    QVERIFY(!m_app->conversationWindows().conversation(
        u"alice@localhost"_s, Xmpp::Jid::fromString(u"mallory@evil.example")));
    // The row's "Accept" (clicking it is tst_app's part, for subscription requests).
    QCOMPARE(m_app->mainWindow().rosterDelegate().isMessageRequest(row), true);
    Q_EMIT m_app->mainWindow().rosterDelegate().approveClicked(row);
    QTRY_VERIFY(m_app->conversationWindows().conversation(
        u"alice@localhost"_s, Xmpp::Jid::fromString(u"mallory@evil.example")));
    QVERIFY(m_account->roster().isKnown(Xmpp::Jid::fromString(u"mallory@evil.example")));
}

void HostileAppTest::invitationsComeOneAtATime()
{
    QString invitations;
    for (int i = 0; i < 10; ++i) {
        invitations += u"<message from='bob@example.org/phone'><x xmlns='jabber:x:conference' "
                       "jid='room%1@conference.example.org'/></message>"_s.arg(i);
    }
    send(invitations);
    const auto shown = [this] {
        int count = 0;
        for (auto* dialog : m_app->mainWindow().findChildren<Gui::InvitationDialog*>()) {
            count += dialog->isVisible() ? 1 : 0;
        }
        return count;
    };
    QTRY_COMPARE(shown(), 1);
    QTest::qWait(200);
    QCOMPARE(shown(), 1);
    auto* first = m_app->mainWindow().findChild<Gui::InvitationDialog*>();
    const QString room = first->invitation().room.toString();
    first->close();
    QTRY_VERIFY(shown() == 1
        && m_app->mainWindow().findChild<Gui::InvitationDialog*>()->invitation().room.toString()
            != room);
    for (auto* dialog : m_app->mainWindow().findChildren<Gui::InvitationDialog*>()) {
        dialog->close();
    }
}

// The archive never moved on: the conversation says messages may be missing, and Try again
// asks it again.
void HostileAppTest::aCatchUpThatStoppedShortSaysSo()
{
    m_app->openChat(u"alice@localhost"_s, u"bob@example.org"_s); // its tab in front again
    auto* banner = m_chat->findChild<QWidget*>(u"gapBanner"_s);
    QTRY_VERIFY(m_account->archive().gapSince().isValid());
    QVERIFY(banner->isVisibleTo(m_chat));
    saveScreenshot(m_chat->window(), u"hostile-gap.png"_s);
    m_archiveStalls = false;
    QTest::mouseClick(m_chat->findChild<QPushButton*>(u"gapRetryButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisibleTo(m_chat));
}

QTEST_MAIN(HostileAppTest)
#include "tst_hostileapp.moc"

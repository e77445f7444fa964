// Desktop notifications in the whole application (offscreen, on the scripted server), through
// a notification service on a private D-Bus session bus (the test plays the desktop's): one
// notification per conversation, replaced as messages arrive, its text plain (escaped where
// the service reads markup), Open brings the conversation, a reply typed into the
// notification is sent, reading on another device withdraws it; per-conversation levels and
// Do not disturb keep it quiet. And a draft kept across a restart.
#include "AppTestSupport.h"
#include "ScriptedAccount.h"
#include "app/Application.h"
#include "gui/ConversationWidget.h"
#include "gui/ConversationWindows.h"
#include "gui/MainWindow.h"
#include "gui/MessageActions.h"
#include "gui/MessageInput.h"
#include "gui/NotificationLevel.h"
#include "gui/StatusSelector.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/core/Presence.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMenu>
#include <QTest>
#include <QToolButton>

using namespace Palaver;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

// What a desktop's notification service does, as the freedesktop.org specification has it.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        quint32 id = 0;
        quint32 replaces = 0;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;
    QList<quint32> closed;

public Q_SLOTS:
    QStringList GetCapabilities()
    {
        return {u"body"_s, u"body-markup"_s, u"actions"_s, u"inline-reply"_s};
    }
    quint32 Notify(const QString&, quint32 replaces, const QString&, const QString& summary,
        const QString& body, const QStringList& actions, const QVariantMap& hints, int)
    {
        const quint32 id = replaces != 0 ? replaces : quint32(shown.size() + 100);
        shown.append({id, replaces, summary, body, actions, hints});
        return id;
    }
    void CloseNotification(quint32 id) { closed.append(id); }

Q_SIGNALS:
    void ActionInvoked(quint32 id, const QString& action);
    void NotificationReplied(quint32 id, const QString& text);
    void NotificationClosed(quint32 id, quint32 reason);
};

class NotificationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void oneNotificationPerConversation();
    void openAndReplyFromTheNotification();
    void readElsewhereWithdrawsIt();
    void levelsAndDoNotDisturbKeepQuiet();
    void draftSurvivesARestart();

private:
    void fromBob(const QString& id, const QString& body);
    bool sentToBob(const QString& body) const;

    FakeNotificationService m_service;
    ScriptedServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Im::Profile> m_profile;
    std::unique_ptr<App::Application> m_app;
};

void NotificationsTest::initTestCase()
{
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"desktop"_s);
    if (!bus.isConnected()) {
        QSKIP("no D-Bus session bus (run under dbus-run-session)");
    }
    QVERIFY(bus.registerObject(u"/org/freedesktop/Notifications"_s, &m_service,
        QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
    QVERIFY(bus.registerService(u"org.freedesktop.Notifications"_s));

    QVERIFY(startServerWithBob(m_server));
    m_profile = std::make_unique<Im::Profile>(m_dir.path());
    QVERIFY(m_profile->open());
    ScriptedAccount::addTo(*m_profile, m_server);
    m_app = std::make_unique<App::Application>(*m_profile);
    m_app->start();
    QVERIFY(waitUntilSignedIn(*m_app, u"alice@localhost"_s, u"bob@example.org"_s));
    // The chat with Bob is open behind the contact list (the offscreen platform would
    // activate a window opened by a message, which a desktop does not).
    QVERIFY(m_app->openChat(u"alice@localhost"_s, u"bob@example.org"_s));
}

void NotificationsTest::cleanupTestCase()
{
    m_app.reset();
    m_profile.reset();
}

void NotificationsTest::fromBob(const QString& id, const QString& body)
{
    // The user looks at the contact list.
    m_app->mainWindow().activateWindow();
    QTRY_VERIFY(!m_app->conversationWindows().isReading(
        u"alice@localhost"_s, Xmpp::Jid::fromString(u"bob@example.org"_s)));
    m_server.send(u"<message from='bob@example.org/phone' type='chat' id='%1'><body>%2</body>"
                  "</message>"_s.arg(id, body.toHtmlEscaped()));
}

bool NotificationsTest::sentToBob(const QString& body) const
{
    for (const Xmpp::XmlElement& stanza : m_server.record().stanzas) {
        if (stanza.name() == u"message" && stanza.attribute(u"to").startsWith(u"bob@example.org")
            && stanza.firstChild(u"body", Xmpp::Ns::Client).text() == body) {
            return true;
        }
    }
    return false;
}

void NotificationsTest::oneNotificationPerConversation()
{
    fromBob(u"b1"_s, u"Cake at five?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_service.shown.size(), 1, 10000);
    const FakeNotificationService::Shown first = m_service.shown.first();
    QCOMPARE(first.summary, u"Bob"_s);
    QCOMPARE(first.body, u"Cake at five?"_s);
    QCOMPARE(first.replaces, 0u);
    QVERIFY(first.actions.contains(u"default"_s));
    QVERIFY(first.actions.contains(u"inline-reply"_s));
    QCOMPARE(first.hints.value(u"sound-name"_s).toString(), u"message-new-instant"_s);
    QCOMPARE(first.hints.value(u"category"_s).toString(), u"im.received"_s);

    // The next one replaces it; markup in a message is text, not markup.
    fromBob(u"b2"_s, u"<b>Or</b> six & later?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_service.shown.size(), 2, 10000);
    const FakeNotificationService::Shown second = m_service.shown.last();
    QCOMPARE(second.replaces, first.id);
    QCOMPARE(second.summary, u"Bob (2 new messages)"_s);
    QCOMPARE(second.body, u"Cake at five?\n&lt;b&gt;Or&lt;/b&gt; six &amp; later?"_s);
}

void NotificationsTest::openAndReplyFromTheNotification()
{
    const quint32 id = m_service.shown.last().id;
    Q_EMIT m_service.ActionInvoked(id, u"default"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->conversationWindows().isReading(
                                 u"alice@localhost"_s, Xmpp::Jid::fromString(u"bob@example.org"_s)),
        10000);
    // Reading it withdrew the notification.
    QTRY_VERIFY_WITH_TIMEOUT(m_service.closed.contains(id), 10000);

    // A new message, a new notification; the reply typed into it goes to Bob.
    const int before = int(m_service.shown.size());
    fromBob(u"b3"_s, u"Still there?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(int(m_service.shown.size()), before + 1, 10000);
    QCOMPARE(m_service.shown.last().replaces, 0u);
    Q_EMIT m_service.NotificationReplied(m_service.shown.last().id, u"Yes, five is fine"_s);
    QTRY_VERIFY_WITH_TIMEOUT(sentToBob(u"Yes, five is fine"_s), 10000);
}

void NotificationsTest::readElsewhereWithdrawsIt()
{
    const int before = int(m_service.shown.size());
    fromBob(u"b4"_s, u"See you"_s);
    QTRY_COMPARE_WITH_TIMEOUT(int(m_service.shown.size()), before + 1, 10000);
    const quint32 id = m_service.shown.last().id;
    // Alice reads it on her phone: the carbon of her read marker comes here.
    m_server.send(u"<message from='alice@localhost' to='alice@localhost/pc' type='chat'>"
                  "<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                  "<message xmlns='jabber:client' from='alice@localhost/phone' "
                  "to='bob@example.org' type='chat'><displayed "
                  "xmlns='urn:xmpp:chat-markers:0' id='b4'/></message></forwarded></sent>"
                  "</message>"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_service.closed.contains(id), 10000);
}

void NotificationsTest::levelsAndDoNotDisturbKeepQuiet()
{
    QSettings& settings = m_profile->settings();
    const QString alice = u"alice@localhost"_s;
    const QString bob = u"bob@example.org"_s;
    // Chosen in the conversation: Notifications → Nothing.
    Gui::ConversationWidget* chat
        = m_app->conversationWindows().conversation(alice, Xmpp::Jid::fromString(bob));
    QVERIFY(chat);
    QTest::mouseClick(chat->findChild<QToolButton*>(u"notifyButton"_s), Qt::LeftButton);
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 3);
    QVERIFY(menu->actions().first()->isChecked()); // all messages, a chat's default
    menu->actions().last()->trigger();
    menu->close();
    QCOMPARE(
        Gui::NotificationLevel::of(settings, alice, bob, false), Gui::NotificationLevel::Nothing);
    int before = int(m_service.shown.size());
    fromBob(u"b5"_s, u"Hello?"_s);
    QTest::qWait(500);
    QCOMPARE(int(m_service.shown.size()), before);

    // Mentions only: a message naming Alice comes through.
    Gui::NotificationLevel::set(settings, alice, bob, Gui::NotificationLevel::Mentions);
    fromBob(u"b6"_s, u"Anyone?"_s);
    fromBob(u"b7"_s, u"alice, are you there?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(int(m_service.shown.size()), before + 1, 10000);
    QVERIFY(m_service.shown.last().body.contains(u"alice, are you there?"_s));

    // Do not disturb: nothing at all.
    Gui::NotificationLevel::set(settings, alice, bob, Gui::NotificationLevel::All);
    m_app->setStatus(int(Xmpp::Presence::Show::DoNotDisturb), {});
    before = int(m_service.shown.size());
    fromBob(u"b8"_s, u"Hello again"_s);
    QTest::qWait(500);
    QCOMPARE(int(m_service.shown.size()), before);
    m_app->setStatus(int(Xmpp::Presence::Show::Online), {});
    fromBob(u"b9"_s, u"And now?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(int(m_service.shown.size()), before + 1, 10000);
}

// Not about notifications, but this test has the whole application on a profile to restart.
void NotificationsTest::draftSurvivesARestart()
{
    Gui::ConversationWidget* chat = m_app->openChat(u"alice@localhost"_s, u"bob@example.org"_s);
    auto* input = chat->findChild<Gui::MessageInput*>();
    QTest::keyClicks(input, u"Half a thought"_s);
    // Editing the last message meanwhile neither loses the draft nor saves the edit as one.
    chat->messageActions().startEditingLast();
    QCOMPARE(input->toPlainText(), u"Yes, five is fine"_s);
    QTest::keyClick(input, Qt::Key_Escape);
    QCOMPARE(input->toPlainText(), u"Half a thought"_s);
    chat->messageActions().startEditingLast();
    // The spelling language chosen for Bob's chat is kept too.
    std::unique_ptr<QMenu> menu(input->createContextMenu(QPoint(5, 5)));
    QAction* german = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            for (QAction* inner : action->menu()->actions()) {
                if (inner->text() == u"Deutsch (de_DE)"_s) {
                    german = inner;
                }
            }
        }
    }
    QVERIFY(german);
    german->trigger();
    menu.reset(); // a child of the input, which goes with the application
    m_app.reset();
    m_app = std::make_unique<App::Application>(*m_profile);
    m_app->start();
    QVERIFY(waitUntilSignedIn(*m_app, u"alice@localhost"_s, u"bob@example.org"_s));
    chat = m_app->openChat(u"alice@localhost"_s, u"bob@example.org"_s);
    QCOMPARE(chat->findChild<Gui::MessageInput*>()->toPlainText(), u"Half a thought"_s);
    QCOMPARE(chat->findChild<Gui::MessageInput*>()->spellingLanguage(), u"de_DE"_s);
    // Sent, it is no draft any more.
    QTest::keyClick(chat->findChild<Gui::MessageInput*>(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(sentToBob(u"Half a thought"_s), 10000);
    QVERIFY(!m_profile->settings().allKeys().join(u' ').contains(u"drafts/"_s));
}

QTEST_MAIN(NotificationsTest)
#include "tst_notifications.moc"

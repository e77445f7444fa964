// RosterModule against a scripted stream: fetch with and without versioning, pushes only from
// our own account (the roster push spoofing attack), add and remove.
#include "ModuleHarness.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/roster/RosterModule.h"

#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

class RosterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fetchesOnLogin();
    void versioningAsksWithCachedVersion();
    void unchangedRosterIsReported();
    void pushesFromOurAccountAreApplied_data();
    void pushesFromOurAccountAreApplied();
    void addAndRemove();
    void itemParsing();

private:
    void startWith(const QString& features, const QString& cachedVersion = {});

    std::unique_ptr<ModuleHarness> m_harness;
    RosterModule* m_roster = nullptr;
};

void RosterTest::init()
{
    m_harness = std::make_unique<ModuleHarness>();
    m_roster = new RosterModule;
    m_harness->addModule(m_roster);
}

void RosterTest::cleanup()
{
    m_harness.reset();
}

void RosterTest::startWith(const QString& features, const QString& cachedVersion)
{
    m_harness->setExtraFeatures(features);
    m_roster->setCachedVersion(cachedVersion);
    QVERIFY(m_harness->start());
}

void RosterTest::fetchesOnLogin()
{
    QSignalSpy received(m_roster, &RosterModule::rosterReceived);
    startWith({});
    const XmlElement request = m_harness->waitForIq(Ns::Roster);
    QVERIFY(!request.isNull());
    QCOMPARE(request.attribute(u"type"), u"get"_s);
    QVERIFY(!request.firstChildElement().hasAttribute(u"ver")); // no versioning offered
    m_harness->replyTo(request,
        u"<query xmlns='jabber:iq:roster'>"
        "<item jid='romeo@example.net' name='Romeo' subscription='both'><group>Friends</group>"
        "<group>Lovers</group></item>"
        "<item jid='nurse@example.com' subscription='none' ask='subscribe'/>"
        "<item jid='broken@@' subscription='both'/>"
        "<item jid='full@example.com/resource' subscription='both'/>"
        "</query>"_s);
    QVERIFY(received.wait(5000));
    const auto items = received.first().first().value<QList<RosterItem>>();
    QCOMPARE(items.size(), 2); // the malformed and full-JID items are not contacts
    QCOMPARE(items[0].jid.toString(), u"romeo@example.net"_s);
    QCOMPARE(items[0].name, u"Romeo"_s);
    QCOMPARE(items[0].groups, (QStringList {u"Friends"_s, u"Lovers"_s}));
    QCOMPARE(items[0].subscription, RosterItem::Subscription::Both);
    QVERIFY(items[1].askSubscribe);
    QCOMPARE(items[1].subscription, RosterItem::Subscription::None);
}

void RosterTest::versioningAsksWithCachedVersion()
{
    QSignalSpy received(m_roster, &RosterModule::rosterReceived);
    startWith(u"<ver xmlns='urn:xmpp:features:rosterver'/>"_s, u"v41"_s);
    const XmlElement request = m_harness->waitForIq(Ns::Roster);
    QCOMPARE(request.firstChildElement().attribute(u"ver"), u"v41"_s);
    m_harness->replyTo(
        request, u"<query xmlns='jabber:iq:roster' ver='v42'><item jid='a@b'/></query>"_s);
    QVERIFY(received.wait(5000));
    QCOMPARE(received.first().at(1).toString(), u"v42"_s);
    QCOMPARE(m_roster->cachedVersion(), u"v42"_s);
}

void RosterTest::unchangedRosterIsReported()
{
    QSignalSpy unchanged(m_roster, &RosterModule::rosterUnchanged);
    QSignalSpy received(m_roster, &RosterModule::rosterReceived);
    startWith(u"<ver xmlns='urn:xmpp:features:rosterver'/>"_s, u"v41"_s);
    m_harness->replyTo(m_harness->waitForIq(Ns::Roster));
    QVERIFY(unchanged.wait(5000));
    QCOMPARE(received.size(), 0);
}

void RosterTest::pushesFromOurAccountAreApplied_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("applied");
    QTest::newRow("no from") << QString() << true;
    QTest::newRow("own bare jid") << u"alice@localhost"_s << true;
    QTest::newRow("stranger") << u"mallory@evil.example"_s << false;
    QTest::newRow("own other resource") << u"alice@localhost/phone"_s << false;
    QTest::newRow("our server") << u"localhost"_s << false;
    QTest::newRow("contact") << u"romeo@example.net"_s << false;
}

void RosterTest::pushesFromOurAccountAreApplied()
{
    QFETCH(QString, from);
    QFETCH(bool, applied);
    QSignalSpy pushed(m_roster, &RosterModule::itemPushed);
    startWith({});
    m_harness->replyTo(m_harness->waitForIq(Ns::Roster), u"<query xmlns='jabber:iq:roster'/>"_s);
    const QString fromAttribute = from.isEmpty() ? QString() : u" from='"_s + from + u"'"_s;
    m_harness->inject(u"<iq type='set' id='push1'"_s + fromAttribute
        + u"><query xmlns='jabber:iq:roster' ver='v2'><item jid='mallory@evil.example' "
          "name='Trust me' subscription='both'/></query></iq>"_s);
    const XmlElement answer = m_harness->waitForSent(
        [](const XmlElement& s) { return s.attribute(u"id") == u"push1"; });
    QVERIFY(!answer.isNull());
    QCOMPARE(answer.attribute(u"type"), applied ? u"result"_s : u"error"_s);
    QTest::qWait(50);
    QCOMPARE(pushed.size(), applied ? 1 : 0);
    if (applied) {
        const auto item = pushed.first().first().value<RosterItem>();
        QCOMPARE(item.name, u"Trust me"_s);
        QCOMPARE(pushed.first().at(1).toString(), u"v2"_s);
    }
}

void RosterTest::addAndRemove()
{
    startWith({});
    m_harness->replyTo(m_harness->waitForIq(Ns::Roster), u"<query xmlns='jabber:iq:roster'/>"_s);

    RosterItem item;
    item.jid = Jid::fromString(u"juliet@example.com");
    item.name = u"Juliet"_s;
    item.groups = {u"Capulets"_s};
    bool done = false;
    m_roster->addOrUpdate(item, this, [&](const StanzaError* error) { done = !error; });
    const XmlElement set = m_harness->waitForIq(Ns::Roster);
    QCOMPARE(set.attribute(u"type"), u"set"_s);
    QCOMPARE(set.firstChildElement().toXml(Ns::Client),
        u"<query xmlns='jabber:iq:roster'><item jid='juliet@example.com' name='Juliet'>"
        "<group>Capulets</group></item></query>"_s);
    m_harness->replyTo(set);
    QTRY_VERIFY(done);

    const StanzaError* failure = nullptr;
    bool answered = false;
    StanzaError copy;
    m_roster->remove(
        Jid::fromString(u"juliet@example.com/balcony"), this, [&](const StanzaError* error) {
            answered = true;
            if (error) {
                copy = *error;
                failure = &copy;
            }
        });
    const XmlElement removal = m_harness->waitForIq(Ns::Roster);
    QCOMPARE(removal.firstChildElement().firstChildElement().toXml(Ns::Roster),
        u"<item jid='juliet@example.com' subscription='remove'/>"_s);
    m_harness->inject(u"<iq type='error' id='%1'><error type='cancel'><item-not-found "
                      "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s.arg(
                          removal.attribute(u"id")));
    QTRY_VERIFY(answered);
    QVERIFY(failure);
    QCOMPARE(failure->condition(), StanzaError::Condition::ItemNotFound);
}

void RosterTest::itemParsing()
{
    XmlElement element(u"item"_s, Ns::Roster);
    element.setAttribute(u"jid"_s, u"Romeo@Example.NET"_s);
    element.setAttribute(u"subscription"_s, u"from"_s);
    element.setAttribute(u"approved"_s, u"true"_s);
    element.appendTextChild(u"group"_s, Ns::Roster, u"A"_s);
    element.appendTextChild(u"group"_s, Ns::Roster, u"A"_s);
    const RosterItem item = RosterItem::fromElement(element);
    QCOMPARE(item.jid.toString(), u"romeo@example.net"_s);
    QCOMPARE(item.subscription, RosterItem::Subscription::From);
    QVERIFY(item.weShareWithThem());
    QVERIFY(!item.theyShareWithUs());
    QVERIFY(item.approved);
    QCOMPARE(item.groups, QStringList {u"A"_s});
    QCOMPARE(RosterItem::subscriptionFromName(u"bogus"), RosterItem::Subscription::None);
}

QTEST_GUILESS_MAIN(RosterTest)
#include "tst_roster.moc"

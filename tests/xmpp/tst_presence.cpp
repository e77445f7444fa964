// Presence, subscriptions and entity capabilities against a scripted stream.
#include "ModuleHarness.h"
#include "ParsedStanza.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/presence/PresenceModule.h"
#include "xmpp/modules/presence/SubscriptionModule.h"
#include "xmpp/modules/xep0030_disco/DiscoModule.h"
#include "xmpp/modules/xep0115_caps/CapsModule.h"
#include "xmpp/modules/xep0115_caps/VerificationString.h"

#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

namespace {
// XEP-0115 §5.2 and §5.3.
const QString exodusQuery = u"<query xmlns='http://jabber.org/protocol/disco#info' "
                            u"node='http://code.google.com/p/exodus#QgayPKawpkPSDYmwT/WM94uAlu0='>"
                            "<identity category='client' name='Exodus 0.9.1' type='pc'/>"
                            "<feature var='http://jabber.org/protocol/caps'/>"
                            "<feature var='http://jabber.org/protocol/disco#info'/>"
                            "<feature var='http://jabber.org/protocol/disco#items'/>"
                            "<feature var='http://jabber.org/protocol/muc'/></query>"_s;
const QString psiQuery
    = u"<query xmlns='http://jabber.org/protocol/disco#info' "
      u"node='http://psi-im.org#q07IKJEyjvHSyhy//CH0CxmKi8w='>"
      "<identity xml:lang='en' category='client' name='Psi 0.11' type='pc'/>"
      "<identity xml:lang='el' category='client' name='Ψ 0.11' type='pc'/>"
      "<feature var='http://jabber.org/protocol/caps'/>"
      "<feature var='http://jabber.org/protocol/disco#info'/>"
      "<feature var='http://jabber.org/protocol/disco#items'/>"
      "<feature var='http://jabber.org/protocol/muc'/>"
      "<x xmlns='jabber:x:data' type='result'>"
      "<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:dataforms:softwareinfo</value></field>"
      "<field var='ip_version'><value>ipv4</value><value>ipv6</value></field>"
      "<field var='os'><value>Mac</value></field>"
      "<field var='os_version'><value>10.5.1</value></field>"
      "<field var='software'><value>Psi</value></field>"
      "<field var='software_version'><value>0.11</value></field></x></query>"_s;

} // namespace

class PresenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ownPresenceIsAnnouncedWithCaps();
    void contactsPresenceIsReported();
    void bestResourceOrder();
    void subscriptionsBothWays();
    void verificationStringExamples_data();
    void verificationStringExamples();
    void answersQueriesForOwnCapsNode();
    void learnsContactCapabilitiesOnce();
    void mismatchedCapabilitiesAreNotCached();
    void occupantPresencesStayInTheRoom();

private:
    std::unique_ptr<ModuleHarness> m_harness;
    PresenceModule* m_presence = nullptr;
    SubscriptionModule* m_subscriptions = nullptr;
    CapsModule* m_caps = nullptr;
};

void PresenceTest::init()
{
    m_harness = std::make_unique<ModuleHarness>();
    m_harness->addModule(new DiscoModule);
    m_presence = new PresenceModule;
    m_subscriptions = new SubscriptionModule;
    m_caps = new CapsModule;
    m_harness->addModule(m_presence);
    m_harness->addModule(m_subscriptions);
    m_harness->addModule(m_caps);
    m_presence->setOwnPresence(Presence::Show::Away, u"Coffee break"_s, 5);
}

void PresenceTest::cleanup()
{
    m_harness.reset();
}

void PresenceTest::ownPresenceIsAnnouncedWithCaps()
{
    QVERIFY(m_harness->start());
    const XmlElement presence
        = m_harness->waitForSent([](const XmlElement& s) { return s.name() == u"presence"; });
    QVERIFY(!presence.isNull());
    const Presence parsed(presence);
    QCOMPARE(parsed.show(), Presence::Show::Away);
    QCOMPARE(parsed.status(), u"Coffee break"_s);
    QCOMPARE(parsed.priority(), 5);
    const XmlElement c = presence.firstChild(u"c", Ns::Caps);
    QCOMPARE(c.attribute(u"hash"), u"sha-1"_s);
    QCOMPARE(c.attribute(u"ver"), m_caps->ownVerification());

    // A change is announced at once; subscriptions carry no caps.
    m_presence->setOwnPresence(Presence::Show::DoNotDisturb, u"Meeting"_s);
    const XmlElement dnd
        = m_harness->waitForSent([](const XmlElement& s) { return s.name() == u"presence"; });
    QCOMPARE(Presence(dnd).show(), Presence::Show::DoNotDisturb);
    m_subscriptions->requestSubscription(Jid::fromString(u"romeo@example.net/x"), u"Hi"_s);
    const XmlElement subscribe
        = m_harness->waitForSent([](const XmlElement& s) { return s.name() == u"presence"; });
    QCOMPARE(subscribe.attribute(u"type"), u"subscribe"_s);
    QCOMPARE(subscribe.attribute(u"to"), u"romeo@example.net"_s);
    QVERIFY(!subscribe.hasChild(u"c", Ns::Caps));
}

void PresenceTest::contactsPresenceIsReported()
{
    QSignalSpy changed(m_presence, &PresenceModule::presenceChanged);
    QSignalSpy errors(m_presence, &PresenceModule::presenceError);
    QVERIFY(m_harness->start());
    m_harness->inject(u"<presence from='romeo@example.net/orchard'><show>xa</show>"
                      "<status>Sleeping</status><priority>-1</priority></presence>"_s);
    m_harness->inject(u"<presence from='romeo@example.net/orchard' type='unavailable'/>"_s);
    m_harness->inject(u"<presence from='nurse@example.com' type='error'><error type='cancel'>"
                      "<remote-server-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                      "</error></presence>"_s);
    m_harness->inject(u"<presence from='@@invalid'/>"_s);
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(changed.size(), 2);
    const auto first = changed.first().first().value<ContactPresence>();
    QVERIFY(first.available);
    QCOMPARE(first.show, Presence::Show::ExtendedAway);
    QCOMPARE(first.status, u"Sleeping"_s);
    QCOMPARE(first.priority, -1);
    QVERIFY(!changed.last().first().value<ContactPresence>().available);
    QCOMPARE(errors.first().at(1).value<StanzaError>().condition(),
        StanzaError::Condition::RemoteServerNotFound);
}

void PresenceTest::bestResourceOrder()
{
    ContactPresence phone;
    phone.available = true;
    phone.priority = 0;
    phone.show = Presence::Show::Away;
    ContactPresence desk = phone;
    desk.show = Presence::Show::Online;
    QVERIFY(ContactPresence::isBetter(desk, phone)); // same priority: more available wins
    phone.priority = 10;
    QVERIFY(ContactPresence::isBetter(phone, desk)); // priority first
    ContactPresence gone;
    QVERIFY(ContactPresence::isBetter(desk, gone));
}

void PresenceTest::subscriptionsBothWays()
{
    QSignalSpy requested(m_subscriptions, &SubscriptionModule::subscriptionRequested);
    QSignalSpy approved(m_subscriptions, &SubscriptionModule::subscriptionApproved);
    QSignalSpy revoked(m_subscriptions, &SubscriptionModule::subscriptionRevoked);
    QSignalSpy unsubscribed(m_subscriptions, &SubscriptionModule::unsubscribed);
    m_harness->setExtraFeatures(u"<sub xmlns='urn:xmpp:features:pre-approval'/>"_s);
    QVERIFY(m_harness->start());
    QVERIFY(m_subscriptions->canPreApprove());
    m_harness->inject(u"<presence from='romeo@example.net' type='subscribe'><status>It is I"
                      "</status></presence>"_s);
    m_harness->inject(u"<presence from='juliet@example.com/balcony' type='subscribed'/>"_s);
    m_harness->inject(u"<presence from='tybalt@example.com' type='unsubscribed'/>"_s);
    m_harness->inject(u"<presence from='mercutio@example.com' type='unsubscribe'/>"_s);
    m_harness->inject(u"<presence from='alice@localhost' type='subscribe'/>"_s); // ourselves
    m_harness->inject(u"<presence from='example.com' type='subscribe'/>"_s); // a server
    QTRY_COMPARE(unsubscribed.size(), 1);
    QTest::qWait(50);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().value<Jid>().toString(), u"romeo@example.net"_s);
    QCOMPARE(requested.first().at(1).toString(), u"It is I"_s);
    QCOMPARE(approved.first().first().value<Jid>().toString(), u"juliet@example.com"_s);
    QCOMPARE(revoked.size(), 1);

    m_subscriptions->approve(Jid::fromString(u"romeo@example.net"));
    m_subscriptions->deny(Jid::fromString(u"tybalt@example.com"));
    m_subscriptions->cancel(Jid::fromString(u"mercutio@example.com"));
    m_subscriptions->preApprove(Jid::fromString(u"benvolio@example.com"));
    QStringList types;
    for (int i = 0; i < 4; ++i) {
        const XmlElement sent = m_harness->waitForSent(
            [](const XmlElement& s) { return s.name() == u"presence" && s.hasAttribute(u"type"); });
        types << sent.attribute(u"to") + u' ' + sent.attribute(u"type");
    }
    QCOMPARE(types,
        (QStringList {u"romeo@example.net subscribed"_s, u"tybalt@example.com unsubscribed"_s,
            u"mercutio@example.com unsubscribe"_s, u"benvolio@example.com subscribed"_s}));
}

void PresenceTest::verificationStringExamples_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("simple (xep-0115 5.2)") << exodusQuery << u"QgayPKawpkPSDYmwT/WM94uAlu0="_s;
    QTest::newRow("complex (xep-0115 5.3)") << psiQuery << u"q07IKJEyjvHSyhy//CH0CxmKi8w="_s;
    QTest::newRow("duplicate feature")
        << u"<query xmlns='http://jabber.org/protocol/disco#info'><feature var='a'/>"
           "<feature var='a'/></query>"_s
        << QString();
    QTest::newRow("form without FORM_TYPE")
        << u"<query xmlns='http://jabber.org/protocol/disco#info'><x xmlns='jabber:x:data'>"
           "<field var='os'><value>x</value></field></x></query>"_s
        << QString();
}

void PresenceTest::verificationStringExamples()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const std::optional<QString> ver = verificationString(Palaver::Testing::parseStanza(query));
    QCOMPARE(ver.value_or(QString()), expected);
}

void PresenceTest::answersQueriesForOwnCapsNode()
{
    QVERIFY(m_harness->start());
    const QString ver = m_caps->ownVerification();
    m_harness->inject(u"<iq type='get' id='caps1' from='romeo@example.net/orchard'><query "
                      "xmlns='http://jabber.org/protocol/disco#info' node='https://palaver.im#"_s
        + ver + u"'/></iq>"_s);
    const XmlElement answer = m_harness->waitForSent(
        [](const XmlElement& s) { return s.attribute(u"id") == u"caps1"; });
    QCOMPARE(answer.attribute(u"type"), u"result"_s);
    const XmlElement query = answer.firstChild(u"query", Ns::DiscoInfo);
    QCOMPARE(query.attribute(u"node"), u"https://palaver.im#"_s + ver);
    // What we answer hashes to what we announce.
    QCOMPARE(verificationString(query).value_or(QString()), ver);
    QVERIFY(DiscoInfo::fromQuery(query).hasFeature(Ns::Caps));
}

void PresenceTest::learnsContactCapabilitiesOnce()
{
    QSignalSpy changed(m_caps, &CapsModule::capabilitiesChanged);
    QVERIFY(m_harness->start());
    const QString presence = u"<presence from='%1'><c xmlns='http://jabber.org/protocol/caps' "
                             "hash='sha-1' node='http://code.google.com/p/exodus' "
                             "ver='QgayPKawpkPSDYmwT/WM94uAlu0='/></presence>"_s;
    m_harness->inject(presence.arg(u"romeo@example.net/orchard"));
    m_harness->inject(presence.arg(u"juliet@example.com/balcony"));
    const auto capsQuery = [](const XmlElement& s) {
        return s.firstChild(u"query", Ns::DiscoInfo).hasAttribute(u"node");
    };
    const XmlElement query = m_harness->waitForSent(capsQuery);
    QCOMPARE(query.firstChildElement().attribute(u"node"),
        u"http://code.google.com/p/exodus#QgayPKawpkPSDYmwT/WM94uAlu0="_s);
    m_harness->replyTo(query, exodusQuery);
    QTRY_COMPARE(changed.size(), 2);
    const std::optional<DiscoInfo> info
        = m_caps->capabilities(Jid::fromString(u"juliet@example.com/balcony"));
    QVERIFY(info);
    QVERIFY(info->hasFeature(u"http://jabber.org/protocol/muc"));
    // One query served both resources; a third is answered from the cache.
    m_harness->inject(presence.arg(u"benvolio@example.com/x"));
    QTRY_COMPARE(changed.size(), 3);
    QVERIFY(m_harness->waitForSent(capsQuery, 200).isNull());
}

void PresenceTest::mismatchedCapabilitiesAreNotCached()
{
    QSignalSpy changed(m_caps, &CapsModule::capabilitiesChanged);
    QVERIFY(m_harness->start());
    m_harness->inject(
        u"<presence from='mallory@evil.example/x'><c xmlns='http://jabber.org/protocol/caps' "
        "hash='sha-1' node='n' ver='QgayPKawpkPSDYmwT/WM94uAlu0='/></presence>"_s);
    const XmlElement query = m_harness->waitForSent([](const XmlElement& s) {
        return s.firstChild(u"query", Ns::DiscoInfo).hasAttribute(u"node");
    });
    m_harness->replyTo(query,
        u"<query xmlns='http://jabber.org/protocol/disco#info'><identity category='client' "
        "type='pc'/><feature var='urn:evil'/></query>"_s);
    QTest::qWait(200);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!m_caps->capabilities(Jid::fromString(u"mallory@evil.example/x")));
}

// A room occupant is not a contact: no contact presence, no caps query to the occupant.
void PresenceTest::occupantPresencesStayInTheRoom()
{
    QSignalSpy changed(m_presence, &PresenceModule::presenceChanged);
    QVERIFY(m_harness->start());
    m_harness->inject(u"<presence from='room@conference.example.net/thirdwitch'>"
                      "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='n' "
                      "ver='QgayPKawpkPSDYmwT/WM94uAlu0='/>"
                      "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' "
                      "role='participant'/></x></presence>"_s);
    m_harness->inject(u"<presence from='romeo@example.net/orchard'/>"_s);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<ContactPresence>().jid.bare(),
        Jid::fromString(u"romeo@example.net"));
    QVERIFY(m_harness
                ->waitForSent(
                    [](const XmlElement& s) {
                        return s.firstChild(u"query", Ns::DiscoInfo).hasAttribute(u"node");
                    },
                    200)
                .isNull());
}

QTEST_GUILESS_MAIN(PresenceTest)
#include "tst_presence.moc"

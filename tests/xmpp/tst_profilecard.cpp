// vCards, avatars (XEP-0153 and XEP-0084), client state indication and software version
// against a scripted stream.
#include "ModuleHarness.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/avatars/AvatarModule.h"
#include "xmpp/modules/presence/PresenceModule.h"
#include "xmpp/modules/xep0054_vcard/VCardModule.h"
#include "xmpp/modules/xep0092_version/VersionModule.h"
#include "xmpp/modules/xep0352_csi/CsiModule.h"
#include "xmpp/stream/XmlFragment.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

namespace {
const QByteArray picture = QByteArray("\x89PNG\r\n\x1a\n fake picture bytes", 28);
const QString pictureHash
    = QString::fromLatin1(QCryptographicHash::hash(picture, QCryptographicHash::Sha1).toHex());

QString vcardWithPhoto(const QByteArray& photo)
{
    // Wrapped base64, as many servers and clients write it.
    QByteArray encoded = photo.toBase64();
    encoded.insert(10, "\n  ");
    return u"<vCard xmlns='vcard-temp'><FN>Juliet Capulet</FN><NICKNAME>Jules</NICKNAME>"
           "<EMAIL><USERID>juliet@example.com</USERID></EMAIL><PHOTO><TYPE>image/png</TYPE>"
           "<BINVAL>"_s
        + QString::fromLatin1(encoded) + u"</BINVAL></PHOTO></vCard>"_s;
}
} // namespace

class ProfileCardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void vcardRoundTrip();
    void vcardAvatarIsFetchedOnceAndVerified();
    void pepAvatarFromBareJidOnly();
    void ownHashGoesOnPresence();
    void clientStateIndication();
    void softwareVersion();
    void askingSoftwareVersion();

private:
    void start(const QString& features = {});
    void answerOwnVCard(const QString& vcard);

    std::unique_ptr<ModuleHarness> m_harness;
    AvatarModule* m_avatars = nullptr;
    CsiModule* m_csi = nullptr;
    VersionModule* m_version = nullptr;
    PresenceModule* m_presence = nullptr;
};

void ProfileCardTest::init()
{
    m_harness = std::make_unique<ModuleHarness>();
    m_presence = new PresenceModule;
    m_avatars = new AvatarModule;
    m_csi = new CsiModule;
    m_version = new VersionModule;
    m_version->setSoftware(u"Palaver"_s, u"1.2.3"_s);
    for (Module* module :
        std::initializer_list<Module*> {m_presence, new VCardModule, m_avatars, m_csi, m_version}) {
        m_harness->addModule(module);
    }
}

void ProfileCardTest::cleanup()
{
    m_harness.reset();
}

void ProfileCardTest::start(const QString& features)
{
    m_harness->setExtraFeatures(features);
    QVERIFY(m_harness->start());
}

void ProfileCardTest::answerOwnVCard(const QString& vcard)
{
    // On every new session the avatar module asks for our own card first.
    const XmlElement request = m_harness->waitForSent([](const XmlElement& s) {
        return s.hasChild(u"vCard", Ns::VCard) && !s.hasAttribute(u"to");
    });
    QVERIFY(!request.isNull());
    m_harness->replyTo(request, vcard);
}

void ProfileCardTest::vcardRoundTrip()
{
    const std::optional<XmlElement> element = parseXmlFragment(vcardWithPhoto(picture));
    QVERIFY(element);
    const VCard card = VCard::fromElement(*element);
    QCOMPARE(card.fullName, u"Juliet Capulet"_s);
    QCOMPARE(card.nickname, u"Jules"_s);
    QCOMPARE(card.emails, QStringList {u"juliet@example.com"_s});
    QCOMPARE(card.photo, picture);
    QCOMPARE(card.photoType, u"image/png"_s);
    QCOMPARE(card.photoHash(), pictureHash);
    // Unknown fields of the card we started from survive an edit.
    XmlElement base = *element;
    base.appendTextChild(u"X-CUSTOM"_s, Ns::VCard, u"kept"_s);
    VCard edited = card;
    edited.nickname = u"J"_s;
    const XmlElement written = edited.toElement(base);
    QCOMPARE(written.firstChild(u"X-CUSTOM", Ns::VCard).text(), u"kept"_s);
    QCOMPARE(VCard::fromElement(written).nickname, u"J"_s);
    QCOMPARE(VCard::fromElement(written).photo, picture);
    // What Prosody answers for a card published with DESC.
    const auto note
        = parseXmlFragment(u"<vCard xmlns='vcard-temp'><NOTE>About me</NOTE></vCard>"_s);
    QVERIFY(note);
    QCOMPARE(VCard::fromElement(*note).description, u"About me"_s);
}

void ProfileCardTest::vcardAvatarIsFetchedOnceAndVerified()
{
    start();
    answerOwnVCard(u"<vCard xmlns='vcard-temp'/>"_s);
    QSignalSpy changed(m_avatars, &AvatarModule::avatarChanged);
    const QString presence = u"<presence from='%1'><x xmlns='vcard-temp:x:update'><photo>%2"
                             "</photo></x></presence>"_s;
    m_harness->inject(presence.arg(u"juliet@example.com/balcony"_s, pictureHash));
    const XmlElement request = m_harness->waitForSent(
        [](const XmlElement& s) { return s.attribute(u"to") == u"juliet@example.com"; });
    QVERIFY(request.hasChild(u"vCard", Ns::VCard));
    m_harness->replyTo(request, vcardWithPhoto(picture));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(1).toString(), pictureHash);
    QCOMPARE(m_avatars->cache().image(pictureHash), picture);
    QCOMPARE(m_avatars->avatarHash(Jid::fromString(u"juliet@example.com/x")), pictureHash);

    // Someone else with the same picture: straight from the cache.
    m_harness->inject(presence.arg(u"romeo@example.net/orchard"_s, pictureHash));
    QTRY_COMPARE(changed.size(), 2);
    QVERIFY(
        m_harness
            ->waitForSent([](const XmlElement& s) { return s.hasChild(u"vCard", Ns::VCard); }, 200)
            .isNull());

    // A card whose photo does not match what the presence announced is not believed.
    const QString otherHash = u"0123456789abcdef0123456789abcdef01234567"_s;
    m_harness->inject(presence.arg(u"mallory@evil.example/x"_s, otherHash));
    const XmlElement lie = m_harness->waitForSent(
        [](const XmlElement& s) { return s.attribute(u"to") == u"mallory@evil.example"; });
    m_harness->replyTo(lie, vcardWithPhoto(picture));
    QTest::qWait(200);
    QCOMPARE(changed.size(), 2);
    QVERIFY(!m_avatars->cache().contains(otherHash));
}

void ProfileCardTest::pepAvatarFromBareJidOnly()
{
    start();
    answerOwnVCard(u"<vCard xmlns='vcard-temp'/>"_s);
    QSignalSpy changed(m_avatars, &AvatarModule::avatarChanged);
    const QString event
        = u"<message from='%1'><event xmlns='http://jabber.org/protocol/pubsub#event'><items "
          "node='urn:xmpp:avatar:metadata'><item id='%2'><metadata "
          "xmlns='urn:xmpp:avatar:metadata'>"
          "<info id='%2' bytes='28' type='image/png'/></metadata></item></items></event></message>"_s;
    m_harness->inject(event.arg(u"juliet@example.com/forged"_s, pictureHash)); // not from PEP
    m_harness->inject(event.arg(u"juliet@example.com"_s, pictureHash));
    const XmlElement request = m_harness->waitForSent(
        [](const XmlElement& s) { return s.hasChild(u"pubsub", Ns::PubSub); });
    QCOMPARE(request.attribute(u"to"), u"juliet@example.com"_s);
    QCOMPARE(request.firstChildElement().firstChildElement().attribute(u"node"), Ns::AvatarData);
    m_harness->replyTo(request,
        u"<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='urn:xmpp:avatar:data'>"
        "<item id='%1'><data xmlns='urn:xmpp:avatar:data'>%2</data></item></items></pubsub>"_s.arg(
            pictureHash, QString::fromLatin1(picture.toBase64())));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<Jid>().toString(), u"juliet@example.com"_s);
    // Metadata without info: the picture was removed.
    m_harness->inject(u"<message from='juliet@example.com'><event "
                      "xmlns='http://jabber.org/protocol/pubsub#event'><items "
                      "node='urn:xmpp:avatar:metadata'><item id='x'><metadata "
                      "xmlns='urn:xmpp:avatar:metadata'/></item></items></event></message>"_s);
    QTRY_COMPARE(changed.size(), 2);
    QVERIFY(changed.last().at(1).toString().isEmpty());
}

void ProfileCardTest::ownHashGoesOnPresence()
{
    m_presence->setOwnPresence(Presence::Show::Online, {});
    start();
    answerOwnVCard(vcardWithPhoto(picture));
    // Presence is sent again once our own picture is known, now with its hash.
    const XmlElement presence = m_harness->waitForSent([](const XmlElement& s) {
        return s.name() == u"presence" && s.hasChild(u"x", Ns::VCardUpdate);
    });
    QCOMPARE(
        presence.firstChild(u"x", Ns::VCardUpdate).firstChild(u"photo", Ns::VCardUpdate).text(),
        pictureHash);
    QCOMPARE(m_avatars->ownAvatarHash(), pictureHash);
}

void ProfileCardTest::clientStateIndication()
{
    start(u"<csi xmlns='urn:xmpp:csi:0'/>"_s);
    QVERIFY(m_csi->isSupported());
    m_csi->setActive(false);
    m_csi->setActive(true);
    // Nonzas are not stanzas: the scripted server records them apart, so read them raw.
    QTRY_VERIFY(m_harness->server().record().nonzas.contains(u"inactive"_s));
    QTRY_VERIFY(m_harness->server().record().nonzas.contains(u"active"_s));
}

void ProfileCardTest::softwareVersion()
{
    start();
    const QString query = u"<iq type='get' id='v%1' from='romeo@example.net/orchard'><query "
                          "xmlns='jabber:iq:version'/></iq>"_s;
    m_harness->inject(query.arg(1));
    XmlElement answer
        = m_harness->waitForSent([](const XmlElement& s) { return s.attribute(u"id") == u"v1"; });
    XmlElement payload = answer.firstChild(u"query", Ns::SoftwareVersion);
    QCOMPARE(payload.firstChild(u"name", Ns::SoftwareVersion).text(), u"Palaver"_s);
    QCOMPARE(payload.firstChild(u"version", Ns::SoftwareVersion).text(), u"1.2.3"_s);
    QVERIFY(payload.hasChild(u"os", Ns::SoftwareVersion));
    m_version->setRevealOperatingSystem(false);
    m_harness->inject(query.arg(2));
    answer
        = m_harness->waitForSent([](const XmlElement& s) { return s.attribute(u"id") == u"v2"; });
    QVERIFY(!answer.firstChild(u"query", Ns::SoftwareVersion).hasChild(u"os", Ns::SoftwareVersion));
}

void ProfileCardTest::askingSoftwareVersion()
{
    start();
    std::optional<SoftwareVersion> answered;
    int answers = 0;
    const Jid romeo = Jid::fromString(u"romeo@example.net/orchard");
    m_version->query(romeo, this, [&](const std::optional<SoftwareVersion>& version, auto&&) {
        answered = version;
        ++answers;
    });
    const XmlElement request = m_harness->waitForSent(
        [](const XmlElement& s) { return s.hasChild(u"query", Ns::SoftwareVersion); });
    QCOMPARE(request.attribute(u"to"), romeo.toString());
    // A reply from someone else with the same id is not the answer.
    m_harness->inject(
        u"<iq type='result' id='%1' from='mallory@example.org/x'><query "
        "xmlns='jabber:iq:version'><name>Fake</name></query></iq>"_s.arg(request.attribute(u"id")));
    QTest::qWait(50);
    QCOMPARE(answers, 0);
    // Long or multi-line text is cut to one line for the label it ends up in.
    m_harness->inject(u"<iq type='result' id='%1' from='romeo@example.net/orchard'><query "
                      "xmlns='jabber:iq:version'><name>Gajim\n\n%2</name><version>1.8</version>"
                      "</query></iq>"_s.arg(request.attribute(u"id"), QString(500, u'x')));
    QTRY_COMPARE(answers, 1);
    QVERIFY(answered);
    QVERIFY(answered->name.startsWith(u"Gajim"_s));
    QVERIFY(!answered->name.contains(u'\n'));
    QCOMPARE(answered->name.size(), 100);
    QCOMPARE(answered->version, u"1.8"_s);
    QVERIFY(answered->os.isEmpty());
}

QTEST_GUILESS_MAIN(ProfileCardTest)
#include "tst_profilecard.moc"

// Room bookmarks against a scripted server: both storage forms read and written, the fall
// back to private storage (XEP-0048) when the server has no PEP, and notifications believed
// only from our own account.
#include "ModuleHarness.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/xep0402_bookmarks/BookmarksModule.h"

#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

class BookmarksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nativeItemsAreRead();
    void privateStorageWhenThereIsNoPep();
    void notificationsOnlyFromOurOwnAccount();

private:
    std::unique_ptr<ModuleHarness> m_harness;
    BookmarksModule* m_module = nullptr;
};

void BookmarksTest::init()
{
    m_harness = std::make_unique<ModuleHarness>();
    m_module = new BookmarksModule;
    m_harness->addModule(m_module);
    QVERIFY(m_harness->start());
}

void BookmarksTest::cleanup()
{
    m_harness.reset();
}

void BookmarksTest::nativeItemsAreRead()
{
    std::optional<std::optional<QList<RoomBookmark>>> result;
    m_module->fetch(this, [&](const auto& bookmarks) { result = bookmarks; });
    const XmlElement query = m_harness->waitForIq(Ns::PubSub);
    QCOMPARE(query.attribute(u"type"), u"get"_s);
    // XEP-0402 §3.2's example, plus an item whose id is no room address.
    m_harness->replyTo(query,
        u"<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='urn:xmpp:bookmarks:1'>"
        "<item id='theplay@conference.shakespeare.lit'><conference xmlns='urn:xmpp:bookmarks:1' "
        "name='The Play&apos;s the Thing' autojoin='true'><nick>JC</nick></conference></item>"
        "<item id='not a jid@@'><conference xmlns='urn:xmpp:bookmarks:1'/></item>"
        "</items></pubsub>"_s);
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->has_value());
    const QList<RoomBookmark> bookmarks = **result;
    QCOMPARE(bookmarks.size(), 1);
    QCOMPARE(bookmarks.first().room, Jid::fromString(u"theplay@conference.shakespeare.lit"_s));
    QCOMPARE(bookmarks.first().name, u"The Play's the Thing"_s);
    QVERIFY(bookmarks.first().autojoin);
    QCOMPARE(bookmarks.first().nick, u"JC"_s);
    QVERIFY(!m_module->usesPrivateStorage());

    // Saving publishes one item per room, kept private to us.
    RoomBookmark changed = bookmarks.first();
    changed.autojoin = false;
    m_module->save(changed, this, [](const auto&) {});
    const XmlElement publish = m_harness->waitForIq(Ns::PubSub);
    const XmlElement pubsub = publish.firstChild(u"pubsub", Ns::PubSub);
    const XmlElement item
        = pubsub.firstChild(u"publish", Ns::PubSub).firstChild(u"item", Ns::PubSub);
    QCOMPARE(item.attribute(u"id"), u"theplay@conference.shakespeare.lit"_s);
    QCOMPARE(item.firstChild(u"conference", Ns::Bookmarks2).attribute(u"autojoin"), u"false"_s);
    QVERIFY(pubsub.firstChild(u"publish-options", Ns::PubSub).hasChild(u"x", Ns::DataForms));
}

void BookmarksTest::privateStorageWhenThereIsNoPep()
{
    std::optional<std::optional<QList<RoomBookmark>>> result;
    m_module->fetch(this, [&](const auto& bookmarks) { result = bookmarks; });
    const XmlElement pep = m_harness->waitForIq(Ns::PubSub);
    m_harness->server().send(
        u"<iq type='error' id='%1'><error type='cancel'><feature-not-implemented "
        "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s.arg(pep.attribute(u"id")));
    const XmlElement legacy = m_harness->waitForIq(Ns::PrivateStorage);
    QVERIFY(!legacy.isNull());
    m_harness->replyTo(legacy,
        u"<query xmlns='jabber:iq:private'><storage xmlns='storage:bookmarks'>"
        "<conference name='Council of Oberon' autojoin='1' jid='council@conference.underhill.org'>"
        "<nick>Puck</nick><password>Tinkerbell</password></conference>"
        "<url name='not a room' url='https://example.org'/></storage></query>"_s);
    QTRY_VERIFY(result.has_value() && result->has_value());
    QCOMPARE((*result)->size(), 1);
    QCOMPARE((*result)->first().password, u"Tinkerbell"_s);
    QVERIFY((*result)->first().autojoin);
    QVERIFY(m_module->usesPrivateStorage());

    // A new bookmark rewrites the whole storage, the old one kept.
    QSignalSpy changed(m_module, &BookmarksModule::bookmarkChanged);
    RoomBookmark added;
    added.room = Jid::fromString(u"forest@conference.underhill.org"_s);
    added.autojoin = true;
    std::optional<std::optional<StanzaError>> saved;
    m_module->save(added, this, [&](const auto& error) { saved = error; });
    const XmlElement store = m_harness->waitForIq(Ns::PrivateStorage);
    QCOMPARE(store.attribute(u"type"), u"set"_s);
    const QList<XmlElement> conferences = store.firstChild(u"query", Ns::PrivateStorage)
                                              .firstChild(u"storage", Ns::BookmarksLegacy)
                                              .childElements(u"conference", Ns::BookmarksLegacy);
    QCOMPARE(conferences.size(), 2);
    QCOMPARE(conferences.at(1).attribute(u"jid"), u"forest@conference.underhill.org"_s);
    m_harness->replyTo(store);
    QTRY_VERIFY(saved.has_value());
    QVERIFY(!saved->has_value());
    QCOMPARE(changed.size(), 1); // private storage sends no notification: the module tells
}

void BookmarksTest::notificationsOnlyFromOurOwnAccount()
{
    QSignalSpy changed(m_module, &BookmarksModule::bookmarkChanged);
    QSignalSpy removed(m_module, &BookmarksModule::bookmarkRemoved);
    const QString event
        = u"<message from='%1'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
          "<items node='urn:xmpp:bookmarks:1'><item id='trap@conference.evil.example'>"
          "<conference xmlns='urn:xmpp:bookmarks:1' autojoin='true'/></item></items></event>"
          "</message>"_s;
    m_harness->inject(event.arg(u"mallory@evil.example"_s));
    m_harness->inject(event.arg(u"@evil.example"_s)); // does not parse: not ours either
    m_harness->inject(event.arg(m_harness->ownJid().bare().toString()));
    m_harness->inject(
        u"<message from='%1'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
        "<items node='urn:xmpp:bookmarks:1'><retract id='trap@conference.evil.example'/></items>"
        "</event></message>"_s.arg(m_harness->ownJid().bare().toString()));
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(
        removed.first().first().value<Jid>(), Jid::fromString(u"trap@conference.evil.example"_s));
}

QTEST_GUILESS_MAIN(BookmarksTest)
#include "tst_bookmarks.moc"

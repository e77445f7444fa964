// The message receive pipeline and the message XEPs against a scripted stream: carbons accepted
// only from our own account, archive results only for our own queries, unique and stable ids,
// delay stamps, receipts, markers and chat states on what we send.
#include "ModuleHarness.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/messaging/MessageExtensions.h"
#include "xmpp/modules/messaging/MessageModule.h"
#include "xmpp/modules/xep0030_disco/DiscoModule.h"
#include "xmpp/modules/xep0085_chatstates/ChatStatesModule.h"
#include "xmpp/modules/xep0184_receipts/ReceiptsModule.h"
#include "xmpp/modules/xep0280_carbons/CarbonsModule.h"
#include "xmpp/modules/xep0313_mam/MamModule.h"
#include "xmpp/modules/xep0333_markers/MarkersModule.h"

#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

class MessagingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void liveMessageWithTrustedStanzaId();
    void stanzaIdsNeedTheServersWord();
    void carbonsFromOurAccount_data();
    void carbonsFromOurAccount();
    void carbonsAreEnabledWhenTheServerHasThem();
    void archivePagesAndForgedResults();
    void outgoingMessagesAreDecorated();
    void receiptsMarkersAndStates();
    void dateTimes_data();
    void dateTimes();

private:
    ReceivedMessage receiveOne();
    void answerStanzaIdQuery(bool stamps);

    std::unique_ptr<ModuleHarness> m_harness;
    MessageModule* m_messages = nullptr;
    CarbonsModule* m_carbons = nullptr;
    MamModule* m_mam = nullptr;
    ChatStatesModule* m_states = nullptr;
    ReceiptsModule* m_receipts = nullptr;
    MarkersModule* m_markers = nullptr;
};

void MessagingTest::init()
{
    m_harness = std::make_unique<ModuleHarness>();
    m_harness->addModule(new DiscoModule);
    m_messages = new MessageModule;
    m_carbons = new CarbonsModule;
    m_mam = new MamModule;
    m_states = new ChatStatesModule;
    m_receipts = new ReceiptsModule;
    m_markers = new MarkersModule;
    for (Module* module : std::initializer_list<Module*> {
             m_messages, m_carbons, m_mam, m_states, m_receipts, m_markers}) {
        m_harness->addModule(module);
    }
    QVERIFY(m_harness->start());
}

void MessagingTest::cleanup()
{
    m_harness.reset();
}

ReceivedMessage MessagingTest::receiveOne()
{
    QSignalSpy received(m_messages, &MessageModule::messageReceived);
    if (!received.wait(2000)) {
        return {};
    }
    return received.first().first().value<ReceivedMessage>();
}

void MessagingTest::answerStanzaIdQuery(bool stamps)
{
    const XmlElement query = m_harness->waitForSent([](const XmlElement& stanza) {
        return stanza.attribute(u"to") == u"alice@localhost"
            && stanza.hasChild(u"query", Ns::DiscoInfo);
    });
    QVERIFY(!query.isNull());
    m_harness->replyTo(query,
        u"<query xmlns='http://jabber.org/protocol/disco#info'><identity category='account' "
        "type='registered'/>%1</query>"_s.arg(
            stamps ? u"<feature var='urn:xmpp:sid:0'/>"_s : QString()));
    QTRY_COMPARE(m_messages->trustsStanzaIds(), stamps);
}

void MessagingTest::liveMessageWithTrustedStanzaId()
{
    answerStanzaIdQuery(true);
    QSignalSpy received(m_messages, &MessageModule::messageReceived);
    m_harness->inject(
        u"<message from='romeo@example.net/orchard' type='chat' id='m1'>"
        "<body>Hi</body><stanza-id xmlns='urn:xmpp:sid:0' by='alice@localhost' id='A1'/>"
        "<stanza-id xmlns='urn:xmpp:sid:0' by='romeo@example.net' id='EVIL'/>"
        "<origin-id xmlns='urn:xmpp:sid:0' id='o1'/></message>"_s);
    m_harness->inject(u"<message from='romeo@example.net/orchard' type='chat'><body>Later</body>"
                      "<delay xmlns='urn:xmpp:delay' stamp='2002-09-10T23:08:25Z'/></message>"_s);
    m_harness->inject(u"<message from='romeo@example.net/orchard' type='chat'><body>Kept</body>"
                      "<delay xmlns='urn:xmpp:delay' from='localhost' "
                      "stamp='2002-09-10T23:08:25Z'/></message>"_s);
    m_harness->inject(u"<message from='romeo@example.net/orchard' type='chat'><body>Soon</body>"
                      "<delay xmlns='urn:xmpp:delay' stamp='2999-01-01T00:00:00Z'/></message>"_s);
    QTRY_COMPARE(received.size(), 4);
    const auto live = received.first().first().value<ReceivedMessage>();
    QCOMPARE(live.origin, ReceivedMessage::Origin::Live);
    QVERIFY(!live.outgoing);
    QCOMPARE(live.archiveId, u"A1"_s);
    QCOMPARE(originId(live.message), u"o1"_s);
    QCOMPARE(live.peer().toString(), u"romeo@example.net/orchard"_s);
    QVERIFY(!live.delayed);
    // A sender's own delay is only its claim: the message takes its place by arrival.
    const QDateTime stamp(QDate(2002, 9, 10), QTime(23, 8, 25), Qt::UTC);
    const auto claimed = received.at(1).first().value<ReceivedMessage>();
    QVERIFY(!claimed.delayed);
    QVERIFY(claimed.timestamp.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    QCOMPARE(claimed.sentAt, stamp);
    QVERIFY(claimed.archiveId.isEmpty()); // nothing our server vouched for
    // Our own server's (XEP-0160 offline storage) orders it.
    const auto kept = received.at(2).first().value<ReceivedMessage>();
    QVERIFY(kept.delayed);
    QCOMPARE(kept.timestamp, stamp);
    // Never in the future.
    const auto soon = received.at(3).first().value<ReceivedMessage>();
    QVERIFY(soon.sentAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(soon.timestamp <= QDateTime::currentDateTimeUtc());
}

// XEP-0359 §4: without urn:xmpp:sid:0 on our account, a stanza-id "by" us is anyone's.
void MessagingTest::stanzaIdsNeedTheServersWord()
{
    answerStanzaIdQuery(false);
    QSignalSpy received(m_messages, &MessageModule::messageReceived);
    m_harness->inject(u"<message from='romeo@example.net/orchard' type='chat' id='m1'>"
                      "<body>Hi</body><stanza-id xmlns='urn:xmpp:sid:0' by='alice@localhost' "
                      "id='A1'/></message>"_s);
    QTRY_COMPARE(received.size(), 1);
    QVERIFY(received.first().first().value<ReceivedMessage>().archiveId.isEmpty());
}

void MessagingTest::carbonsFromOurAccount_data()
{
    QTest::addColumn<QString>("wrapper");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("outgoing");

    const QString received = u"<message from='%1' to='alice@localhost/assigned' type='chat'>"
                             "<received xmlns='urn:xmpp:carbons:2'><forwarded "
                             "xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' "
                             "from='romeo@example.net/orchard' to='%2' type='chat' id='c1'>"
                             "<body>Wherefore</body></message></forwarded></received></message>"_s;
    const QString sent = u"<message from='%1' to='alice@localhost/assigned' type='chat'>"
                         "<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                         "<message xmlns='jabber:client' to='romeo@example.net' from='%2' "
                         "type='chat' id='c2'><body>Art thou</body></message></forwarded></sent>"
                         "</message>"_s;
    QTest::newRow("received, from our account")
        << received.arg(u"alice@localhost", u"alice@localhost/phone") << true << false;
    QTest::newRow("sent, from our account")
        << sent.arg(u"alice@localhost", u"alice@localhost/phone") << true << true;
    QTest::newRow("forged by a contact")
        << received.arg(u"romeo@example.net/orchard", u"alice@localhost/phone") << false << false;
    QTest::newRow("forged sent by a stranger")
        << sent.arg(u"mallory@evil.example", u"alice@localhost/phone") << false << false;
    QTest::newRow("from our other resource, not the account")
        << received.arg(u"alice@localhost/phone", u"alice@localhost/phone") << false << false;
    QTest::newRow("our account, but the message is not ours")
        << received.arg(u"alice@localhost", u"bob@localhost") << false << false;
}

void MessagingTest::carbonsFromOurAccount()
{
    QFETCH(QString, wrapper);
    QFETCH(bool, accepted);
    QFETCH(bool, outgoing);

    QSignalSpy received(m_messages, &MessageModule::messageReceived);
    m_harness->inject(wrapper);
    // A marker message after it shows when the wrapper has been handled.
    m_harness->inject(u"<message from='x@y/z' type='chat'><body>marker</body></message>"_s);
    QTRY_VERIFY(!received.isEmpty()
        && received.last().first().value<ReceivedMessage>().message.body() == u"marker");
    QCOMPARE(received.size(), accepted ? 2 : 1);
    if (accepted) {
        const auto carbon = received.first().first().value<ReceivedMessage>();
        QCOMPARE(carbon.origin, ReceivedMessage::Origin::Carbon);
        QCOMPARE(carbon.outgoing, outgoing);
        QCOMPARE(carbon.peer().bare().toString(), u"romeo@example.net"_s);
    }
}

void MessagingTest::carbonsAreEnabledWhenTheServerHasThem()
{
    const XmlElement discoRequest = m_harness->waitForIq(Ns::DiscoInfo);
    QSignalSpy enabled(m_carbons, &CarbonsModule::enabledChanged);
    m_harness->replyTo(discoRequest,
        u"<query xmlns='http://jabber.org/protocol/disco#info'><identity category='server' "
        "type='im'/><feature var='urn:xmpp:carbons:2'/></query>"_s);
    const XmlElement enable = m_harness->waitForIq(Ns::Carbons);
    QCOMPARE(enable.firstChildElement().name(), u"enable"_s);
    m_harness->replyTo(enable);
    QVERIFY(enabled.wait(2000));
    QVERIFY(m_carbons->isEnabled());
}

void MessagingTest::archivePagesAndForgedResults()
{
    std::optional<MamModule::Page> page;
    MamModule::Query query;
    query.afterId = u"A0"_s;
    query.max = 2;
    m_mam->queryPage(query, this,
        [&](const std::optional<MamModule::Page>& result, const StanzaError&) { page = result; });
    const XmlElement request = m_harness->waitForIq(Ns::Mam);
    const XmlElement mamQuery = request.firstChildElement();
    QCOMPARE(mamQuery.firstChild(u"set", Ns::Rsm).firstChild(u"after", Ns::Rsm).text(), u"A0"_s);
    const QString queryId = mamQuery.attribute(u"queryid");
    QVERIFY(!queryId.isEmpty());

    const QString result = u"<message%1><result xmlns='urn:xmpp:mam:2' queryid='%2' id='%3'>"
                           "<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' "
                           "stamp='2010-07-10T23:08:25Z'/><message xmlns='jabber:client' "
                           "from='%4' to='%5' type='chat'><body>%6</body></message></forwarded>"
                           "</result></message>"_s;
    m_harness->inject(result.arg(
        QString(), queryId, u"A1"_s, u"romeo@example.net/o"_s, u"alice@localhost"_s, u"one"_s));
    m_harness->inject(result.arg(u" from='mallory@evil.example'"_s, queryId, u"X"_s,
        u"romeo@example.net/o"_s, u"alice@localhost"_s, u"forged"_s));
    m_harness->inject(result.arg(u" from='alice@localhost'"_s, u"not-our-query"_s, u"Y"_s,
        u"romeo@example.net/o"_s, u"alice@localhost"_s, u"stray"_s));
    m_harness->inject(result.arg(u" from='alice@localhost'"_s, queryId, u"A2"_s,
        u"alice@localhost/phone"_s, u"romeo@example.net"_s, u"two"_s));
    QSignalSpy live(m_messages, &MessageModule::messageReceived);
    m_harness->inject(u"<iq type='result' id='%1'><fin xmlns='urn:xmpp:mam:2' complete='true'>"
                      "<set xmlns='http://jabber.org/protocol/rsm'><first>A1</first><last>A2"
                      "</last></set></fin></iq>"_s.arg(request.attribute(u"id")));
    QTRY_VERIFY(page.has_value());
    QCOMPARE(page->messages.size(), 2);
    QVERIFY(page->complete);
    QCOMPARE(page->lastId, u"A2"_s);
    QCOMPARE(page->messages[0].archiveId, u"A1"_s);
    QCOMPARE(page->messages[0].message.body(), u"one"_s);
    QVERIFY(!page->messages[0].outgoing);
    QCOMPARE(page->messages[0].timestamp, QDateTime(QDate(2010, 7, 10), QTime(23, 8, 25), Qt::UTC));
    QVERIFY(page->messages[1].outgoing);
    QCOMPARE(page->messages[1].origin, ReceivedMessage::Origin::Archive);
    QCOMPARE(live.size(), 0); // archive results never pass as live messages
}

void MessagingTest::outgoingMessagesAreDecorated()
{
    Message message(Message::Type::Chat, Jid::fromString(u"romeo@example.net"), u"Hello"_s);
    setOriginId(message, u"o-1"_s);
    m_harness->client().send(message);
    const XmlElement sent = m_harness->waitForSent(
        [](const XmlElement& s) { return s.hasChild(u"body", Ns::Client); });
    QVERIFY(sent.hasChild(u"request", Ns::Receipts));
    QVERIFY(sent.hasChild(u"markable", Ns::ChatMarkers));
    QVERIFY(sent.hasChild(u"active", Ns::ChatStates));
    QCOMPARE(sent.firstChild(u"origin-id", Ns::StanzaIds).attribute(u"id"), u"o-1"_s);
    QVERIFY(!sent.attribute(u"id").isEmpty());

    // Chat states off (the user's privacy choice): none sent, none announced.
    m_states->setSending(false);
    m_harness->client().send(Message(Message::Type::Chat, Jid::fromString(u"a@b"), u"x"_s));
    const XmlElement plain = m_harness->waitForSent(
        [](const XmlElement& s) { return s.hasChild(u"body", Ns::Client); });
    QVERIFY(!plain.hasChild(u"active", Ns::ChatStates));
    QVERIFY(!m_states->discoFeatures().contains(Ns::ChatStates));
}

void MessagingTest::receiptsMarkersAndStates()
{
    m_receipts->sendReceipt(Jid::fromString(u"romeo@example.net/orchard"), u"m42"_s);
    const XmlElement receipt = m_harness->waitForSent(
        [](const XmlElement& s) { return s.hasChild(u"received", Ns::Receipts); });
    QCOMPARE(receipt.attribute(u"to"), u"romeo@example.net/orchard"_s);
    QCOMPARE(ReceiptsModule::receiptFor(Message(receipt)), u"m42"_s);
    QVERIFY(!receipt.hasChild(u"request", Ns::Receipts)); // receipts are not asked for receipts

    m_markers->sendDisplayed(
        Jid::fromString(u"romeo@example.net/orchard"), u"m43"_s, Message::Type::Chat);
    const XmlElement marker = m_harness->waitForSent(
        [](const XmlElement& s) { return s.hasChild(u"displayed", Ns::ChatMarkers); });
    QCOMPARE(marker.attribute(u"to"), u"romeo@example.net"_s);
    QCOMPARE(MarkersModule::displayedId(Message(marker)), u"m43"_s);

    m_states->sendState(Jid::fromString(u"romeo@example.net"), ChatState::Composing);
    const XmlElement typing = m_harness->waitForSent(
        [](const XmlElement& s) { return s.hasChild(u"composing", Ns::ChatStates); });
    QCOMPARE(ChatStatesModule::stateOf(Message(typing)), ChatState::Composing);
    QVERIFY(!typing.hasChild(u"request", Ns::Receipts));

    XmlElement request(u"message"_s, Ns::Client);
    request.setAttribute(u"id"_s, u"q"_s);
    request.setAttribute(u"type"_s, u"chat"_s);
    request.appendChild(XmlElement(u"request"_s, Ns::Receipts));
    QVERIFY(ReceiptsModule::requestsReceipt(Message(request)));
    request.setAttribute(u"type"_s, u"groupchat"_s);
    QVERIFY(!ReceiptsModule::requestsReceipt(Message(request)));
}

void MessagingTest::dateTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime base(QDate(1969, 7, 21), QTime(2, 56, 15), Qt::UTC);
    QTest::newRow("utc") << u"1969-07-21T02:56:15Z"_s << base;
    QTest::newRow("offset") << u"1969-07-20T21:56:15-05:00"_s << base;
    QTest::newRow("milliseconds") << u"1969-07-21T02:56:15.123Z"_s << base.addMSecs(123);
    QTest::newRow("garbage") << u"yesterday"_s << QDateTime();
}

void MessagingTest::dateTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = parseXmppDateTime(text);
    QCOMPARE(parsed.value_or(QDateTime()), expected);
}

QTEST_GUILESS_MAIN(MessagingTest)
#include "tst_messaging.moc"

// Reactions, replies, retraction and moderation as they travel: what we write reads back the
// same, what other clients write (current and earlier forms of the XEPs) is understood, and
// malformed or oversized parts are left out.
#include "ParsedStanza.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/messaging/MessageReferences.h"

#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

class MessageReferencesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reactionsRoundTrip();
    void reactionsAreBounded();
    void replyWithFallbackRoundTrip();
    void replyFallbacks_data();
    void replyFallbacks();
    void retractionForms_data();
    void retractionForms();
    void moderationForms_data();
    void moderationForms();
};

namespace {
Message reparsed(const Message& message)
{
    return Message(parseStanza(message.element().toXml(Ns::Client)));
}
} // namespace

void MessageReferencesTest::reactionsRoundTrip()
{
    Message message(Message::Type::Chat, Jid::fromString(u"bob@example.org"_s));
    setReactions(message, {u"m1"_s, {u"👍"_s, u"👨‍👩‍👧"_s}});
    const std::optional<Reactions> read = reactionsOf(reparsed(message));
    QVERIFY(read);
    QCOMPARE(read->id, u"m1"_s);
    QCOMPARE(read->emojis, QStringList({u"👍"_s, u"👨‍👩‍👧"_s}));
    QVERIFY(message.element().hasChild(u"store", Ns::Hints));

    // An empty set takes every reaction back; it is still a reaction message.
    Message none(Message::Type::Chat);
    setReactions(none, {u"m1"_s, {}});
    QCOMPARE(reactionsOf(reparsed(none)).value_or(Reactions {}).emojis, QStringList());
    QVERIFY(reactionsOf(reparsed(none)));
    QVERIFY(!reactionsOf(Message(Message::Type::Chat)));
}

void MessageReferencesTest::reactionsAreBounded()
{
    QString xml = u"<message type='chat'><reactions xmlns='urn:xmpp:reactions:0' id='m1'>"_s;
    xml += u"<reaction>👍</reaction><reaction>👍</reaction><reaction> </reaction>"_s;
    xml += u"<reaction>"_s + QString(100, u'x') + u"</reaction>"_s;
    for (int i = 0; i < 50; ++i) {
        xml += u"<reaction>%1</reaction>"_s.arg(i);
    }
    xml += u"</reactions></message>"_s;
    const std::optional<Reactions> read = reactionsOf(Message(parseStanza(xml)));
    QVERIFY(read);
    QCOMPARE(read->emojis.size(), MaxReactions);
    QCOMPARE(read->emojis.first(), u"👍"_s);
    QCOMPARE(read->emojis.at(1), u"0"_s); // duplicate, blank and overlong ones left out

    // Without the id of a message there is nothing to react to.
    QVERIFY(!reactionsOf(Message(parseStanza(
        u"<message><reactions xmlns='urn:xmpp:reactions:0'><reaction>👍</reaction></reactions>"
        "</message>"_s))));
}

void MessageReferencesTest::replyWithFallbackRoundTrip()
{
    Message message(Message::Type::Chat, Jid::fromString(u"bob@example.org"_s));
    setReply(message, {u"m1"_s, Jid::fromString(u"bob@example.org/phone"_s)},
        u"Shall we 🍰?\nAt five"_s, u"Yes 🎉"_s);
    QCOMPARE(message.body(), u"> Shall we 🍰?\n> At five\nYes 🎉"_s);
    const Message read = reparsed(message);
    const std::optional<Reply> reply = replyOf(read);
    QVERIFY(reply);
    QCOMPARE(reply->id, u"m1"_s);
    QCOMPARE(reply->to, Jid::fromString(u"bob@example.org/phone"_s));
    // Offsets count code points: the cake is one, though two UTF-16 units.
    QCOMPARE(
        read.payload(u"fallback", Ns::Fallback).firstChild(u"body", Ns::Fallback).attribute(u"end"),
        u"24"_s);
    QCOMPARE(bodyWithoutFallback(read), u"Yes 🎉"_s);
    QCOMPARE(replyFallbackQuote(read), u"Shall we 🍰?\nAt five"_s);

    Message plain(Message::Type::Chat);
    setReply(plain, {u"m2"_s, {}}, {}, u"Just so"_s);
    QCOMPARE(bodyWithoutFallback(reparsed(plain)), u"Just so"_s);
    QVERIFY(reparsed(plain).payload(u"fallback", Ns::Fallback).isNull());
}

void MessageReferencesTest::replyFallbacks_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("quote");
    const QString reply = u"<reply xmlns='urn:xmpp:reply:0' id='m1'/>"_s;
    QTest::newRow("XEP-0428 range") << u"<message><body>&gt; Hi\nHello</body>"_s + reply
            + u"<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'>"
              "<body start='0' end='5'/></fallback></message>"_s
                                    << u"Hello"_s << u"Hi"_s;
    QTest::newRow("earlier feature-fallback") << u"<message><body>&gt; Hi\nHello</body>"_s + reply
            + u"<fallback xmlns='urn:xmpp:feature-fallback:0' for='urn:xmpp:reply:0'>"
              "<body start='0' end='5'/></fallback></message>"_s
                                              << u"Hello"_s << u"Hi"_s;
    QTest::newRow("no fallback") << u"<message><body>Hello</body>"_s + reply + u"</message>"_s
                                 << u"Hello"_s << QString();
    QTest::newRow("fallback for something else")
        << u"<message><body>&gt; Hi\nHello</body>"_s + reply
            + u"<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:other:0'>"
              "<body start='0' end='5'/></fallback></message>"_s
        << u"> Hi\nHello"_s << QString();
    QTest::newRow("range past the end") << u"<message><body>&gt; Hi</body>"_s + reply
            + u"<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'>"
              "<body start='2' end='900'/></fallback></message>"_s
                                        << u"> "_s << QString();
    QTest::newRow("not a reply: fallback kept")
        << u"<message><body>&gt; Hi\nHello</body><fallback xmlns='urn:xmpp:fallback:0' "
           "for='urn:xmpp:reply:0'><body start='0' end='5'/></fallback></message>"_s
        << u"> Hi\nHello"_s << QString();
}

void MessageReferencesTest::replyFallbacks()
{
    QFETCH(QString, xml);
    QFETCH(QString, shown);
    QFETCH(QString, quote);
    const Message message(parseStanza(xml));
    QCOMPARE(bodyWithoutFallback(message), shown);
    QCOMPARE(replyFallbackQuote(message), quote);
}

void MessageReferencesTest::retractionForms_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("retracted");
    QTest::newRow("current") << u"<message><retract xmlns='urn:xmpp:message-retract:1' id='m1'/>"
                                "<body>x</body></message>"_s
                             << u"m1"_s;
    QTest::newRow("earlier, fastened")
        << u"<message><apply-to xmlns='urn:xmpp:fasten:0' id='m2'>"
           "<retract xmlns='urn:xmpp:message-retract:0'/></apply-to></message>"_s
        << u"m2"_s;
    QTest::newRow("fastened something else")
        << u"<message><apply-to xmlns='urn:xmpp:fasten:0' id='m2'><other xmlns='x'/>"
           "</apply-to></message>"_s
        << QString();
    QTest::newRow("a moderator's is no retraction by the sender")
        << u"<message type='groupchat'><retract xmlns='urn:xmpp:message-retract:1' id='s1'>"
           "<moderated xmlns='urn:xmpp:message-moderate:1' by='room@muc/mod'/></retract>"
           "</message>"_s
        << QString();
    QTest::newRow("plain message") << u"<message><body>hi</body></message>"_s << QString();
}

void MessageReferencesTest::retractionForms()
{
    QFETCH(QString, xml);
    QFETCH(QString, retracted);
    QCOMPARE(retractedId(Message(parseStanza(xml))), retracted);
}

void MessageReferencesTest::moderationForms_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("reason");
    QTest::newRow("current")
        << u"<message type='groupchat'><retract xmlns='urn:xmpp:message-retract:1' id='s1'>"
           "<moderated xmlns='urn:xmpp:message-moderate:1' by='room@muc/mod'/>"
           "<reason>spam</reason></retract></message>"_s
        << u"s1"_s << u"spam"_s;
    QTest::newRow("earlier")
        << u"<message type='groupchat'><apply-to xmlns='urn:xmpp:fasten:0' id='s2'>"
           "<moderated xmlns='urn:xmpp:message-moderate:0' by='room@muc/mod'>"
           "<retract xmlns='urn:xmpp:message-retract:0'/><reason>rude</reason></moderated>"
           "</apply-to></message>"_s
        << u"s2"_s << u"rude"_s;
    QTest::newRow("sender's own retraction") << u"<message><retract "
                                                "xmlns='urn:xmpp:message-retract:1' id='m1'/>"
                                                "</message>"_s
                                             << QString() << QString();
}

void MessageReferencesTest::moderationForms()
{
    QFETCH(QString, xml);
    QFETCH(QString, id);
    QFETCH(QString, reason);
    const std::optional<Moderation> moderation = moderationOf(Message(parseStanza(xml)));
    QCOMPARE(moderation.value_or(Moderation {}).id, id);
    QCOMPARE(moderation.value_or(Moderation {}).reason, reason);
    if (moderation) {
        QCOMPARE(moderation->by, u"room@muc/mod"_s);
    }
}

QTEST_GUILESS_MAIN(MessageReferencesTest)
#include "tst_messagereferences.moc"

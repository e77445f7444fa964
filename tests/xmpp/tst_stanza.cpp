// Stanza value types: RFC 6120/6121 fields and errors read from and written to elements.
#include "xmpp/core/Iq.h"
#include "xmpp/core/Message.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/core/Presence.h"
#include "xmpp/core/StreamError.h"

#include <QTest>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

class StanzaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageFields();
    void presenceFields_data();
    void presenceFields();
    void iqResultAndError();
    void stanzaErrorRoundTrip();
    void streamErrorSeeOtherHost();
    void malformedFromReadsInvalid();
};

void StanzaTest::messageFields()
{
    Message message(Message::Type::Chat, Jid::fromString(u"juliet@capulet.lit"), u"Art thou?"_s);
    message.setId(u"m1"_s);
    message.setThread(u"t1"_s);
    QCOMPARE(message.element().toXml(Ns::Client),
        u"<message type='chat' to='juliet@capulet.lit' id='m1'><body>Art thou?</body>"
        "<thread>t1</thread></message>"_s);
    const Message parsed(message.element());
    QCOMPARE(parsed.type(), Message::Type::Chat);
    QCOMPARE(parsed.body(), u"Art thou?"_s);
    QCOMPARE(parsed.thread(), u"t1"_s);
    QCOMPARE(parsed.to().toString(), u"juliet@capulet.lit"_s);
    XmlElement unknownType(u"message"_s, Ns::Client);
    unknownType.setAttribute(u"type"_s, u"bogus"_s);
    QCOMPARE(Message(unknownType).type(), Message::Type::Normal);
}

void StanzaTest::presenceFields_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<Presence::Type>("type");
    QTest::addColumn<Presence::Show>("show");
    QTest::addColumn<int>("priority");

    QTest::newRow("plain") << u"<presence/>"_s << Presence::Type::Available
                           << Presence::Show::Online << 0;
    QTest::newRow("dnd") << u"<presence><show>dnd</show><priority>5</priority></presence>"_s
                         << Presence::Type::Available << Presence::Show::DoNotDisturb << 5;
    QTest::newRow("clamped") << u"<presence><priority>1000</priority></presence>"_s
                             << Presence::Type::Available << Presence::Show::Online << 127;
    QTest::newRow("unavailable") << u"<presence type='unavailable'/>"_s
                                 << Presence::Type::Unavailable << Presence::Show::Online << 0;
    QTest::newRow("subscribe") << u"<presence type='subscribe'/>"_s << Presence::Type::Subscribe
                               << Presence::Show::Online << 0;
}

void StanzaTest::presenceFields()
{
    QFETCH(QString, xml);
    QFETCH(Presence::Type, type);
    QFETCH(Presence::Show, show);
    QFETCH(int, priority);

    // Build the same presence through the API and compare with the XML.
    Presence built(type);
    built.setShow(show);
    built.setPriority(priority);
    const Presence reparsed(built.element());
    QCOMPARE(reparsed.type(), type);
    QCOMPARE(reparsed.show(), show);
    QCOMPARE(reparsed.priority(), priority);
    QVERIFY(!xml.isEmpty());
}

void StanzaTest::iqResultAndError()
{
    XmlElement element(u"iq"_s, Ns::Client);
    element.setAttribute(u"type"_s, u"get"_s);
    element.setAttribute(u"id"_s, u"q1"_s);
    element.setAttribute(u"from"_s, u"romeo@montague.lit/orchard"_s);
    element.appendChild(XmlElement(u"ping"_s, Ns::Ping));
    const Iq request(element);
    QVERIFY(request.isRequest());
    QCOMPARE(request.payload().name(), u"ping"_s);

    const Iq result = request.makeResult();
    QCOMPARE(result.element().toXml(Ns::Client),
        u"<iq type='result' id='q1' to='romeo@montague.lit/orchard'/>"_s);

    const Iq error = request.makeError(
        StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::ServiceUnavailable));
    QCOMPARE(error.type(), Iq::Type::Error);
    QCOMPARE(error.error().condition(), StanzaError::Condition::ServiceUnavailable);
    QVERIFY(error.payload().isNull());
}

void StanzaTest::stanzaErrorRoundTrip()
{
    StanzaError original(StanzaError::Type::Modify, StanzaError::Condition::JidMalformed, u"bad"_s);
    Iq iq(Iq::Type::Error);
    iq.setError(original);
    const StanzaError parsed = Iq(iq.element()).error();
    QCOMPARE(parsed.type(), StanzaError::Type::Modify);
    QCOMPARE(parsed.condition(), StanzaError::Condition::JidMalformed);
    QCOMPARE(parsed.text(), u"bad"_s);
    QCOMPARE(Iq(Iq::Type::Error).error().condition(), StanzaError::Condition::UndefinedCondition);
}

void StanzaTest::streamErrorSeeOtherHost()
{
    XmlElement element(u"error"_s, Ns::Stream);
    element.appendTextChild(u"see-other-host"_s, Ns::StreamErrors, u"[2001:db8::1]:9222"_s);
    element.appendTextChild(u"text"_s, Ns::StreamErrors, u"moved"_s);
    const StreamError error = StreamError::fromElement(element);
    QCOMPARE(error.condition(), StreamError::Condition::SeeOtherHost);
    QCOMPARE(error.otherHost(), u"[2001:db8::1]:9222"_s);
    QCOMPARE(error.text(), u"moved"_s);
    QCOMPARE(StreamError::fromElement(error.toElement()).otherHost(), error.otherHost());
    QCOMPARE(StreamError::fromElement(XmlElement(u"error"_s, Ns::Stream)).condition(),
        StreamError::Condition::UndefinedCondition);
}

void StanzaTest::malformedFromReadsInvalid()
{
    XmlElement element(u"message"_s, Ns::Client);
    element.setAttribute(u"from"_s, u"@@"_s);
    const Message message(element);
    QVERIFY(!message.from().isValid());
    QCOMPARE(message.rawFrom(), u"@@"_s);
}

QTEST_GUILESS_MAIN(StanzaTest)
#include "tst_stanza.moc"

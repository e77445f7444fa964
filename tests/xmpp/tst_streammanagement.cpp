// StreamManagement bookkeeping (XEP-0198): counting, acknowledgement, wrap-around, resumption.
#include "xmpp/core/Namespaces.h"
#include "xmpp/stream/StreamAcks.h"
#include "xmpp/stream/StreamManagement.h"

#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

namespace {
XmlElement message(const QString& body)
{
    XmlElement element(u"message"_s, Ns::Client);
    element.appendTextChild(u"body"_s, Ns::Client, body);
    return element;
}

XmlElement withH(const QString& name, quint32 h)
{
    XmlElement element(name, Ns::StreamManagement);
    element.setAttribute(u"h"_s, QString::number(h));
    return element;
}

XmlElement enabled(const QString& id)
{
    XmlElement element(u"enabled"_s, Ns::StreamManagement);
    element.setAttribute(u"id"_s, id);
    element.setAttribute(u"resume"_s, u"true"_s);
    return element;
}
} // namespace

class StreamManagementTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAndAcknowledges();
    void refusesAcknowledgingTheUnsent();
    void resumeResendsTheRest();
    void failedResumeDropsWhatTheServerHandled();
    void inboundCountStartsAtEnabled();
    void heldStanzasAreNotAcknowledged();
    void deliberateCloseForgetsEverything();
    void unansweredRequestsEndTheStream();
    void unacknowledgedQueueIsCapped();
};

void StreamManagementTest::countsAndAcknowledges()
{
    StreamManagement sm;
    QVERIFY(!sm.isEnabled());
    sm.stanzaSent(message(u"before"_s)); // not counted before <enable/>
    QCOMPARE(sm.unacknowledgedCount(), 0);
    QCOMPARE(sm.enableRequest().attribute(u"resume"), u"true"_s);
    for (int i = 0; i < 5; ++i) {
        sm.stanzaSent(message(QString::number(i)));
    }
    bool ok = false;
    QList<XmlElement> acked = sm.handleAck(withH(u"a"_s, 3), ok);
    QVERIFY(ok);
    QCOMPARE(acked.size(), 3);
    QCOMPARE(acked.last().firstChild(u"body", Ns::Client).text(), u"2"_s);
    QCOMPARE(sm.unacknowledgedCount(), 2);
    acked = sm.handleAck(withH(u"a"_s, 3), ok); // the same h again changes nothing
    QVERIFY(ok);
    QVERIFY(acked.isEmpty());
    acked = sm.handleAck(withH(u"a"_s, 5), ok);
    QCOMPARE(acked.size(), 2);
    QCOMPARE(sm.unacknowledgedCount(), 0);
}

void StreamManagementTest::refusesAcknowledgingTheUnsent()
{
    StreamManagement sm;
    sm.enableRequest();
    sm.stanzaSent(message(u"x"_s));
    bool ok = true;
    QVERIFY(sm.handleAck(withH(u"a"_s, 2), ok).isEmpty());
    QVERIFY(!ok);
    XmlElement garbage(u"a"_s, Ns::StreamManagement);
    garbage.setAttribute(u"h"_s, u"minus one"_s);
    sm.handleAck(garbage, ok);
    QVERIFY(!ok);
}

void StreamManagementTest::resumeResendsTheRest()
{
    StreamManagement sm;
    sm.enableRequest();
    const Jid jid = Jid::fromString(u"alice@example.com/phone");
    sm.handleEnabled(enabled(u"abc"_s), jid);
    for (int i = 0; i < 4; ++i) {
        sm.stanzaSent(message(QString::number(i)));
    }
    sm.stanzaReceived();
    sm.stanzaReceived();
    sm.streamLost();
    QVERIFY(!sm.isEnabled());
    QVERIFY(sm.canResume());
    const XmlElement resume = sm.resumeRequest();
    QCOMPARE(resume.attribute(u"previd"), u"abc"_s);
    QCOMPARE(resume.attribute(u"h"), u"2"_s);

    XmlElement resumed = withH(u"resumed"_s, 1);
    resumed.setAttribute(u"previd"_s, u"abc"_s);
    bool ok = false;
    const QList<XmlElement> resend = sm.handleResumed(resumed, ok);
    QVERIFY(ok);
    QCOMPARE(resend.size(), 3);
    QCOMPARE(resend.first().firstChild(u"body", Ns::Client).text(), u"1"_s);
    QCOMPARE(sm.resumedJid(), jid);
    QVERIFY(sm.isEnabled());
    QCOMPARE(sm.unacknowledgedCount(), 0); // they count again as they are resent
    for (const XmlElement& stanza : resend) {
        sm.stanzaSent(stanza);
    }
    QVERIFY(sm.handleAck(withH(u"a"_s, 4), ok).size() == 3 && ok);
}

void StreamManagementTest::failedResumeDropsWhatTheServerHandled()
{
    StreamManagement sm;
    sm.enableRequest();
    sm.handleEnabled(enabled(u"abc"_s), Jid::fromString(u"a@b/c"));
    sm.stanzaSent(message(u"handled"_s));
    sm.stanzaSent(message(u"lost"_s));
    XmlElement broadcast(u"presence"_s, Ns::Client);
    sm.stanzaSent(broadcast);
    XmlElement subscribe(u"presence"_s, Ns::Client);
    subscribe.setAttribute(u"to"_s, u"friend@b"_s);
    subscribe.setAttribute(u"type"_s, u"subscribe"_s);
    sm.stanzaSent(subscribe);
    sm.streamLost();

    const QList<XmlElement> resend = sm.handleResumeFailed(withH(u"failed"_s, 1));
    // The handled message is gone; broadcast presence is sent afresh by the presence layer.
    QCOMPARE(resend.size(), 2);
    QCOMPARE(resend.first().firstChild(u"body", Ns::Client).text(), u"lost"_s);
    QCOMPARE(resend.last().attribute(u"type"), u"subscribe"_s);
    QVERIFY(!sm.canResume());

    // Without h, everything not acknowledged is resent.
    StreamManagement noH;
    noH.enableRequest();
    noH.stanzaSent(message(u"1"_s));
    noH.stanzaSent(message(u"2"_s));
    QCOMPARE(noH.handleResumeFailed(XmlElement(u"failed"_s, Ns::StreamManagement)).size(), 2);
}

void StreamManagementTest::inboundCountStartsAtEnabled()
{
    StreamManagement sm;
    sm.enableRequest();
    sm.stanzaReceived(); // before <enabled/>: not counted
    sm.handleEnabled(enabled(u"x"_s), Jid::fromString(u"a@b/c"));
    sm.stanzaReceived();
    sm.stanzaReceived();
    QCOMPARE(sm.ackAnswer().attribute(u"h"), u"2"_s);
    QCOMPARE(StreamManagement::ackRequest().name(), u"r"_s);
}

void StreamManagementTest::heldStanzasAreNotAcknowledged()
{
    StreamManagement sm;
    sm.enableRequest();
    sm.handleEnabled(enabled(u"x"_s), Jid::fromString(u"a@b/c"));
    const quint64 first = sm.stanzaReceived();
    const quint64 second = sm.stanzaReceived();
    const quint64 third = sm.stanzaReceived();
    QVERIFY(first != 0 && second != first && third != second);
    sm.hold(second);
    sm.hold(third);
    // Only what came before the oldest held stanza is acknowledged, on <r/> and on resume.
    QCOMPARE(sm.handledCount(), 1u);
    QCOMPARE(sm.ackAnswer().attribute(u"h"), u"1"_s);
    QCOMPARE(sm.resumeRequest().attribute(u"h"), u"1"_s);
    QVERIFY(!sm.release(third)); // the oldest is still held
    QCOMPARE(sm.handledCount(), 1u);
    QVERIFY(sm.release(second));
    QCOMPARE(sm.handledCount(), 3u);
    QVERIFY(!sm.release(second)); // twice is once

    // A token from an earlier session never touches a hold of the new one.
    sm.streamLost();
    sm.enableRequest();
    sm.handleEnabled(enabled(u"y"_s), Jid::fromString(u"a@b/c"));
    const quint64 fresh = sm.stanzaReceived();
    sm.hold(fresh);
    QCOMPARE(sm.handledCount(), 0u);
    QVERIFY(!sm.release(first));
    QCOMPARE(sm.handledCount(), 0u);
    QVERIFY(sm.release(fresh));
    QCOMPARE(sm.handledCount(), 1u);

    StreamManagement notCounting;
    QCOMPARE(notCounting.stanzaReceived(), 0u);
}

void StreamManagementTest::deliberateCloseForgetsEverything()
{
    StreamManagement sm;
    sm.enableRequest();
    sm.handleEnabled(enabled(u"x"_s), Jid::fromString(u"a@b/c"));
    sm.stanzaSent(message(u"1"_s));
    sm.reset();
    QVERIFY(!sm.canResume());
    QCOMPARE(sm.unacknowledgedCount(), 0);
}

// One <r/> per burst; a server that never answers it ends the stream instead of letting the
// queue of unacknowledged stanzas grow.
void StreamManagementTest::unansweredRequestsEndTheStream()
{
    StreamManagement sm;
    sm.enableRequest();
    QStringList written;
    StreamAcks acks(sm, [&](const XmlElement& element) { written << element.name(); });
    acks.setDeadline(100);
    acks.setActive(true);
    QSignalSpy failed(&acks, &StreamAcks::failed);
    for (int i = 0; i < 3; ++i) {
        sm.stanzaSent(message(QString::number(i)));
        acks.stanzaSent();
    }
    QTRY_COMPARE(written, QStringList {u"r"_s});
    // Answered in part: the deadline starts over, and the rest is asked for again.
    bool ok = false;
    sm.handleAck(withH(u"a"_s, 2), ok);
    acks.acknowledged();
    QTest::qWait(60);
    QVERIFY(failed.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(written, (QStringList {u"r"_s, u"r"_s}), 2000);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(
        failed.first().first().value<ConnectionError>().kind, ConnectionError::Kind::PingTimeout);
}

void StreamManagementTest::unacknowledgedQueueIsCapped()
{
    StreamManagement sm;
    sm.enableRequest();
    StreamAcks acks(sm, [](const XmlElement&) {});
    acks.setActive(true);
    QSignalSpy failed(&acks, &StreamAcks::failed);
    for (qsizetype i = 0; i <= StreamAcks::MaxUnacknowledged && failed.isEmpty(); ++i) {
        sm.stanzaSent(message(QString::number(i)));
        acks.stanzaSent();
    }
    QCOMPARE(failed.size(), 1);
}

QTEST_GUILESS_MAIN(StreamManagementTest)
#include "tst_streammanagement.moc"

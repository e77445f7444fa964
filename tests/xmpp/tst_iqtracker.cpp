// IqTracker: answers are matched on id and on the sender the request went to; forged answers
// are dropped (RFC 6120 §10.1 and the known iq spoofing attacks); silence times out.
#include "xmpp/IqTracker.h"
#include "xmpp/core/Namespaces.h"

#include <QTest>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

namespace {
const Jid own = Jid::fromString(u"alice@example.com/laptop");

Iq answer(const QString& id, const QString& from, const QString& type = u"result"_s)
{
    XmlElement element(u"iq"_s, Ns::Client);
    element.setAttribute(u"type"_s, type);
    element.setAttribute(u"id"_s, id);
    if (!from.isNull()) {
        element.setAttribute(u"from"_s, from);
    }
    if (type == u"error") {
        element.appendChild(
            StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::ItemNotFound)
                .toElement());
    }
    return Iq(element);
}
} // namespace

class IqTrackerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void senderMustMatch_data();
    void senderMustMatch();
    void errorsAreReported();
    void idsAreUniqueAndUnknownIdsDropped();
    void timesOut();
    void destroyedContextIsNotCalled();
    void freshSessionFailsDeliveredRequests();
};

void IqTrackerTest::senderMustMatch_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("accepted");

    const QString none;
    QTest::newRow("to contact, from contact")
        << u"bob@example.net/pc"_s << u"bob@example.net/pc"_s << true;
    QTest::newRow("to contact, from stranger")
        << u"bob@example.net/pc"_s << u"mallory@evil.example/x"_s << false;
    QTest::newRow("to contact, other resource")
        << u"bob@example.net/pc"_s << u"bob@example.net/phone"_s << false;
    QTest::newRow("to contact, no from") << u"bob@example.net/pc"_s << none << false;
    QTest::newRow("to contact, from our server")
        << u"bob@example.net/pc"_s << u"example.com"_s << false;
    QTest::newRow("to server, from server") << u"example.com"_s << u"example.com"_s << true;
    QTest::newRow("no to, no from") << none << none << true;
    QTest::newRow("no to, from own bare") << none << u"alice@example.com"_s << true;
    QTest::newRow("no to, from own server") << none << u"example.com"_s << true;
    QTest::newRow("no to, from stranger") << none << u"mallory@evil.example"_s << false;
    QTest::newRow("no to, from own other resource")
        << none << u"alice@example.com/phone"_s << false;
    QTest::newRow("no to, from a server of the same name's user")
        << none << u"example.com/evil"_s << false;
    QTest::newRow("to own bare, no from") << u"alice@example.com"_s << none << true;
    QTest::newRow("to own bare, from own bare")
        << u"alice@example.com"_s << u"alice@example.com"_s << true;
    QTest::newRow("case differs") << u"Bob@Example.NET/pc"_s << u"bob@example.net/pc"_s << true;
}

void IqTrackerTest::senderMustMatch()
{
    QFETCH(QString, to);
    QFETCH(QString, from);
    QFETCH(bool, accepted);

    IqTracker tracker;
    Iq request(Iq::Type::Get, XmlElement(u"query"_s, u"urn:test"_s));
    if (!to.isEmpty()) {
        request.setTo(Jid::fromString(to));
    }
    int calls = 0;
    tracker.track(request, nullptr, [&](const IqResult& result) {
        ++calls;
        QVERIFY(result.isSuccess());
    });
    QVERIFY(!request.id().isEmpty());
    QCOMPARE(tracker.handleResponse(answer(request.id(), from), own), accepted);
    QCOMPARE(calls, accepted ? 1 : 0);
    // A forged answer does not use up the request: the real one still gets through.
    QCOMPARE(tracker.pendingCount(), accepted ? 0 : 1);
}

void IqTrackerTest::errorsAreReported()
{
    IqTracker tracker;
    Iq request(Iq::Type::Get, XmlElement(u"query"_s, u"urn:test"_s));
    std::optional<IqResult> outcome;
    tracker.track(request, nullptr, [&](const IqResult& result) { outcome = result; });
    QVERIFY(tracker.handleResponse(answer(request.id(), {}, u"error"_s), own));
    QVERIFY(outcome);
    QVERIFY(!outcome->isSuccess());
    QCOMPARE(outcome->error.condition(), StanzaError::Condition::ItemNotFound);
    QCOMPARE(outcome->response.id(), request.id());
}

void IqTrackerTest::idsAreUniqueAndUnknownIdsDropped()
{
    IqTracker tracker;
    QSet<QString> ids;
    for (int i = 0; i < 1000; ++i) {
        Iq request(Iq::Type::Get, XmlElement(u"q"_s, u"urn:t"_s));
        tracker.track(request, nullptr, {});
        ids.insert(request.id());
    }
    QCOMPARE(ids.size(), 1000);
    QVERIFY(!tracker.handleResponse(answer(u"never-sent"_s, {}), own));
    // A request reusing an id still pending gets a fresh one.
    Iq duplicate(Iq::Type::Get, XmlElement(u"q"_s, u"urn:t"_s));
    duplicate.setId(*ids.begin());
    tracker.track(duplicate, nullptr, {});
    QVERIFY(duplicate.id() != *ids.begin());
}

void IqTrackerTest::timesOut()
{
    IqTracker tracker;
    Iq request(Iq::Type::Get, XmlElement(u"q"_s, u"urn:t"_s));
    std::optional<IqResult> outcome;
    tracker.track(
        request, nullptr, [&](const IqResult& result) { outcome = result; }, 50);
    Iq later(Iq::Type::Get, XmlElement(u"q"_s, u"urn:t"_s));
    bool laterCalled = false;
    tracker.track(
        later, nullptr, [&](const IqResult&) { laterCalled = true; }, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 2000);
    QCOMPARE(outcome->error.condition(), StanzaError::Condition::Timeout);
    QVERIFY(!laterCalled);
    QCOMPARE(tracker.pendingCount(), 1);
    // An answer after the timeout is dropped.
    QVERIFY(!tracker.handleResponse(answer(request.id(), {}), own));
}

void IqTrackerTest::destroyedContextIsNotCalled()
{
    IqTracker tracker;
    auto context = std::make_unique<QObject>();
    Iq request(Iq::Type::Get, XmlElement(u"q"_s, u"urn:t"_s));
    bool called = false;
    tracker.track(request, context.get(), [&](const IqResult&) { called = true; });
    context.reset();
    QVERIFY(tracker.handleResponse(answer(request.id(), {}), own));
    QVERIFY(!called);
}

void IqTrackerTest::freshSessionFailsDeliveredRequests()
{
    IqTracker tracker;
    Iq delivered(Iq::Type::Get, XmlElement(u"q"_s, u"urn:t"_s));
    Iq undelivered(Iq::Type::Get, XmlElement(u"q"_s, u"urn:t"_s));
    std::optional<IqResult> first;
    bool secondCalled = false;
    tracker.track(delivered, nullptr, [&](const IqResult& result) { first = result; });
    tracker.track(undelivered, nullptr, [&](const IqResult&) { secondCalled = true; });
    tracker.markDelivered(delivered.id());
    tracker.failDelivered(StanzaError::Condition::Disconnected);
    QVERIFY(first);
    QCOMPARE(first->error.condition(), StanzaError::Condition::Disconnected);
    QVERIFY(!secondCalled); // it will be resent, and its answer will come
    QCOMPARE(tracker.pendingCount(), 1);
    tracker.failAll(StanzaError::Condition::Disconnected);
    QVERIFY(secondCalled);
}

QTEST_GUILESS_MAIN(IqTrackerTest)
#include "tst_iqtracker.moc"

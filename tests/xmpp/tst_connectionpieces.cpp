// Smaller connection pieces: SRV ordering (RFC 2782, XEP-0368), reconnect back-off, masking of
// secrets in the traffic log, and what counts as recoverable.
#include "xmpp/ReconnectPolicy.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/xep0004_dataforms/DataForm.h"
#include "xmpp/stream/ConnectionError.h"
#include "xmpp/stream/ServerResolver.h"
#include "xmpp/stream/TrafficLog.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

class ConnectionPiecesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void srvOrderFollowsPriority();
    void srvWeightsAreHonoured();
    void srvFallbackAndRefusal();
    void backOffGrowsWithJitter();
    void trafficMasksSecrets();
    void recoverableErrors();
};

void ConnectionPiecesTest::srvOrderFollowsPriority()
{
    QRandomGenerator random(1);
    const QList<SrvRecord> records = {
        {u"c.example.com."_s, 5222, 20, 0, false},
        {u"a.example.com."_s, 5223, 10, 0, true},
        {u"b.example.com."_s, 5222, 10, 0, false},
        {u"d.example.com."_s, 443, 30, 0, true},
    };
    const QList<ServerTarget> ordered = ServerResolver::order(records, u"example.com"_s, random);
    QCOMPARE(ordered.size(), 4);
    QVERIFY(ordered[0].host == u"a.example.com" || ordered[0].host == u"b.example.com");
    QVERIFY(ordered[1].host == u"a.example.com" || ordered[1].host == u"b.example.com");
    QCOMPARE(ordered[2], (ServerTarget {u"c.example.com"_s, 5222, false}));
    QCOMPARE(ordered[3], (ServerTarget {u"d.example.com"_s, 443, true}));
}

void ConnectionPiecesTest::srvWeightsAreHonoured()
{
    // Same priority, weights 90 and 10: the heavy one should come first about 90% of the time.
    QRandomGenerator random(42);
    const QList<SrvRecord> records = {
        {u"heavy"_s, 5222, 1, 90, false},
        {u"light"_s, 5222, 1, 10, false},
    };
    int heavyFirst = 0;
    for (int i = 0; i < 2000; ++i) {
        heavyFirst += ServerResolver::order(records, u"x"_s, random).first().host == u"heavy";
    }
    QVERIFY2(heavyFirst > 1650 && heavyFirst < 1950, qPrintable(QString::number(heavyFirst)));
}

void ConnectionPiecesTest::srvFallbackAndRefusal()
{
    QRandomGenerator random(1);
    QCOMPARE(ServerResolver::order({}, u"example.com"_s, random),
        (QList<ServerTarget> {{u"example.com"_s, 5222, false}}));
    // RFC 2782: a lone "." target means no service here; no fallback either.
    QVERIFY(
        ServerResolver::order({{u"."_s, 5222, 0, 0, false}}, u"example.com"_s, random).isEmpty());
    // Refused STARTTLS but offered direct TLS: only the direct TLS target remains.
    const QList<ServerTarget> directOnly = ServerResolver::order(
        {{u"."_s, 5222, 0, 0, false}, {u"tls.example.com"_s, 5223, 0, 0, true}}, u"example.com"_s,
        random);
    QCOMPARE(directOnly, (QList<ServerTarget> {{u"tls.example.com"_s, 5223, true}}));
}

void ConnectionPiecesTest::backOffGrowsWithJitter()
{
    ReconnectPolicy policy;
    policy.initialDelayMs = 1000;
    policy.maximumDelayMs = 60000;
    QRandomGenerator random(7);
    QSet<int> firstDelays;
    for (int i = 0; i < 50; ++i) {
        const int delay = policy.delayFor(0, random);
        QVERIFY(delay >= 500 && delay <= 1000);
        firstDelays.insert(delay);
    }
    QVERIFY(firstDelays.size() > 10); // jittered, not all the same
    for (int attempt = 1; attempt < 40; ++attempt) {
        const qint64 ceiling = std::min<qint64>(1000LL << std::min(attempt, 30), 60000);
        const int delay = policy.delayFor(attempt, random);
        QVERIFY(delay >= ceiling / 2 && delay <= ceiling);
    }
}

void ConnectionPiecesTest::trafficMasksSecrets()
{
    XmlElement auth(u"auth"_s, Ns::Sasl);
    auth.setAttribute(u"mechanism"_s, u"PLAIN"_s);
    auth.setText(QString::fromLatin1(QByteArray("\0alice\0secret", 13).toBase64()));
    const QString masked = maskedForLog(auth).toXml(Ns::Client);
    QVERIFY(masked.contains(u"mechanism='PLAIN'"_s));
    QVERIFY(!masked.contains(auth.text()));

    XmlElement iq(u"iq"_s, Ns::Client);
    XmlElement query(u"query"_s, Ns::Register);
    query.appendTextChild(u"username"_s, Ns::Register, u"alice"_s);
    query.appendTextChild(u"password"_s, Ns::Register, u"hunter2"_s);
    iq.appendChild(query);
    const QString registration = maskedForLog(iq).toXml(Ns::Client);
    QVERIFY(!registration.contains(u"hunter2"_s));
    QVERIFY(registration.contains(u"<username>alice</username>"_s));

    // The same through a data form: a text-private field, and one merely named so.
    DataForm form;
    const auto field = [](DataFormField::Type type, const QString& var, const QString& value) {
        DataFormField made;
        made.type = type;
        made.var = var;
        made.values = {value};
        return made;
    };
    form.fields = {field(DataFormField::Type::TextSingle, u"username"_s, u"alice"_s),
        field(DataFormField::Type::TextPrivate, u"secret"_s, u"hunter2"_s),
        field(DataFormField::Type::TextSingle, u"new-password"_s, u"hunter3"_s)};
    XmlElement formIq(u"iq"_s, Ns::Client);
    XmlElement formQuery(u"query"_s, Ns::Register);
    formQuery.appendChild(form.toSubmitElement());
    formIq.appendChild(formQuery);
    const QString formRegistration = maskedForLog(formIq).toXml(Ns::Client);
    QVERIFY(!formRegistration.contains(u"hunter2"_s));
    QVERIFY(!formRegistration.contains(u"hunter3"_s));
    QVERIFY(formRegistration.contains(u"<value>alice</value>"_s));

    // XEP-0249: a direct invitation carries the room's password as an attribute.
    XmlElement invitation(u"message"_s, Ns::Client);
    XmlElement x(u"x"_s, u"jabber:x:conference"_s);
    x.setAttribute(u"jid"_s, u"lounge@conference.example.org"_s);
    x.setAttribute(u"password"_s, u"open sesame"_s);
    invitation.appendChild(x);
    const QString maskedInvitation = maskedForLog(invitation).toXml(Ns::Client);
    QVERIFY(!maskedInvitation.contains(u"open sesame"_s));
    QVERIFY(maskedInvitation.contains(u"jid='lounge@conference.example.org'"_s));

    XmlElement message(u"message"_s, Ns::Client);
    message.appendTextChild(u"body"_s, Ns::Client, u"my password is in plain sight"_s);
    QCOMPARE(maskedForLog(message), message); // ordinary stanzas are shown as they are
}

void ConnectionPiecesTest::recoverableErrors()
{
    using K = ConnectionError::Kind;
    QVERIFY(ConnectionError::make(K::ConnectionLost).isRecoverable());
    QVERIFY(ConnectionError::make(K::PingTimeout).isRecoverable());
    QVERIFY(ConnectionError::make(K::HostNotFound).isRecoverable());
    QVERIFY(!ConnectionError::make(K::CertificateNotTrusted).isRecoverable());
    QVERIFY(!ConnectionError::make(K::TlsUnavailable).isRecoverable());
    ConnectionError auth = ConnectionError::make(K::AuthenticationFailed);
    auth.sasl = SaslFailure {SaslFailure::Condition::NotAuthorized, {}};
    QVERIFY(!auth.isRecoverable());
    auth.sasl->condition = SaslFailure::Condition::TemporaryAuthFailure;
    QVERIFY(auth.isRecoverable());
}

QTEST_GUILESS_MAIN(ConnectionPiecesTest)
#include "tst_connectionpieces.moc"

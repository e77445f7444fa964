// SASL: SCRAM against the RFC 5802 and RFC 7677 test vectors, the mechanism and GS2-flag
// choice, tls-server-end-point channel binding and failure parsing.
#include "xmpp/core/Namespaces.h"
#include "xmpp/stream/BackgroundTask.h"
#include "xmpp/stream/sasl/ChannelBinding.h"
#include "xmpp/stream/sasl/PlainMechanism.h"
#include "xmpp/stream/sasl/SaslAuthenticator.h"
#include "xmpp/stream/sasl/SaslFailure.h"
#include "xmpp/stream/sasl/SaslPrep.h"
#include "xmpp/stream/sasl/SaslSelection.h"
#include "xmpp/stream/sasl/ScramMechanism.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>
#include <QThread>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

using Mech = SaslSelection::Mechanism;
using Flag = Gs2Flag;

class SaslTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scramVectors_data();
    void scramVectors();
    void scramRefusesBadServers_data();
    void scramRefusesBadServers();
    void scramServerFinalAsChallenge();
    void scramKeyDerivationRunsOffThisThread();
    void scramPlusSendsBindingData();
    void scramEscapesUsername();
    void selection_data();
    void selection();
    void tlsServerEndPoint_data();
    void tlsServerEndPoint();
    void plain();
    void saslPrepMaps();
    void failureConditions();
};

void SaslTest::scramVectors_data()
{
    QTest::addColumn<ScramMechanism::Hash>("hash");
    QTest::addColumn<QByteArray>("clientNonce");
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QByteArray>("clientFinal");
    QTest::addColumn<QByteArray>("serverFinal");

    // RFC 5802 §5
    QTest::newRow("rfc5802 sha-1")
        << ScramMechanism::Hash::Sha1 << QByteArray("fyko+d2lbbFgONRv9qkxdawL")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096")
        << QByteArray("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
                      "p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=")
        << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=");
    // RFC 7677 §3
    QTest::newRow("rfc7677 sha-256")
        << ScramMechanism::Hash::Sha256 << QByteArray("rOprNGfwEbeRWgbNEkqO")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                      "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
        << QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                      "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
        << QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
}

void SaslTest::scramVectors()
{
    QFETCH(ScramMechanism::Hash, hash);
    QFETCH(QByteArray, clientNonce);
    QFETCH(QByteArray, serverFirst);
    QFETCH(QByteArray, clientFinal);
    QFETCH(QByteArray, serverFinal);

    ScramMechanism scram(hash, Gs2Flag::NotSupported, {}, u"user"_s, u"pencil"_s);
    scram.setClientNonce(clientNonce);
    QCOMPARE(scram.initialResponse(), "n,,n=user,r=" + clientNonce);
    const std::optional<QByteArray> response = scram.respond(serverFirst);
    QVERIFY(response);
    QCOMPARE(*response, clientFinal);
    QVERIFY(scram.verifySuccess(serverFinal));
}

void SaslTest::scramRefusesBadServers_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QByteArray>("serverFinal");
    QTest::addColumn<bool>("challengeAccepted");

    const QByteArray good
        = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
    QTest::newRow("wrong signature")
        << good << QByteArray("v=AAAAAAAAAAAAAAAAAAAAAAAAAAA=") << true;
    QTest::newRow("no signature") << good << QByteArray() << true;
    QTest::newRow("server error") << good << QByteArray("e=invalid-proof") << true;
    QTest::newRow("foreign nonce")
        << QByteArray("r=somethingelse,s=QSXCR+Q6sek8bf92,i=4096") << QByteArray() << false;
    QTest::newRow("nonce not extended")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL,s=QSXC,i=4096") << QByteArray() << false;
    QTest::newRow("too few iterations")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawLX,s=QSXCR+Q6sek8bf92,i=1") << QByteArray()
        << false;
    QTest::newRow("too many iterations")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawLX,s=QSXCR+Q6sek8bf92,i=999999999") << QByteArray()
        << false;
    QTest::newRow("mandatory extension")
        << QByteArray("m=ext,r=fyko+d2lbbFgONRv9qkxdawLX,s=QSXCR+Q6sek8bf92,i=4096") << QByteArray()
        << false;
    QTest::newRow("no salt") << QByteArray("r=fyko+d2lbbFgONRv9qkxdawLX,i=4096") << QByteArray()
                             << false;
    QTest::newRow("garbage") << QByteArray("hello") << QByteArray() << false;
    QTest::newRow("salt not base64")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawLX,s=QS$XC*R+Q6,i=4096") << QByteArray() << false;
    QTest::newRow("salt with a stray character")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawLX,s=QSXC R+Q6sek8bf92,i=4096") << QByteArray()
        << false;
    QTest::newRow("nonce with a control character")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawLX\x01,s=QSXCR+Q6sek8bf92,i=4096") << QByteArray()
        << false;
}

void SaslTest::scramRefusesBadServers()
{
    QFETCH(QByteArray, serverFirst);
    QFETCH(QByteArray, serverFinal);
    QFETCH(bool, challengeAccepted);

    ScramMechanism scram(
        ScramMechanism::Hash::Sha1, Gs2Flag::NotSupported, {}, u"user"_s, u"pencil"_s);
    scram.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
    QVERIFY(!scram.verifySuccess("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=")); // success before anything
    scram.initialResponse();
    QCOMPARE(scram.respond(serverFirst).has_value(), challengeAccepted);
    QVERIFY(!scram.verifySuccess(serverFinal));
}

// Up to a million PBKDF2 rounds: the authenticator hands them out as work, and the connection
// runs that on the thread pool, so the GUI thread never waits for them.
void SaslTest::scramKeyDerivationRunsOffThisThread()
{
    XmlElement features(u"features"_s, Ns::Stream);
    XmlElement mechanisms(u"mechanisms"_s, Ns::Sasl);
    mechanisms.appendTextChild(u"mechanism"_s, Ns::Sasl, u"SCRAM-SHA-1"_s);
    features.appendChild(mechanisms);
    SaslAuthenticator sasl;
    const SaslAuthenticator::Step auth = sasl.start(
        features, Jid::fromString(u"user@example.org"), u"pencil"_s, QSslCertificate(), true);
    QCOMPARE(auth.kind, SaslAuthenticator::Step::Kind::Send);
    const QByteArray clientFirst = QByteArray::fromBase64(auth.element.text().toLatin1());
    const QByteArray nonce = clientFirst.mid(clientFirst.indexOf(",r=") + 3);
    XmlElement challenge(u"challenge"_s, Ns::Sasl);
    challenge.setText(QString::fromLatin1(
        QByteArray("r=" + nonce + "server,s=QSXCR+Q6sek8bf92,i=100000").toBase64()));

    const SaslAuthenticator::Step compute = sasl.handle(challenge);
    QCOMPARE(compute.kind, SaslAuthenticator::Step::Kind::Compute);
    BackgroundTask task;
    QThread* worker = nullptr;
    QSignalSpy finished(&task, &BackgroundTask::finished);
    task.start([&worker, work = compute.work] {
        worker = QThread::currentThread();
        return work();
    });
    QVERIFY(finished.wait(10000));
    QVERIFY(worker && worker != QThread::currentThread());
    const SaslAuthenticator::Step response = sasl.resume(finished.first().first().toByteArray());
    QCOMPARE(response.kind, SaslAuthenticator::Step::Kind::Send);
    QCOMPARE(response.element.name(), u"response"_s);
    QVERIFY(QByteArray::fromBase64(response.element.text().toLatin1()).contains(",p="));

    // A result that comes after cancel() is dropped.
    QSignalSpy late(&task, &BackgroundTask::finished);
    task.start([] { return QByteArray("late"); });
    task.cancel();
    QTest::qWait(200);
    QVERIFY(late.isEmpty());
}

void SaslTest::scramServerFinalAsChallenge()
{
    // RFC 6120 §6.3.10 lets the server send server-final in a challenge, then an empty success.
    const QByteArray serverFirst
        = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
    for (const bool genuine : {true, false}) {
        ScramMechanism scram(
            ScramMechanism::Hash::Sha1, Gs2Flag::NotSupported, {}, u"user"_s, u"pencil"_s);
        scram.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
        scram.initialResponse();
        QVERIFY(scram.respond(serverFirst));
        const QByteArray serverFinal
            = genuine ? "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=" : "v=AAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        const std::optional<QByteArray> answer = scram.respond(serverFinal);
        QCOMPARE(answer.has_value(), genuine);
        if (genuine) {
            QVERIFY(answer->isEmpty());
        }
        QCOMPARE(scram.verifySuccess({}), genuine);
    }
}

void SaslTest::scramPlusSendsBindingData()
{
    const ChannelBinding binding {u"tls-server-end-point"_s, QByteArray("\x01\x02\x03", 3)};
    ScramMechanism scram(
        ScramMechanism::Hash::Sha256, Gs2Flag::Bound, binding, u"user"_s, u"pencil"_s);
    scram.setClientNonce("abc");
    QCOMPARE(scram.name(), u"SCRAM-SHA-256-PLUS"_s);
    QCOMPARE(scram.initialResponse(), QByteArray("p=tls-server-end-point,,n=user,r=abc"));
    const std::optional<QByteArray> response = scram.respond("r=abcdef,s=QSXCR+Q6sek8bf92,i=4096");
    QVERIFY(response);
    const QByteArray expectedC = QByteArray("p=tls-server-end-point,,\x01\x02\x03").toBase64();
    QVERIFY(response->startsWith(QByteArray("c=" + expectedC + ",r=abcdef,p=")));

    ScramMechanism y(
        ScramMechanism::Hash::Sha1, Gs2Flag::ServerLacksSupport, binding, u"user"_s, u"pencil"_s);
    QCOMPARE(y.name(), u"SCRAM-SHA-1"_s);
    QVERIFY(y.initialResponse().startsWith("y,,n=user,r="));

    ScramMechanism noData(ScramMechanism::Hash::Sha256, Gs2Flag::Bound, {}, u"user"_s, u"pencil"_s);
    QVERIFY(!noData.isValid());
}

void SaslTest::scramEscapesUsername()
{
    ScramMechanism scram(ScramMechanism::Hash::Sha1, Gs2Flag::NotSupported, {}, u"a=b,c"_s, u"x"_s);
    scram.setClientNonce("n");
    QCOMPARE(scram.initialResponse(), QByteArray("n,,n=a=3Db=2Cc,r=n"));
    ScramMechanism control(
        ScramMechanism::Hash::Sha1, Gs2Flag::NotSupported, {}, u"user"_s, u"pass\u0001word"_s);
    QVERIFY(!control.isValid());
}

void SaslTest::selection_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<bool>("xep0440");
    QTest::addColumn<QStringList>("bindingTypes");
    QTest::addColumn<bool>("canBind");
    QTest::addColumn<Mech>("mechanism");
    QTest::addColumn<Flag>("flag");

    const QStringList all = {u"SCRAM-SHA-1"_s, u"SCRAM-SHA-1-PLUS"_s, u"SCRAM-SHA-256"_s,
        u"SCRAM-SHA-256-PLUS"_s, u"PLAIN"_s};
    const QStringList endPoint = {u"tls-server-end-point"_s, u"tls-exporter"_s};
    const QStringList uniqueOnly = {u"tls-unique"_s};
    const QStringList prosody = {u"SCRAM-SHA-1"_s, u"PLAIN"_s};

    QTest::newRow("plus with end-point")
        << all << true << endPoint << true << Mech::ScramSha256Plus << Flag::Bound;
    QTest::newRow("sha-1 plus only")
        << QStringList {u"SCRAM-SHA-1-PLUS"_s, u"SCRAM-SHA-1"_s} << true << endPoint << true
        << Mech::ScramSha1Plus << Flag::Bound;
    QTest::newRow("plus but only tls-unique (ejabberd)")
        << all << true << uniqueOnly << true << Mech::ScramSha256 << Flag::NotSupported;
    QTest::newRow("plus without xep-0440")
        << all << false << QStringList() << true << Mech::ScramSha256 << Flag::NotSupported;
    QTest::newRow("no plus offered, we could bind (prosody)")
        << prosody << false << QStringList() << true << Mech::ScramSha1 << Flag::ServerLacksSupport;
    QTest::newRow("no plus offered, we cannot bind")
        << prosody << false << QStringList() << false << Mech::ScramSha1 << Flag::NotSupported;
    QTest::newRow("plus offered, we cannot bind")
        << all << true << endPoint << false << Mech::ScramSha256 << Flag::NotSupported;
    QTest::newRow("plain only") << QStringList {u"PLAIN"_s} << false << QStringList() << true
                                << Mech::Plain << Flag::ServerLacksSupport;
    QTest::newRow("plain beside unknown scram")
        << QStringList {u"SCRAM-SHA-512"_s, u"PLAIN"_s} << false << QStringList() << true
        << Mech::None << Flag::ServerLacksSupport;
    QTest::newRow("nothing usable")
        << QStringList {u"DIGEST-MD5"_s, u"X-OAUTH2"_s} << false << QStringList() << true
        << Mech::None << Flag::ServerLacksSupport;
}

void SaslTest::selection()
{
    QFETCH(QStringList, offered);
    QFETCH(bool, xep0440);
    QFETCH(QStringList, bindingTypes);
    QFETCH(bool, canBind);
    QFETCH(Mech, mechanism);
    QFETCH(Flag, flag);

    const std::optional<QStringList> types
        = xep0440 ? std::optional<QStringList>(bindingTypes) : std::nullopt;
    const SaslSelection chosen = SaslSelection::choose(offered, types, canBind, true);
    QCOMPARE(chosen.mechanism, mechanism);
    if (mechanism != Mech::None) {
        QCOMPARE(chosen.flag, flag);
    }
    // Without TLS nothing is ever chosen that could expose the password or bind.
    const SaslSelection clear = SaslSelection::choose(offered, types, canBind, false);
    QVERIFY(clear.mechanism != Mech::Plain);
    QVERIFY(clear.flag != Flag::Bound);
}

void SaslTest::tlsServerEndPoint_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("expected");

    // Expected values from `openssl x509 -outform DER | sha256sum` (or the named hash).
    QTest::newRow("rsa sha-256") << u"cert-rsa256.pem"_s
                                 << QByteArray("4dbafde5ad9502dc6fc672142ac9d4e97d1debf653ef91b2c1f"
                                               "3869304563f1c");
    QTest::newRow("ecdsa sha-384")
        << u"cert-ec384.pem"_s
        << QByteArray("5cd100f8e2315606445e3c337eab948f325ecbba0d0ada9fa5482fca847469e3e81a594d98f"
                      "83d5b5fe2d3bb209534a9");
    QTest::newRow("rsa sha-1 uses sha-256")
        << u"cert-rsa1.pem"_s
        << QByteArray("52c1224878ff73cbc68c2cf9e54d4d4e40229d8c40162f6c5ffb9d1fde933f03");
    QTest::newRow("rsa-pss sha-512")
        << u"cert-pss.pem"_s
        << QByteArray("ce6dd725d5c65b5573b6d1dcdc14ba9156620783b4902d8f76cd68e165b7ae9c4f5cbddae9c"
                      "8881f9e8688ac1ac45cbbe43568f858f279d2e2118c0d16391a05");
    QTest::newRow("ed25519 has no binding") << u"cert-ed.pem"_s << QByteArray();
}

void SaslTest::tlsServerEndPoint()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, expected);

    QFile pem(QFINDTESTDATA(u"data/"_s + file));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(&pem, QSsl::Pem);
    QVERIFY(!certificate.isNull());
    const std::optional<ChannelBinding> binding = Palaver::Xmpp::tlsServerEndPoint(certificate);
    if (expected.isEmpty()) {
        QVERIFY(!binding);
        return;
    }
    QVERIFY(binding);
    QCOMPARE(binding->type, u"tls-server-end-point"_s);
    QCOMPARE(binding->data.toHex(), expected);
}

void SaslTest::plain()
{
    PlainMechanism plain(u"juliet"_s, u"r0m30"_s);
    QCOMPARE(plain.initialResponse(), QByteArray("\0juliet\0r0m30", 13));
    QVERIFY(!plain.respond("x"));
    QVERIFY(plain.verifySuccess({}));
}

void SaslTest::saslPrepMaps()
{
    QCOMPARE(saslPrep(u"I\u00ADX"_s), u"IX"_s); // soft hyphen mapped to nothing
    QCOMPARE(saslPrep(u"a\u00A0b"_s), u"a b"_s); // no-break space becomes a space
    QCOMPARE(saslPrep(u"\u2168"_s), u"IX"_s); // NFKC
    QVERIFY(!saslPrep(u"a\u0007"_s));
    QCOMPARE(saslPrep(u"plain ascii"_s), u"plain ascii"_s);
}

void SaslTest::failureConditions()
{
    XmlElement failure(u"failure"_s, Ns::Sasl);
    failure.appendChild(XmlElement(u"account-disabled"_s, Ns::Sasl));
    failure.appendTextChild(u"text"_s, Ns::Sasl, u"Call support"_s);
    const SaslFailure parsed = SaslFailure::fromElement(failure);
    QCOMPARE(parsed.condition, SaslFailure::Condition::AccountDisabled);
    QCOMPARE(parsed.text, u"Call support"_s);

    XmlElement forged(u"failure"_s, Ns::Sasl);
    forged.appendChild(XmlElement(u"server-not-verified"_s, Ns::Sasl));
    QCOMPARE(SaslFailure::fromElement(forged).condition, SaslFailure::Condition::NotAuthorized);
}

QTEST_GUILESS_MAIN(SaslTest)
#include "tst_sasl.moc"

// Jid parsing and normalisation against the RFC 7622 §3.5 and §3.6 examples.
#include "xmpp/core/Jid.h"

#include <QTest>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

class JidTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void equalityAndHash();
    void bareAndResource();
    void idnDomainAce();
    void partLimitsCountBytes();
};

void JidTest::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("resource");

    QTest::newRow("bare") << u"juliet@example.com"_s << u"juliet"_s << u"example.com"_s
                          << QString();
    QTest::newRow("full") << u"juliet@example.com/foo"_s << u"juliet"_s << u"example.com"_s
                          << u"foo"_s;
    QTest::newRow("space in resource")
        << u"juliet@example.com/foo bar"_s << u"juliet"_s << u"example.com"_s << u"foo bar"_s;
    QTest::newRow("at in resource")
        << u"juliet@example.com/foo@bar"_s << u"juliet"_s << u"example.com"_s << u"foo@bar"_s;
    QTest::newRow("slash in resource")
        << u"juliet@example.com/a/b"_s << u"juliet"_s << u"example.com"_s << u"a/b"_s;
    QTest::newRow("escaped space")
        << u"foo\\20bar@example.com"_s << u"foo\\20bar"_s << u"example.com"_s << QString();
    QTest::newRow("eszett") << u"fußball@example.com"_s << u"fußball"_s << u"example.com"_s
                            << QString();
    QTest::newRow("pi") << u"π@example.com"_s << u"π"_s << u"example.com"_s << QString();
    QTest::newRow("capital sigma folds")
        << u"Σ@example.com/foo"_s << u"σ"_s << u"example.com"_s << u"foo"_s;
    QTest::newRow("final sigma stays")
        << u"ς@example.com/foo"_s << u"ς"_s << u"example.com"_s << u"foo"_s;
    QTest::newRow("chess king resource")
        << u"king@example.com/♚"_s << u"king"_s << u"example.com"_s << u"♚"_s;
    QTest::newRow("domain only") << u"example.com"_s << QString() << u"example.com"_s << QString();
    QTest::newRow("domain with resource")
        << u"example.com/foobar"_s << QString() << u"example.com"_s << u"foobar"_s;
    QTest::newRow("at after slash") << u"a.example.com/b@example.net"_s << QString()
                                    << u"a.example.com"_s << u"b@example.net"_s;
    QTest::newRow("case folded") << u"Juliet@EXAMPLE.com/Balcony"_s << u"juliet"_s
                                 << u"example.com"_s << u"Balcony"_s;
    QTest::newRow("trailing dot") << u"romeo@example.com."_s << u"romeo"_s << u"example.com"_s
                                  << QString();
    QTest::newRow("ipv4") << u"a@127.0.0.1"_s << u"a"_s << u"127.0.0.1"_s << QString();
    QTest::newRow("ipv6") << u"a@[::1]/r"_s << u"a"_s << u"[::1]"_s << u"r"_s;
    QTest::newRow("idn domain") << u"hans@MÜNCHEN.de"_s << u"hans"_s << u"münchen.de"_s
                                << QString();
    QTest::newRow("fullwidth local")
        << u"ｊｕｌｉｅｔ@example.com"_s << u"juliet"_s << u"example.com"_s << QString();
}

void JidTest::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, local);
    QFETCH(QString, domain);
    QFETCH(QString, resource);

    JidError error = JidError::Empty;
    const Jid jid = Jid::fromString(input, &error);
    QCOMPARE(error, JidError::None);
    QVERIFY(jid.isValid());
    QCOMPARE(jid.local(), local);
    QCOMPARE(jid.domain(), domain);
    QCOMPARE(jid.resource(), resource);
    QCOMPARE(jid.isFull(), !resource.isEmpty());
    // The canonical form parses back to the same address.
    QCOMPARE(Jid::fromString(jid.toString()), jid);
}

void JidTest::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<JidError>("error");

    QTest::newRow("empty") << QString() << JidError::Empty;
    QTest::newRow("quotes") << u"\"juliet\"@example.com"_s << JidError::LocalpartForbiddenCharacter;
    QTest::newRow("space in local")
        << u"foo bar@example.com"_s << JidError::LocalpartForbiddenCharacter;
    QTest::newRow("double at") << u"juliet@@example.com"_s << JidError::InvalidDomain;
    QTest::newRow("empty local and resource") << u"@example.com/"_s << JidError::EmptyLocalpart;
    QTest::newRow("roman numeral")
        << u"henryⅣ@example.com"_s << JidError::LocalpartForbiddenCharacter;
    QTest::newRow("symbol in local") << u"♚@example.com"_s << JidError::LocalpartForbiddenCharacter;
    QTest::newRow("no domain") << u"juliet@"_s << JidError::EmptyDomain;
    QTest::newRow("resource only") << u"/foobar"_s << JidError::EmptyDomain;
    QTest::newRow("empty resource") << u"juliet@example.com/"_s << JidError::EmptyResource;
    QTest::newRow("control in resource")
        << u"juliet@example.com/a\u0007b"_s << JidError::ResourceForbiddenCharacter;
    QTest::newRow("space in domain") << u"juliet@exa mple.com"_s << JidError::InvalidDomain;
    QTest::newRow("empty label") << u"juliet@example..com"_s << JidError::InvalidDomain;
    QTest::newRow("bad ipv6") << u"juliet@[::g]"_s << JidError::InvalidDomain;
    QTest::newRow("ipv4 in brackets") << u"juliet@[127.0.0.1]"_s << JidError::InvalidDomain;
    QTest::newRow("local too long")
        << (QString(1024, u'a') + u"@example.com"_s) << JidError::LocalpartTooLong;
    QTest::newRow("resource too long")
        << (u"a@example.com/"_s + QString(1024, u'r')) << JidError::ResourceTooLong;
    QTest::newRow("colon in local")
        << u"a:b@example.com"_s << JidError::LocalpartForbiddenCharacter;
}

void JidTest::invalid()
{
    QFETCH(QString, input);
    QFETCH(JidError, error);

    JidError actual = JidError::None;
    const Jid jid = Jid::fromString(input, &actual);
    QVERIFY(!jid.isValid());
    QCOMPARE(actual, error);
    QVERIFY(!describe(actual).isEmpty());
    QCOMPARE(jid.toString(), QString());
}

void JidTest::equalityAndHash()
{
    const Jid a = Jid::fromString(u"Romeo@Example.COM/Orchard");
    const Jid b = Jid::fromString(u"romeo@example.com/Orchard");
    const Jid c = Jid::fromString(u"romeo@example.com/orchard");
    QCOMPARE(a, b);
    QCOMPARE(qHash(a), qHash(b));
    QVERIFY(a != c); // resources are case-sensitive
    QCOMPARE(a.bare(), c.bare());
}

void JidTest::bareAndResource()
{
    const Jid full = Jid::fromString(u"juliet@capulet.lit/balcony");
    QCOMPARE(full.bare().toString(), u"juliet@capulet.lit"_s);
    QVERIFY(full.bare().isBare());
    QCOMPARE(full.domainJid().toString(), u"capulet.lit"_s);
    QVERIFY(full.domainJid().isDomainOnly());
    QCOMPARE(full.withResource(u"chamber").toString(), u"juliet@capulet.lit/chamber"_s);
    QVERIFY(!full.withResource(u"bad\u0001").isValid());
    QCOMPARE(Jid::fromParts(u"Juliet", u"Capulet.lit", u"r").toString(), u"juliet@capulet.lit/r"_s);
}

void JidTest::idnDomainAce()
{
    QCOMPARE(Jid::fromString(u"hans@münchen.de").domainAce(), u"xn--mnchen-3ya.de"_s);
    QCOMPARE(Jid::fromString(u"hans@xn--mnchen-3ya.de").domain(), u"xn--mnchen-3ya.de"_s);
    QCOMPARE(Jid::fromString(u"a@example.com").domainAce(), u"example.com"_s);
}

void JidTest::partLimitsCountBytes()
{
    // 1023 bytes is the limit, not 1023 characters: "é" takes two bytes in UTF-8.
    QVERIFY(Jid::fromString(QString(QString(1023, u'a') + u"@example.com"_s)).isValid());
    JidError error = JidError::None;
    QVERIFY(!Jid::fromString(QString(QString(600, u'é') + u"@example.com"_s), &error).isValid());
    QCOMPARE(error, JidError::LocalpartTooLong);
    QVERIFY(Jid::fromString(QString(QString(511, u'é') + u"@example.com"_s)).isValid());
}

QTEST_GUILESS_MAIN(JidTest)
#include "tst_jid.moc"

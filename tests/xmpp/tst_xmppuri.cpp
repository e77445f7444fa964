// xmpp: URIs as RFC 5122 and XEP-0147 write them, and what broken or hostile ones turn into.
#include "xmpp/core/XmppUri.h"

#include <QTest>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

class XmppUriTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void firstValueWins();
};

void XmppUriTest::valid_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("jid");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("plain address") << u"xmpp:romeo@montague.net"_s << u"romeo@montague.net"_s
                                   << QString() << QString() << QString() << QString();
    QTest::newRow("message with body")
        << u"xmpp:romeo@montague.net?message;body=Here%27s%20a%20test%20message"_s
        << u"romeo@montague.net"_s << QString() << u"message"_s << u"body"_s
        << u"Here's a test message"_s;
    QTest::newRow("roster with name and group")
        << u"xmpp:romeo@montague.net?roster;name=Romeo%20Montague;group=Friends"_s
        << u"romeo@montague.net"_s << QString() << u"roster"_s << u"group"_s << u"Friends"_s;
    QTest::newRow("subscribe") << u"xmpp:romeo@montague.net?subscribe"_s << u"romeo@montague.net"_s
                               << QString() << u"subscribe"_s << QString() << QString();
    QTest::newRow("authority names the account")
        << u"xmpp://guest@example.com/support@example.com?message"_s << u"support@example.com"_s
        << u"guest@example.com"_s << u"message"_s << QString() << QString();
    // RFC 5122 §2.9's example: every character a localpart may hold, escaped where needed.
    QTest::newRow("escapes")
        << u"xmpp:nasty!%23$%25()*+,-.;=%3F%5B%5C%5D%5E_%60%7B%7C%7D~node@example.com"_s
        << u"nasty!#$%()*+,-.;=?[\\]^_`{|}~node@example.com"_s << QString() << QString()
        << QString() << QString();
    QTest::newRow("iri with unicode")
        << u"xmpp:ji%C5%99i@%C4%8Dechy.example/v%20Praze"_s << u"jiři@čechy.example/v Praze"_s
        << QString() << QString() << QString() << QString();
    QTest::newRow("scheme case and fragment")
        << u"XMPP:juliet@example.com?message;body=hi#ignored"_s << u"juliet@example.com"_s
        << QString() << u"message"_s << u"body"_s << u"hi"_s;
    QTest::newRow("broken pair skipped")
        << u"xmpp:juliet@example.com?message;nonsense;body=still%20here"_s
        << u"juliet@example.com"_s << QString() << u"message"_s << u"body"_s << u"still here"_s;
    QTest::newRow("join a room") << u"xmpp:coven@chat.shakespeare.lit?join"_s
                                 << u"coven@chat.shakespeare.lit"_s << QString() << u"join"_s
                                 << QString() << QString();
}

void XmppUriTest::valid()
{
    QFETCH(QString, uri);
    QFETCH(QString, jid);
    QFETCH(QString, authority);
    QFETCH(QString, action);
    QFETCH(QString, key);
    QFETCH(QString, value);

    const XmppUri parsed = XmppUri::parse(uri);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.jid(), Jid::fromString(jid));
    QCOMPARE(parsed.authority().toString(), authority);
    QCOMPARE(parsed.action(), action);
    if (!key.isEmpty()) {
        QVERIFY(parsed.hasValue(key));
        QCOMPARE(parsed.value(key), value);
    }
    QVERIFY(!parsed.hasValue(u"missing"_s));
}

void XmppUriTest::invalid_data()
{
    QTest::addColumn<QString>("uri");

    QTest::newRow("empty") << QString();
    QTest::newRow("other scheme") << u"https://example.com"_s;
    QTest::newRow("no address") << u"xmpp:"_s;
    QTest::newRow("only a query") << u"xmpp:?message"_s;
    QTest::newRow("broken escape") << u"xmpp:romeo%2@montague.net"_s;
    QTest::newRow("escape at end") << u"xmpp:romeo@montague.net%"_s;
    QTest::newRow("sign is not hex") << u"xmpp:romeo%+4@montague.net"_s;
    QTest::newRow("nul") << u"xmpp:romeo%00@montague.net"_s;
    QTest::newRow("invalid utf-8") << u"xmpp:romeo%FF@montague.net"_s;
    QTest::newRow("authority without path") << u"xmpp://guest@example.com"_s;
    QTest::newRow("bad authority") << u"xmpp://@/romeo@montague.net"_s;
    QTest::newRow("bad domain") << u"xmpp:romeo@"_s;
}

void XmppUriTest::invalid()
{
    QFETCH(QString, uri);
    QVERIFY(!XmppUri::parse(uri).isValid());
}

void XmppUriTest::firstValueWins()
{
    const XmppUri uri = XmppUri::parse(u"xmpp:a@example.com?message;body=one;body=two"_s);
    QCOMPARE(uri.value(u"body"_s), u"one"_s);
}

QTEST_GUILESS_MAIN(XmppUriTest)
#include "tst_xmppuri.moc"

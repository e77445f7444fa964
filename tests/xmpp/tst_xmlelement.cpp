// XmlElement building, lookup and serialisation.
#include "xmpp/core/Namespaces.h"
#include "xmpp/core/XmlElement.h"

#include <QTest>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

class XmlElementTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serialisesNamespacesOnlyWhereTheyChange();
    void escapesTextAndAttributes();
    void dropsCharactersXmlForbids();
    void attributesSetReplaceRemove();
    void childLookupMatchesNamespace();
    void copiesAreIndependent();
    void mixedContentKeepsOrder();
};

void XmlElementTest::serialisesNamespacesOnlyWhereTheyChange()
{
    XmlElement iq(u"iq"_s, Ns::Client);
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.appendChild(XmlElement(u"ping"_s, Ns::Ping));
    QCOMPARE(iq.toXml(Ns::Client), u"<iq type='get'><ping xmlns='urn:xmpp:ping'/></iq>"_s);
    QCOMPARE(
        iq.toXml(), u"<iq xmlns='jabber:client' type='get'><ping xmlns='urn:xmpp:ping'/></iq>"_s);

    XmlElement message(u"message"_s, Ns::Client);
    message.setAttribute(u"lang"_s, Ns::Xml, u"en"_s);
    message.appendTextChild(u"body"_s, Ns::Client, u"hi"_s);
    QCOMPARE(message.toXml(Ns::Client), u"<message xml:lang='en'><body>hi</body></message>"_s);
}

void XmlElementTest::escapesTextAndAttributes()
{
    XmlElement body(u"body"_s, Ns::Client);
    body.setAttribute(u"a"_s, u"it's \"<&>\""_s);
    body.setText(u"<script>&amp; ]]> \r\n"_s);
    QCOMPARE(body.toXml(Ns::Client),
        u"<body a='it&apos;s &quot;&lt;&amp;&gt;&quot;'>&lt;script&gt;&amp;amp; ]]&gt; &#13;\n</body>"_s);
}

void XmlElementTest::dropsCharactersXmlForbids()
{
    XmlElement body(u"body"_s, Ns::Client);
    QString text = u"a"_s;
    text += QChar(0x0001);
    text += u"b"_s;
    text += QChar(0xFFFE);
    text += QChar(0xD800); // lone surrogate
    text += u"c😀"_s;
    body.setText(text);
    QCOMPARE(body.toXml(Ns::Client), u"<body>abc😀</body>"_s);
}

void XmlElementTest::attributesSetReplaceRemove()
{
    XmlElement e(u"x"_s, u"urn:x"_s);
    e.setAttribute(u"a"_s, u"1"_s);
    e.setAttribute(u"a"_s, u"2"_s);
    QCOMPARE(e.attribute(u"a"), u"2"_s);
    QCOMPARE(e.attributes().size(), 1);
    QVERIFY(e.hasAttribute(u"a"));
    e.setAttribute(u"a"_s, QString());
    QVERIFY(!e.hasAttribute(u"a"));
    QVERIFY(e.attributes().isEmpty());
}

void XmlElementTest::childLookupMatchesNamespace()
{
    XmlElement message(u"message"_s, Ns::Client);
    message.appendChild(XmlElement(u"received"_s, u"urn:other"_s));
    message.appendChild(XmlElement(u"received"_s, u"urn:xmpp:receipts"_s));
    QCOMPARE(message.firstChild(u"received", u"urn:xmpp:receipts").namespaceUri(),
        u"urn:xmpp:receipts"_s);
    QVERIFY(message.firstChild(u"received", u"urn:none").isNull());
    QCOMPARE(message.childElements(u"received", u"urn:other").size(), 1);
    QCOMPARE(message.childCount(), 2);
    message.removeChildren(u"received", u"urn:other");
    QCOMPARE(message.childCount(), 1);
}

void XmlElementTest::copiesAreIndependent()
{
    XmlElement a(u"a"_s, u"urn:a"_s);
    a.setAttribute(u"k"_s, u"v"_s);
    XmlElement b = a;
    QCOMPARE(a, b);
    b.setAttribute(u"k"_s, u"w"_s);
    QCOMPARE(a.attribute(u"k"), u"v"_s);
    QVERIFY(a != b);
}

void XmlElementTest::mixedContentKeepsOrder()
{
    XmlElement p(u"p"_s, u"urn:x"_s);
    p.appendText(u"one "_s);
    p.appendChild(XmlElement(u"b"_s, u"urn:x"_s).setText(u"two"_s));
    p.appendText(u" three"_s);
    QCOMPARE(p.toXml(u"urn:x"), u"<p>one <b>two</b> three</p>"_s);
    QCOMPARE(p.text(), u"one  three"_s);
}

QTEST_GUILESS_MAIN(XmlElementTest)
#include "tst_xmlelement.moc"

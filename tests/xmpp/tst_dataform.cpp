// XEP-0004 data forms: reading every field type (unknown ones as text), what is left out, and
// the answer written back.
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/xep0004_dataforms/DataForm.h"
#include "xmpp/stream/XmlFragment.h"

#include <QTest>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

class DataFormTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFields();
    void notAForm();
    void submitAnswer();
};

namespace {

const QString roomConfig = uR"(<x xmlns='jabber:x:data' type='form'>
  <title>Configuration for "coven" Room</title>
  <instructions>Complete this form.</instructions>
  <instructions>Then press submit.</instructions>
  <field type='hidden' var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>
  <field label='Natural-Language Room Name' type='text-single' var='muc#roomconfig_roomname'/>
  <field label='Make Room Persistent?' type='boolean' var='muc#roomconfig_persistentroom'><value>1</value></field>
  <field label='Maximum Number of Occupants' type='list-single' var='muc#roomconfig_maxusers'>
    <value>20</value>
    <option label='10'><value>10</value></option>
    <option label='20'><value>20</value></option>
  </field>
  <field type='fixed'><value>You may specify additional people who have admin status:</value></field>
  <field label='Room Admins' type='jid-multi' var='muc#roomconfig_roomadmins'><required/>
    <desc>People who may configure the room</desc></field>
  <field label='Password' type='text-private' var='muc#roomconfig_roomsecret'/>
  <field label='Future' type='image-pick' var='future'/>
  <field label='No name' type='text-single'/>
  <field var='ocr'><media xmlns='urn:xmpp:media-element'><uri type='image/png'>cid:x</uri></media></field>
</x>)"_s;

DataForm parse(const QString& xml)
{
    const auto element = parseXmlFragment(xml);
    if (!element) {
        return {};
    }
    return DataForm::fromElement(*element).value_or(DataForm {});
}

} // namespace

void DataFormTest::readsFields()
{
    const DataForm form = parse(roomConfig);
    QCOMPARE(form.title, u"Configuration for \"coven\" Room"_s);
    QCOMPARE(form.instructions.size(), 2);
    QCOMPARE(form.formType(), u"http://jabber.org/protocol/muc#roomconfig"_s);
    // The field without a var cannot be answered and is dropped; the fixed one stays.
    QCOMPARE(form.fields.size(), 9);
    const DataFormField* persistent = form.field(u"muc#roomconfig_persistentroom");
    QCOMPARE(persistent->type, DataFormField::Type::Boolean);
    QVERIFY(persistent->isBooleanTrue());
    const DataFormField* maximum = form.field(u"muc#roomconfig_maxusers");
    QCOMPARE(maximum->options.size(), 2);
    QCOMPARE(maximum->options.at(1), qMakePair(u"20"_s, u"20"_s));
    QCOMPARE(maximum->value(), u"20"_s);
    QCOMPARE(form.fields.at(4).type, DataFormField::Type::Fixed);
    const DataFormField* admins = form.field(u"muc#roomconfig_roomadmins");
    QVERIFY(admins->required);
    QCOMPARE(admins->description, u"People who may configure the room"_s);
    QCOMPARE(form.field(u"future")->type, DataFormField::Type::TextSingle); // unknown: text
    QVERIFY(form.field(u"ocr")->hasMedia);
    QCOMPARE(form.field(u"ocr")->caption(), u"ocr"_s);
    QCOMPARE(form.missingRequired(), QStringList {u"Room Admins"_s});
}

void DataFormTest::notAForm()
{
    const auto element = parseXmlFragment(u"<x xmlns='jabber:x:oob'/>"_s);
    QVERIFY(element);
    QVERIFY(!DataForm::fromElement(*element));
}

void DataFormTest::submitAnswer()
{
    DataForm form = parse(roomConfig);
    form.field(u"muc#roomconfig_roomadmins")->values = {u"a@example.org"_s, u"b@example.org"_s};
    const XmlElement answer = form.toSubmitElement();
    QCOMPARE(answer.attribute(u"type"), u"submit"_s);
    const QList<XmlElement> fields = answer.childElements(u"field", Ns::DataForms);
    QCOMPARE(fields.size(), 8); // the fixed field is not answered
    for (const XmlElement& field : fields) {
        if (field.attribute(u"var") == u"muc#roomconfig_roomadmins") {
            QCOMPARE(field.childElements(u"value", Ns::DataForms).size(), 2);
            QCOMPARE(field.attribute(u"type"), u"jid-multi"_s);
        }
    }
    const auto reread = DataForm::fromElement(answer);
    QVERIFY(reread);
    QCOMPARE(reread->formType(), form.formType());
}

QTEST_GUILESS_MAIN(DataFormTest)
#include "tst_dataform.moc"

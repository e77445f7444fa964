#include "DataForm.h"

#include "../../core/Namespaces.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

namespace {

using Type = DataFormField::Type;

constexpr std::array<std::pair<Type, std::u16string_view>, 10> TypeNames {{
    {Type::TextSingle, u"text-single"},
    {Type::TextPrivate, u"text-private"},
    {Type::TextMulti, u"text-multi"},
    {Type::Boolean, u"boolean"},
    {Type::Fixed, u"fixed"},
    {Type::Hidden, u"hidden"},
    {Type::JidSingle, u"jid-single"},
    {Type::JidMulti, u"jid-multi"},
    {Type::ListSingle, u"list-single"},
    {Type::ListMulti, u"list-multi"},
}};

QString nameOf(Type type)
{
    for (const auto& [known, name] : TypeNames) {
        if (known == type) {
            return QString::fromUtf16(name.data(), qsizetype(name.size()));
        }
    }
    return u"text-single"_s;
}

} // namespace

DataFormField::Type DataFormField::typeFromName(QStringView name)
{
    for (const auto& [type, known] : TypeNames) {
        if (name == QStringView(known.data(), qsizetype(known.size()))) {
            return type;
        }
    }
    return Type::TextSingle;
}

bool DataFormField::isBooleanTrue() const
{
    const QString text = value().trimmed();
    return text == u"1" || text == u"true";
}

std::optional<DataForm> DataForm::fromElement(const XmlElement& x)
{
    if (!x.is(u"x", Ns::DataForms)) {
        return std::nullopt;
    }
    DataForm form;
    form.title = x.firstChild(u"title", Ns::DataForms).text();
    for (const XmlElement& line : x.childElements(u"instructions", Ns::DataForms)) {
        form.instructions.append(line.text());
    }
    for (const XmlElement& element : x.childElements(u"field", Ns::DataForms)) {
        DataFormField field;
        field.type = DataFormField::typeFromName(element.attribute(u"type"));
        field.var = element.attribute(u"var");
        field.label = element.attribute(u"label");
        field.description = element.firstChild(u"desc", Ns::DataForms).text();
        field.required = element.hasChild(u"required", Ns::DataForms);
        for (const XmlElement& value : element.childElements(u"value", Ns::DataForms)) {
            field.values.append(value.text());
        }
        for (const XmlElement& option : element.childElements(u"option", Ns::DataForms)) {
            const QString value = option.firstChild(u"value", Ns::DataForms).text();
            field.options.append({option.attribute(u"label"), value});
        }
        field.hasMedia = element.hasChild(u"media", u"urn:xmpp:media-element");
        // Every field but a fixed one needs a var to be answered (XEP-0004 §3.2).
        if (field.var.isEmpty() && field.type != Type::Fixed) {
            continue;
        }
        form.fields.append(field);
    }
    return form;
}

XmlElement DataForm::toSubmitElement() const
{
    XmlElement x(u"x"_s, Ns::DataForms);
    x.setAttribute(u"type"_s, u"submit"_s);
    for (const DataFormField& field : fields) {
        if (field.type == Type::Fixed || field.var.isEmpty()) {
            continue;
        }
        XmlElement element(u"field"_s, Ns::DataForms);
        element.setAttribute(u"var"_s, field.var);
        element.setAttribute(u"type"_s, nameOf(field.type));
        for (const QString& value : field.values) {
            element.appendTextChild(u"value"_s, Ns::DataForms, value);
        }
        x.appendChild(element);
    }
    return x;
}

QString DataForm::formType() const
{
    const DataFormField* found = field(u"FORM_TYPE");
    return found && found->type == Type::Hidden ? found->value() : QString();
}

DataFormField* DataForm::field(QStringView var)
{
    const auto it = std::find_if(
        fields.begin(), fields.end(), [var](const DataFormField& f) { return f.var == var; });
    return it == fields.end() ? nullptr : &*it;
}

const DataFormField* DataForm::field(QStringView var) const
{
    return const_cast<DataForm*>(this)->field(var);
}

QStringList DataForm::missingRequired() const
{
    QStringList missing;
    for (const DataFormField& field : fields) {
        const bool empty = std::all_of(field.values.cbegin(), field.values.cend(),
            [](const QString& value) { return value.trimmed().isEmpty(); });
        if (field.required && field.type != Type::Fixed && field.type != Type::Hidden && empty) {
            missing.append(field.caption());
        }
    }
    return missing;
}

XmlElement submittedForm(const QString& formType, const QList<QPair<QString, QString>>& values)
{
    XmlElement form(u"x"_s, Ns::DataForms);
    form.setAttribute(u"type"_s, u"submit"_s);
    const auto add = [&form](const QString& var, const QString& value, const QString& type) {
        XmlElement field(u"field"_s, Ns::DataForms);
        field.setAttribute(u"var"_s, var);
        if (!type.isEmpty()) {
            field.setAttribute(u"type"_s, type);
        }
        field.appendTextChild(u"value"_s, Ns::DataForms, value);
        form.appendChild(field);
    };
    add(u"FORM_TYPE"_s, formType, u"hidden"_s);
    for (const auto& [var, value] : values) {
        add(var, value, {});
    }
    return form;
}

} // namespace Palaver::Xmpp

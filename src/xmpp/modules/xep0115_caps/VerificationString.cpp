#include "VerificationString.h"

#include "../../core/Namespaces.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
// "i;octet" collation (XEP-0115 §5.1): compare UTF-8 bytes, not UTF-16 code units.
void sortOctets(QList<QByteArray>& list)
{
    std::sort(list.begin(), list.end());
}

bool hasDuplicates(const QList<QByteArray>& sorted)
{
    return std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end();
}

std::optional<QByteArray> formString(const XmlElement& form, QByteArray& formType)
{
    struct Field
    {
        QByteArray var;
        QList<QByteArray> values;
    };
    QList<Field> fields;
    bool hasFormType = false;
    for (const XmlElement& field : form.childElements(u"field", Ns::DataForms)) {
        QList<QByteArray> values;
        for (const XmlElement& value : field.childElements(u"value", Ns::DataForms)) {
            values.append(value.text().toUtf8());
        }
        const QByteArray var = field.attribute(u"var").toUtf8();
        if (var == "FORM_TYPE") {
            if (hasFormType || values.size() != 1 || field.attribute(u"type") != u"hidden") {
                return std::nullopt;
            }
            hasFormType = true;
            formType = values.first();
            continue;
        }
        sortOctets(values);
        fields.append({var, values});
    }
    if (!hasFormType) {
        return std::nullopt; // such forms are ignored, but then the whole answer is suspect
    }
    std::sort(
        fields.begin(), fields.end(), [](const Field& a, const Field& b) { return a.var < b.var; });
    QByteArray text = formType + '<';
    for (const Field& field : fields) {
        text += field.var + '<';
        for (const QByteArray& value : field.values) {
            text += value + '<';
        }
    }
    return text;
}
} // namespace

std::optional<QString> verificationString(
    const XmlElement& query, QCryptographicHash::Algorithm algorithm)
{
    QList<QByteArray> identities;
    QList<QByteArray> features;
    QList<std::pair<QByteArray, QByteArray>> forms; // FORM_TYPE, text
    for (const XmlElement& child : query.childElements()) {
        if (child.is(u"identity", Ns::DiscoInfo)) {
            identities.append((child.attribute(u"category") + u'/' + child.attribute(u"type") + u'/'
                + child.attribute(u"lang", Ns::Xml) + u'/' + child.attribute(u"name"))
                                  .toUtf8());
        } else if (child.is(u"feature", Ns::DiscoInfo)) {
            features.append(child.attribute(u"var").toUtf8());
        } else if (child.is(u"x", Ns::DataForms)) {
            QByteArray formType;
            const std::optional<QByteArray> text = formString(child, formType);
            if (!text) {
                return std::nullopt;
            }
            forms.append({formType, *text});
        }
    }
    sortOctets(identities);
    sortOctets(features);
    std::sort(forms.begin(), forms.end());
    const bool duplicateForms = std::adjacent_find(forms.begin(), forms.end(),
                                    [](const auto& a, const auto& b) { return a.first == b.first; })
        != forms.end();
    if (hasDuplicates(identities) || hasDuplicates(features) || duplicateForms) {
        return std::nullopt;
    }
    QByteArray text;
    for (const QByteArray& identity : std::as_const(identities)) {
        text += identity + '<';
    }
    for (const QByteArray& feature : std::as_const(features)) {
        text += feature + '<';
    }
    for (const auto& form : std::as_const(forms)) {
        text += form.second;
    }
    return QString::fromLatin1(QCryptographicHash::hash(text, algorithm).toBase64());
}

} // namespace Palaver::Xmpp

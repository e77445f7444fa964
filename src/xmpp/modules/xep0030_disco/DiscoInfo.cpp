#include "DiscoInfo.h"

#include "../../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

DiscoInfo DiscoInfo::fromQuery(const XmlElement& query)
{
    DiscoInfo info;
    for (const XmlElement& child : query.childElements()) {
        if (child.is(u"identity", Ns::DiscoInfo)) {
            info.identities.append({child.attribute(u"category"), child.attribute(u"type"),
                child.attribute(u"name"), child.attribute(u"lang", Ns::Xml)});
        } else if (child.is(u"feature", Ns::DiscoInfo)) {
            const QString var = child.attribute(u"var");
            if (!var.isEmpty() && !info.features.contains(var)) {
                info.features.append(var);
            }
        } else if (child.is(u"x", u"jabber:x:data")) {
            info.extensions.append(child);
        }
    }
    return info;
}

XmlElement DiscoInfo::toQuery(const QString& node) const
{
    XmlElement query(u"query"_s, Ns::DiscoInfo);
    if (!node.isEmpty()) {
        query.setAttribute(u"node"_s, node);
    }
    for (const DiscoIdentity& identity : identities) {
        XmlElement element(u"identity"_s, Ns::DiscoInfo);
        element.setAttribute(u"category"_s, identity.category);
        element.setAttribute(u"type"_s, identity.type);
        if (!identity.name.isEmpty()) {
            element.setAttribute(u"name"_s, identity.name);
        }
        if (!identity.language.isEmpty()) {
            element.setAttribute(u"lang"_s, Ns::Xml, identity.language);
        }
        query.appendChild(element);
    }
    for (const QString& feature : features) {
        query.appendChild(XmlElement(u"feature"_s, Ns::DiscoInfo).setAttribute(u"var"_s, feature));
    }
    for (const XmlElement& extension : extensions) {
        query.appendChild(extension);
    }
    return query;
}

bool DiscoInfo::hasIdentity(QStringView category, QStringView type) const
{
    return std::any_of(identities.begin(), identities.end(), [&](const DiscoIdentity& identity) {
        return identity.category == category && identity.type == type;
    });
}

QString DiscoInfo::extensionValue(QStringView formType, QStringView var) const
{
    for (const XmlElement& form : extensions) {
        QString type;
        QString value;
        for (const XmlElement& field : form.childElements(u"field", Ns::DataForms)) {
            const QString name = field.attribute(u"var");
            if (name == u"FORM_TYPE") {
                type = field.firstChild(u"value", Ns::DataForms).text();
            } else if (name == var) {
                value = field.firstChild(u"value", Ns::DataForms).text();
            }
        }
        if (type == formType) {
            return value;
        }
    }
    return {};
}

} // namespace Palaver::Xmpp

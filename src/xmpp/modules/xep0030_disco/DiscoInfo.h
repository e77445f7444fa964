// DiscoInfo: the identities and features an entity announces (XEP-0030 §3).
#pragma once

#include "../../core/XmlElement.h"

#include <QStringList>

namespace Palaver::Xmpp {

struct DiscoIdentity
{
    QString category;
    QString type;
    QString name;
    QString language;

    friend bool operator==(const DiscoIdentity& a, const DiscoIdentity& b)
    {
        return a.category == b.category && a.type == b.type && a.name == b.name
            && a.language == b.language;
    }
};

struct DiscoInfo
{
    QList<DiscoIdentity> identities;
    QStringList features;
    QList<XmlElement> extensions; // XEP-0128 data forms, kept whole for later readers

    static DiscoInfo fromQuery(const XmlElement& query);
    XmlElement toQuery(const QString& node = {}) const;
    bool hasFeature(QStringView feature) const { return features.contains(feature); }
};

} // namespace Palaver::Xmpp

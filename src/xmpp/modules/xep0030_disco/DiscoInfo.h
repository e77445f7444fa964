// DiscoInfo: the identities and features an entity announces (XEP-0030 §3).
#pragma once

#include "../../core/Jid.h"
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

// One entry of a disco#items answer (§4): a room of a chat service, a service of a server.
struct DiscoItem
{
    Jid jid;
    QString name;
    QString node;
};

struct DiscoInfo
{
    QList<DiscoIdentity> identities;
    QStringList features;
    QList<XmlElement> extensions; // XEP-0128 data forms, kept whole for later readers

    static DiscoInfo fromQuery(const XmlElement& query);
    XmlElement toQuery(const QString& node = {}) const;
    bool hasFeature(QStringView feature) const { return features.contains(feature); }
    bool hasIdentity(QStringView category, QStringView type) const;
    // A field of an extension form (XEP-0128), say muc#roominfo_occupants; empty if absent.
    QString extensionValue(QStringView formType, QStringView var) const;
};

} // namespace Palaver::Xmpp

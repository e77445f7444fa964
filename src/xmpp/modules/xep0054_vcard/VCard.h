// VCard: the profile card of XEP-0054 (vcard-temp), the fields a messenger shows or edits.
#pragma once

#include "../../core/XmlElement.h"

#include <QStringList>

namespace Palaver::Xmpp {

struct VCard
{
    QString fullName;
    QString nickname;
    QString givenName;
    QString familyName;
    QStringList emails;
    QStringList phones;
    QString url;
    QString organisation;
    QString birthday;
    QString description;
    QByteArray photo; // the image's bytes
    QString photoType; // its MIME type

    static VCard fromElement(const XmlElement& vcard);
    // Unknown fields of an earlier card can be kept by passing it as base.
    XmlElement toElement(const XmlElement& base = {}) const;
    // XEP-0153: SHA-1 of the photo, lower-case hex; empty without one.
    QString photoHash() const;
};

} // namespace Palaver::Xmpp

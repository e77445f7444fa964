#include "VCard.h"

#include "../../core/Namespaces.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
QString childText(const XmlElement& parent, QStringView name)
{
    return parent.firstChild(name, Ns::VCard).text().trimmed();
}

void setChildText(XmlElement& parent, const QString& name, const QString& text)
{
    parent.removeChildren(name, Ns::VCard);
    if (!text.isEmpty()) {
        parent.appendTextChild(name, Ns::VCard, text);
    }
}
} // namespace

VCard VCard::fromElement(const XmlElement& vcard)
{
    VCard card;
    card.fullName = childText(vcard, u"FN");
    card.nickname = childText(vcard, u"NICKNAME");
    const XmlElement name = vcard.firstChild(u"N", Ns::VCard);
    card.givenName = childText(name, u"GIVEN");
    card.familyName = childText(name, u"FAMILY");
    for (const XmlElement& email : vcard.childElements(u"EMAIL", Ns::VCard)) {
        const QString address = childText(email, u"USERID");
        if (!address.isEmpty()) {
            card.emails.append(address);
        }
    }
    for (const XmlElement& phone : vcard.childElements(u"TEL", Ns::VCard)) {
        const QString number = childText(phone, u"NUMBER");
        if (!number.isEmpty()) {
            card.phones.append(number);
        }
    }
    card.url = childText(vcard, u"URL");
    card.organisation = childText(vcard.firstChild(u"ORG", Ns::VCard), u"ORGNAME");
    card.birthday = childText(vcard, u"BDAY");
    card.description = childText(vcard, u"DESC");
    if (card.description.isEmpty()) {
        // Prosody keeps vCards as vCard4 and gives DESC back as NOTE.
        card.description = childText(vcard, u"NOTE");
    }
    const XmlElement photo = vcard.firstChild(u"PHOTO", Ns::VCard);
    // Base64 in vCards is often wrapped over lines; whitespace is not part of the data.
    QByteArray encoded = childText(photo, u"BINVAL").toLatin1();
    encoded.replace('\n', "").replace('\r', "").replace(' ', "").replace('\t', "");
    card.photo = QByteArray::fromBase64(encoded);
    card.photoType = childText(photo, u"TYPE");
    return card;
}

XmlElement VCard::toElement(const XmlElement& base) const
{
    XmlElement vcard = base.is(u"vCard", Ns::VCard) ? base : XmlElement(u"vCard"_s, Ns::VCard);
    setChildText(vcard, u"FN"_s, fullName);
    setChildText(vcard, u"NICKNAME"_s, nickname);
    vcard.removeChildren(u"N", Ns::VCard);
    if (!givenName.isEmpty() || !familyName.isEmpty()) {
        XmlElement name(u"N"_s, Ns::VCard);
        setChildText(name, u"GIVEN"_s, givenName);
        setChildText(name, u"FAMILY"_s, familyName);
        vcard.appendChild(name);
    }
    vcard.removeChildren(u"EMAIL", Ns::VCard);
    for (const QString& email : emails) {
        XmlElement element(u"EMAIL"_s, Ns::VCard);
        element.appendTextChild(u"USERID"_s, Ns::VCard, email);
        vcard.appendChild(element);
    }
    vcard.removeChildren(u"TEL", Ns::VCard);
    for (const QString& phone : phones) {
        XmlElement element(u"TEL"_s, Ns::VCard);
        element.appendTextChild(u"NUMBER"_s, Ns::VCard, phone);
        vcard.appendChild(element);
    }
    setChildText(vcard, u"URL"_s, url);
    vcard.removeChildren(u"ORG", Ns::VCard);
    if (!organisation.isEmpty()) {
        XmlElement org(u"ORG"_s, Ns::VCard);
        org.appendTextChild(u"ORGNAME"_s, Ns::VCard, organisation);
        vcard.appendChild(org);
    }
    setChildText(vcard, u"BDAY"_s, birthday);
    setChildText(vcard, u"DESC"_s, description);
    vcard.removeChildren(u"PHOTO", Ns::VCard);
    if (!photo.isEmpty()) {
        XmlElement element(u"PHOTO"_s, Ns::VCard);
        element.appendTextChild(u"TYPE"_s, Ns::VCard, photoType);
        element.appendTextChild(u"BINVAL"_s, Ns::VCard, QString::fromLatin1(photo.toBase64()));
        vcard.appendChild(element);
    }
    return vcard;
}

QString VCard::photoHash() const
{
    return photo.isEmpty()
        ? QString()
        : QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha1).toHex());
}

} // namespace Palaver::Xmpp

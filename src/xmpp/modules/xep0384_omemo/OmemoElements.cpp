#include "OmemoElements.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
constexpr qsizetype PublicKeyBytes = 33; // the type byte and 32 bytes
constexpr qsizetype SignatureBytes = 64;
constexpr qsizetype MaxKeyBytes = 4096; // a pre-key message with its ratchet keys fits

const QString& ns()
{
    return OmemoNodes::Namespace;
}

std::optional<QByteArray> decode(const QString& text, qsizetype maxBytes)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.size() > maxBytes) {
        return std::nullopt;
    }
    return *decoded;
}

std::optional<quint32> deviceId(const QString& text)
{
    bool ok = false;
    const quint64 id = text.toULongLong(&ok);
    return ok && OmemoElements::isDeviceId(id) ? std::optional(quint32(id)) : std::nullopt;
}

QString encode(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}
} // namespace

QString OmemoNodes::bundle(quint32 deviceId)
{
    return u"eu.siacs.conversations.axolotl.bundles:"_s + QString::number(deviceId);
}

bool OmemoElements::isDeviceId(quint64 id)
{
    return id > 0 && id <= 0x7fffffff;
}

XmlElement OmemoElements::deviceList(const QList<quint32>& devices)
{
    XmlElement list(u"list"_s, ns());
    for (quint32 device : devices) {
        XmlElement element(u"device"_s, ns());
        element.setAttribute(u"id"_s, QString::number(device));
        list.appendChild(element);
    }
    return list;
}

QList<quint32> OmemoElements::readDeviceList(const XmlElement& list)
{
    QList<quint32> devices;
    for (const XmlElement& device : list.childElements(u"device", ns())) {
        const std::optional<quint32> id = deviceId(device.attribute(u"id"));
        if (id && !devices.contains(*id) && devices.size() < MaxDevices) {
            devices.append(*id);
        }
    }
    return devices;
}

XmlElement OmemoElements::bundle(const OmemoBundle& bundle)
{
    XmlElement element(u"bundle"_s, ns());
    XmlElement signedPreKey(u"signedPreKeyPublic"_s, ns());
    signedPreKey.setAttribute(u"signedPreKeyId"_s, QString::number(bundle.signedPreKeyId));
    signedPreKey.setText(encode(bundle.signedPreKey));
    element.appendChild(signedPreKey);
    element.appendTextChild(u"signedPreKeySignature"_s, ns(), encode(bundle.signature));
    element.appendTextChild(u"identityKey"_s, ns(), encode(bundle.identityKey));
    XmlElement preKeys(u"prekeys"_s, ns());
    for (const OmemoBundle::PreKey& preKey : bundle.preKeys) {
        XmlElement key(u"preKeyPublic"_s, ns());
        key.setAttribute(u"preKeyId"_s, QString::number(preKey.id));
        key.setText(encode(preKey.publicKey));
        preKeys.appendChild(key);
    }
    element.appendChild(preKeys);
    return element;
}

std::optional<OmemoBundle> OmemoElements::readBundle(const XmlElement& element)
{
    OmemoBundle bundle;
    const XmlElement signedPreKey = element.firstChild(u"signedPreKeyPublic", ns());
    bool idOk = false;
    bundle.signedPreKeyId = signedPreKey.attribute(u"signedPreKeyId").toUInt(&idOk);
    const auto signedKey = decode(signedPreKey.text(), PublicKeyBytes);
    const auto signature
        = decode(element.firstChild(u"signedPreKeySignature", ns()).text(), SignatureBytes);
    const auto identity = decode(element.firstChild(u"identityKey", ns()).text(), PublicKeyBytes);
    if (!idOk || !signedKey || !signature || !identity || signature->size() != SignatureBytes
        || signedKey->size() != PublicKeyBytes || identity->size() != PublicKeyBytes) {
        return std::nullopt;
    }
    bundle.signedPreKey = *signedKey;
    bundle.signature = *signature;
    bundle.identityKey = *identity;
    const XmlElement preKeys = element.firstChild(u"prekeys", ns());
    for (const XmlElement& key : preKeys.childElements(u"preKeyPublic", ns())) {
        bool ok = false;
        const quint32 id = key.attribute(u"preKeyId").toUInt(&ok);
        const auto publicKey = decode(key.text(), PublicKeyBytes);
        if (ok && publicKey && publicKey->size() == PublicKeyBytes
            && bundle.preKeys.size() < MaxPreKeys) {
            bundle.preKeys.append({id, *publicKey});
        }
    }
    if (bundle.preKeys.isEmpty()) {
        return std::nullopt; // no session can start without one
    }
    return bundle;
}

XmlElement OmemoEncrypted::toElement() const
{
    XmlElement encrypted(u"encrypted"_s, ns());
    XmlElement header(u"header"_s, ns());
    header.setAttribute(u"sid"_s, QString::number(sender));
    for (const Key& key : keys) {
        XmlElement element(u"key"_s, ns());
        element.setAttribute(u"rid"_s, QString::number(key.recipient));
        if (key.preKey) {
            element.setAttribute(u"prekey"_s, u"true"_s);
        }
        element.setText(encode(key.data));
        header.appendChild(element);
    }
    header.appendTextChild(u"iv"_s, ns(), encode(iv));
    encrypted.appendChild(header);
    if (!payload.isEmpty()) {
        encrypted.appendTextChild(u"payload"_s, ns(), encode(payload));
    }
    return encrypted;
}

std::optional<OmemoEncrypted> OmemoEncrypted::fromElement(const XmlElement& element)
{
    const XmlElement header = element.firstChild(u"header", ns());
    const std::optional<quint32> sender = deviceId(header.attribute(u"sid"));
    const auto iv = decode(header.firstChild(u"iv", ns()).text(), 32);
    if (header.isNull() || !sender || !iv) {
        return std::nullopt;
    }
    OmemoEncrypted encrypted;
    encrypted.sender = *sender;
    encrypted.iv = *iv;
    for (const XmlElement& key : header.childElements(u"key", ns())) {
        const std::optional<quint32> recipient = deviceId(key.attribute(u"rid"));
        const auto data = decode(key.text(), MaxKeyBytes);
        const QString preKey = key.attribute(u"prekey");
        if (recipient && data && encrypted.keys.size() < OmemoElements::MaxDevices * 4) {
            encrypted.keys.append({*recipient, *data, preKey == u"true" || preKey == u"1"});
        }
    }
    const XmlElement payload = element.firstChild(u"payload", ns());
    if (!payload.isNull()) {
        const auto bytes = decode(payload.text(), 256 * 1024);
        if (!bytes) {
            return std::nullopt;
        }
        encrypted.payload = *bytes;
    }
    return encrypted;
}

} // namespace Palaver::Xmpp

// OmemoElements: OMEMO's XML as deployed clients speak it (XEP-0384 v0.3, namespace
// eu.siacs.conversations.axolotl): the device list and bundle published through PEP, and the
// encrypted element of a message. Everything read here comes from the network: device ids
// out of range, keys of the wrong size and undecodable text are left out, never trusted.
#pragma once

#include "../../core/XmlElement.h"
#include "OmemoBundle.h"

#include <QList>

#include <optional>

namespace Palaver::Xmpp {

namespace OmemoNodes {
inline const QString Namespace = QStringLiteral("eu.siacs.conversations.axolotl");
inline const QString DeviceList = QStringLiteral("eu.siacs.conversations.axolotl.devicelist");
// The node of one device's bundle.
QString bundle(quint32 deviceId);
} // namespace OmemoNodes

struct OmemoEncrypted
{
    struct Key
    {
        quint32 recipient = 0; // device id
        QByteArray data;
        bool preKey = false;
    };

    quint32 sender = 0; // device id
    QList<Key> keys;
    QByteArray iv;
    QByteArray payload; // empty for a key transport message

    XmlElement toElement() const;
    static std::optional<OmemoEncrypted> fromElement(const XmlElement& encrypted);
};

namespace OmemoElements {
// Device ids are 31-bit and never 0.
bool isDeviceId(quint64 id);
XmlElement deviceList(const QList<quint32>& devices);
// The devices a list names, at most MaxDevices of them.
QList<quint32> readDeviceList(const XmlElement& list);
XmlElement bundle(const OmemoBundle& bundle);
// Nothing when a part a session needs is missing or malformed; one-time keys that are
// malformed are left out.
std::optional<OmemoBundle> readBundle(const XmlElement& bundle);
constexpr qsizetype MaxDevices = 64;
constexpr qsizetype MaxPreKeys = 200;
} // namespace OmemoElements

} // namespace Palaver::Xmpp

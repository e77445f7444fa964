// OmemoBundle: what a device publishes so others can start a session with it (XEP-0384 v0.3
// bundle): its identity key, a signed pre-key with its signature and a set of one-time
// pre-keys. Keys are in libsignal's serialised form (a type byte, then 32 bytes).
#pragma once

#include <QByteArray>
#include <QList>

namespace Palaver::Xmpp {

struct OmemoBundle
{
    struct PreKey
    {
        quint32 id = 0;
        QByteArray publicKey;
    };

    QByteArray identityKey;
    quint32 signedPreKeyId = 0;
    QByteArray signedPreKey;
    QByteArray signature;
    QList<PreKey> preKeys;
};

} // namespace Palaver::Xmpp

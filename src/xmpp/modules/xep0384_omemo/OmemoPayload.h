// OmemoPayload: the message body encrypted once for all devices (XEP-0384 v0.3, as deployed
// by Conversations, Dino and Gajim): AES-128-GCM with a fresh 16-byte key and 12-byte IV;
// what each device's session carries is the key with the 16-byte tag appended.
#pragma once

#include <QByteArray>

#include <optional>

namespace Palaver::Xmpp {

struct OmemoPayload
{
    QByteArray ciphertext; // without the tag
    QByteArray iv; // 12 bytes
    QByteArray keyAndTag; // 32 bytes: what goes into each device's session

    static OmemoPayload seal(const QByteArray& plaintext);
    // Nothing when the key, IV or tag do not fit or the text was changed.
    static std::optional<QByteArray> open(
        const QByteArray& ciphertext, const QByteArray& iv, const QByteArray& keyAndTag);
};

} // namespace Palaver::Xmpp

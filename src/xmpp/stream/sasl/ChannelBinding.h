// ChannelBinding: the tls-server-end-point channel binding of RFC 5929 §4.
#pragma once

#include <QByteArray>
#include <QSslCertificate>

#include <optional>

namespace Palaver::Xmpp {

// RFC 5802 §7: the GS2 channel-binding flag a SCRAM client sends.
enum class Gs2Flag {
    NotSupported, // "n": we cannot bind
    ServerLacksSupport, // "y": we could bind but the server offered no -PLUS
    Bound, // "p=<type>": -PLUS
};

struct ChannelBinding
{
    QString type; // the name used in the GS2 header, e.g. "tls-server-end-point"
    QByteArray data;
};

// The hash of the server certificate with the hash of its signature algorithm, SHA-256 in
// place of MD5 and SHA-1 (RFC 5929 §4.1). Nothing for algorithms without a single hash
// function (Ed25519, Ed448) or ones we do not know: we then cannot bind.
std::optional<ChannelBinding> tlsServerEndPoint(const QSslCertificate& certificate);

} // namespace Palaver::Xmpp

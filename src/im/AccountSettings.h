// AccountSettings: what the profile remembers about one account.
#pragma once

#include "xmpp/stream/ConnectionSettings.h"

namespace Palaver::Im {

struct AccountSettings
{
    Xmpp::Jid jid; // bare
    QString resource; // empty: the server picks one
    bool enabled = true;
    QString host; // empty: DNS SRV
    quint16 port = 0;
    bool directTls = false;
    // Empty: the system's proxy settings; otherwise "socks5://host:port" or "http://host:port".
    QString proxy;
    QByteArray pinnedCertificate; // SHA-256 of the certificate the user chose to trust
    // The pinned certificate the user also trusted for file servers (HTTP upload, pictures);
    // a newly pinned one must be allowed again.
    QByteArray pinnedCertificateForFiles;
    // The user chose to keep the password in the profile because no keychain was available.
    bool passwordInProfile = false;

    // Connection settings for a login with this password.
    Xmpp::ConnectionSettings connectionSettings(const QString& password) const;
    // The proxy setting as Qt needs it; nullopt when the text is not a usable proxy.
    static std::optional<QNetworkProxy> parseProxy(const QString& text);
    // The proxy address without its password, and the password: the profile keeps the one,
    // the keychain the other.
    static QString proxyWithoutPassword(const QString& proxy);
    static QString proxyPassword(const QString& proxy);
    static QString proxyWithPassword(const QString& proxy, const QString& password);
};

} // namespace Palaver::Im

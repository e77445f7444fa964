// ConnectionSettings: what one account needs to connect, authenticate and bind.
#pragma once

#include "../core/Jid.h"

#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>

namespace Palaver::Xmpp {

struct ConnectionSettings
{
    // The account's address; a resource here is the one asked for when binding.
    Jid jid;
    QString password;
    // Where to connect instead of asking DNS; port 0 means 5222 (5223 with direct TLS).
    QString host;
    quint16 port = 0;
    bool directTls = false;
    // SHA-256 of the one certificate the user chose to trust; only it is then accepted.
    QByteArray pinnedCertificate;
    QList<QSslCertificate> additionalCaCertificates;
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
    QString language = QStringLiteral("en");
    int connectTimeoutMs = 30000;
    int negotiationTimeoutMs = 30000;
    // How long a stanza may take to arrive once it has begun.
    int stanzaTimeoutMs = 120000;
    // Open an encrypted stream without signing in, to create an account (XEP-0077); the
    // address then only needs its domain, and no password.
    bool registration = false;
};

} // namespace Palaver::Xmpp

// DemoEnvironment: where the demo's server is and who is on it, written by the demo launcher
// into the demo folder and read by the demo peers, so both sign in to the same server with
// the same throw-away certificate pinned.
#pragma once

#include "xmpp/core/Jid.h"
#include "xmpp/stream/ConnectionSettings.h"

#include <QList>
#include <QString>

namespace Palaver::Demo {

struct DemoLogin
{
    QString user;
    QString password;
};

struct DemoEnvironment
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString domain;
    QByteArray pinnedCertificate; // SHA-256 of the server's certificate
    Xmpp::Jid room; // the room everyone is in
    QString roomName;
    DemoLogin user; // the person trying Palaver
    QString userNick;
    QList<DemoLogin> peers;

    Xmpp::ConnectionSettings settingsFor(const DemoLogin& login) const;
    Xmpp::Jid jidOf(const QString& account) const;

    bool save(const QString& fileName, QString* error) const;
    static std::optional<DemoEnvironment> load(const QString& fileName, QString* error);
};

} // namespace Palaver::Demo

#include "DemoEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Palaver::Demo {

Xmpp::ConnectionSettings DemoEnvironment::settingsFor(const DemoLogin& login) const
{
    Xmpp::ConnectionSettings settings;
    settings.jid = jidOf(login.user);
    settings.password = login.password;
    settings.host = host;
    settings.port = port;
    settings.pinnedCertificate = pinnedCertificate;
    settings.connectTimeoutMs = 10000;
    settings.negotiationTimeoutMs = 10000;
    return settings;
}

Xmpp::Jid DemoEnvironment::jidOf(const QString& account) const
{
    return Xmpp::Jid::fromParts(account, domain);
}

bool DemoEnvironment::save(const QString& fileName, QString* error) const
{
    const auto loginObject = [](const DemoLogin& login) {
        return QJsonObject {{u"user"_s, login.user}, {u"password"_s, login.password}};
    };
    QJsonArray peerArray;
    for (const DemoLogin& peer : peers) {
        peerArray.append(loginObject(peer));
    }
    const QJsonObject root {
        {u"host"_s, host},
        {u"port"_s, port},
        {u"domain"_s, domain},
        {u"pinnedCertificate"_s, QString::fromLatin1(pinnedCertificate.toHex())},
        {u"room"_s, room.toString()},
        {u"roomName"_s, roomName},
        {u"user"_s, loginObject(user)},
        {u"userNick"_s, userNick},
        {u"peers"_s, peerArray},
    };
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<DemoEnvironment> DemoEnvironment::load(const QString& fileName, QString* error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = fileName + u": "_s + file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = fileName + u": "_s + parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const auto loginOf = [](const QJsonValue& value) {
        const QJsonObject object = value.toObject();
        return DemoLogin {
            object.value(u"user"_s).toString(), object.value(u"password"_s).toString()};
    };
    DemoEnvironment environment;
    environment.host = root.value(u"host"_s).toString();
    environment.port = quint16(root.value(u"port"_s).toInt());
    environment.domain = root.value(u"domain"_s).toString();
    environment.pinnedCertificate
        = QByteArray::fromHex(root.value(u"pinnedCertificate"_s).toString().toLatin1());
    environment.room = Xmpp::Jid::fromString(root.value(u"room"_s).toString());
    environment.roomName = root.value(u"roomName"_s).toString();
    environment.user = loginOf(root.value(u"user"_s));
    environment.userNick = root.value(u"userNick"_s).toString();
    for (const QJsonValue& peer : root.value(u"peers"_s).toArray()) {
        environment.peers.append(loginOf(peer));
    }
    if (environment.port == 0 || environment.domain.isEmpty() || environment.user.user.isEmpty()) {
        *error = fileName + u": not a demo environment"_s;
        return std::nullopt;
    }
    return environment;
}

} // namespace Palaver::Demo

#include "Profile.h"

#include "storage/ArchiveStore.h"
#include "storage/AvatarStore.h"
#include "storage/CapsStore.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "storage/RosterStore.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Palaver::Im {
namespace {
// Account addresses make group names that QSettings would treat as paths; encode them.
QString groupFor(const Xmpp::Jid& jid)
{
    return u"accounts/"_s + QString::fromLatin1(jid.bare().toString().toUtf8().toHex());
}
} // namespace

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

Profile::Profile(const QString& directory, QObject* parent)
    : QObject(parent)
    , m_directory(QDir(directory).absolutePath())
{ }

Profile::~Profile() = default;

bool Profile::open(QString* error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error) {
            *error = u"cannot create the profile directory %1"_s.arg(m_directory);
        }
        return false;
    }
    // Passwords may be kept here by the user's choice: the directory is the user's alone.
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_settings = std::make_unique<QSettings>(
        QDir(m_directory).filePath(u"palaver.ini"_s), QSettings::IniFormat);
    m_database = std::make_unique<Database>();
    if (!m_database->open(
            QDir(m_directory).filePath(u"history.sqlite"_s), schemaMigrations(), error)) {
        return false;
    }
    m_messages = std::make_unique<MessageStore>(*m_database);
    m_roster = std::make_unique<RosterStore>(*m_database);
    m_caps = std::make_unique<CapsStore>(*m_database);
    m_archive = std::make_unique<ArchiveStore>(*m_database);
    m_avatars = std::make_unique<AvatarStore>(avatarDirectory());
    m_caps->load();
    return true;
}

QString Profile::avatarDirectory() const
{
    const QString path = QDir(m_directory).filePath(u"avatars"_s);
    QDir().mkpath(path);
    return path;
}

Account::Stores Profile::stores()
{
    const QString media = QDir(m_directory).filePath(u"media"_s);
    return {*m_messages, *m_roster, *m_caps, *m_archive, *m_avatars, media, m_directory};
}

QList<AccountSettings> Profile::accounts() const
{
    QList<AccountSettings> accounts;
    m_settings->beginGroup(u"accounts"_s);
    const QStringList keys = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& key : keys) {
        const Xmpp::Jid jid
            = Xmpp::Jid::fromString(QString::fromUtf8(QByteArray::fromHex(key.toLatin1())));
        if (const std::optional<AccountSettings> found = account(jid)) {
            accounts.append(*found);
        }
    }
    std::sort(
        accounts.begin(), accounts.end(), [](const AccountSettings& a, const AccountSettings& b) {
            return a.jid.toString() < b.jid.toString();
        });
    return accounts;
}

QString Profile::keyFor(Secret secret)
{
    return secret == Secret::Proxy ? u"/proxyPassword"_s : u"/password"_s;
}

std::optional<AccountSettings> Profile::account(const Xmpp::Jid& jid) const
{
    m_settings->beginGroup(groupFor(jid));
    AccountSettings account;
    account.jid = Xmpp::Jid::fromString(m_settings->value(u"jid"_s).toString());
    account.resource = m_settings->value(u"resource"_s).toString();
    account.enabled = m_settings->value(u"enabled"_s, true).toBool();
    account.host = m_settings->value(u"host"_s).toString();
    account.port = quint16(m_settings->value(u"port"_s, 0).toUInt());
    account.directTls = m_settings->value(u"directTls"_s, false).toBool();
    account.proxy = m_settings->value(u"proxy"_s).toString();
    account.pinnedCertificate
        = QByteArray::fromHex(m_settings->value(u"pinnedCertificate"_s).toByteArray());
    account.pinnedCertificateForFiles
        = QByteArray::fromHex(m_settings->value(u"pinnedCertificateForFiles"_s).toByteArray());
    account.passwordInProfile = m_settings->value(u"passwordInProfile"_s, false).toBool();
    m_settings->endGroup();
    if (!account.jid.isValid()) {
        return std::nullopt;
    }
    return account;
}

void Profile::saveAccount(const AccountSettings& account)
{
    m_settings->beginGroup(groupFor(account.jid));
    m_settings->setValue(u"jid"_s, account.jid.bare().toString());
    m_settings->setValue(u"resource"_s, account.resource);
    m_settings->setValue(u"enabled"_s, account.enabled);
    m_settings->setValue(u"host"_s, account.host);
    m_settings->setValue(u"port"_s, account.port);
    m_settings->setValue(u"directTls"_s, account.directTls);
    // The proxy's password goes to the keychain like the account's (see AccountSetup).
    m_settings->setValue(u"proxy"_s, AccountSettings::proxyWithoutPassword(account.proxy));
    m_settings->setValue(u"pinnedCertificate"_s, account.pinnedCertificate.toHex());
    m_settings->setValue(u"pinnedCertificateForFiles"_s, account.pinnedCertificateForFiles.toHex());
    m_settings->setValue(u"passwordInProfile"_s, account.passwordInProfile);
    if (!account.passwordInProfile) {
        m_settings->remove(u"password"_s);
        m_settings->remove(u"proxyPassword"_s);
    }
    m_settings->endGroup();
    m_settings->sync();
}

void Profile::removeAccount(const Xmpp::Jid& jid)
{
    m_settings->remove(groupFor(jid));
    m_settings->sync();
}

QString Profile::storedPassword(const Xmpp::Jid& jid, Secret secret) const
{
    return m_settings->value(groupFor(jid) + keyFor(secret)).toString();
}

void Profile::setStoredPassword(const Xmpp::Jid& jid, const QString& password, Secret secret)
{
    m_settings->setValue(groupFor(jid) + keyFor(secret), password);
    m_settings->sync();
    QFile::setPermissions(m_settings->fileName(), QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace Palaver::Im

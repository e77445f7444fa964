// Profile: one user's data in one directory: settings (QSettings, INI), the accounts, and the
// history database with its stores. Several profiles (and tests) can run side by side.
#pragma once

#include "Account.h"
#include "AccountSettings.h"

#include <QObject>
#include <QSettings>

#include <memory>

namespace Palaver::Im {

class ArchiveStore;
class AvatarStore;
class CapsStore;
class Database;
class MessageStore;
class RosterStore;

class Profile : public QObject
{
    Q_OBJECT

public:
    // Under QStandardPaths::AppConfigLocation, unless --config-dir names another.
    static QString defaultDirectory();

    explicit Profile(const QString& directory, QObject* parent = nullptr);
    ~Profile() override;

    // Creates the directory if needed and opens the database; false with a reason otherwise.
    bool open(QString* error = nullptr);
    const QString& directory() const { return m_directory; }
    QSettings& settings() { return *m_settings; }
    QString avatarDirectory() const;

    QList<AccountSettings> accounts() const;
    std::optional<AccountSettings> account(const Xmpp::Jid& jid) const;
    void saveAccount(const AccountSettings& account);
    void removeAccount(const Xmpp::Jid& jid);
    // Only for accounts whose user chose it (AccountSettings::passwordInProfile).
    // The account's password, or its proxy's.
    enum class Secret {
        Account,
        Proxy,
    };
    QString storedPassword(const Xmpp::Jid& jid, Secret secret = Secret::Account) const;
    void setStoredPassword(
        const Xmpp::Jid& jid, const QString& password, Secret secret = Secret::Account);

    Database& database() { return *m_database; }
    MessageStore& messages() { return *m_messages; }
    Account::Stores stores();

private:
    static QString keyFor(Secret secret);
    QString m_directory;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<RosterStore> m_roster;
    std::unique_ptr<CapsStore> m_caps;
    std::unique_ptr<ArchiveStore> m_archive;
    std::unique_ptr<AvatarStore> m_avatars;
};

} // namespace Palaver::Im

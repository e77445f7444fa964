// PasswordStore: account passwords in the operating system's keychain (QtKeychain: Secret
// Service / KWallet, macOS Keychain, Windows Credential Store), or, only where the user chose
// it because no keychain is running, in the profile.
#pragma once

#include "Profile.h"
#include "xmpp/core/Jid.h"

#include <QObject>

#include <functional>

namespace Palaver::Im {

class PasswordStore : public QObject
{
    Q_OBJECT

public:
    enum class Result {
        Ok,
        NotFound,
        KeychainUnavailable, // ask the user whether to keep it in the profile instead
        Denied, // the user refused access in the keychain's own prompt
        Failed,
    };

    explicit PasswordStore(Profile& profile, QObject* parent = nullptr);

    using Secret = Profile::Secret;

    void read(const Xmpp::Jid& account, QObject* context,
        std::function<void(Result result, const QString& password)> done,
        Secret secret = Secret::Account);
    // Where the account's settings say: keychain, or profile when the user chose that.
    void write(const Xmpp::Jid& account, const QString& password, QObject* context,
        std::function<void(Result result)> done, Secret secret = Secret::Account);
    // Both the account's password and its proxy's.
    void remove(const Xmpp::Jid& account);

    static QString serviceName();
    // What the keychain said last, in its words (for "details" in the UI).
    const QString& lastError() const { return m_lastError; }

private:
    Profile& m_profile;
    QString m_lastError;
};

} // namespace Palaver::Im

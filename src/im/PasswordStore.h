// PasswordStore: account passwords in the operating system's keychain (QtKeychain: Secret
// Service / KWallet, macOS Keychain, Windows Credential Store), or, only where the user chose
// it because no keychain is running, in the profile.
#pragma once

#include "xmpp/core/Jid.h"

#include <QObject>

#include <functional>

namespace Palaver::Im {

class Profile;

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

    void read(const Xmpp::Jid& account, QObject* context,
        std::function<void(Result result, const QString& password)> done);
    // Where the account's settings say: keychain, or profile when the user chose that.
    void write(const Xmpp::Jid& account, const QString& password, QObject* context,
        std::function<void(Result result)> done);
    void remove(const Xmpp::Jid& account);

    static QString serviceName();
    // What the keychain said last, in its words (for "details" in the UI).
    const QString& lastError() const { return m_lastError; }

private:
    Profile& m_profile;
    QString m_lastError;
};

} // namespace Palaver::Im

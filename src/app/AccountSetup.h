// AccountSetup: how accounts come to be and go: read from the profile at start with their
// passwords, added or fixed through the sign-in assistant, passwords kept in the keychain (or,
// when there is none and the user agrees, in the profile), and forgotten on removal.
#pragma once

#include "im/AccountSettings.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <memory>
#include <optional>

class QWidget;

namespace Palaver::Im {
class PasswordStore;
class Profile;
} // namespace Palaver::Im

namespace Palaver::Gui {
class AccountAssistant;
}

namespace Palaver::App {

class AccountSetup : public QObject
{
    Q_OBJECT

public:
    AccountSetup(Im::Profile& profile, QWidget* dialogParent, QObject* parent = nullptr);
    ~AccountSetup() override;

    // Tests trust their own certificate authority; users never need this.
    void setAdditionalCaCertificates(const QList<QSslCertificate>& certificates);
    const QList<QSslCertificate>& additionalCaCertificates() const { return m_extraCas; }

    // Reports every enabled account of the profile whose password can be read; for the others
    // the assistant asks again.
    void loadAll();
    // The sign-in assistant, for a new account or to fix an existing one; one at a time.
    Gui::AccountAssistant* showAssistant(const std::optional<Im::AccountSettings>& existing = {});
    // The server took a new password: kept where the old one was.
    void passwordChanged(const Xmpp::Jid& jid, const QString& password);
    // Removes the account from the profile and its password from wherever it was kept.
    void forget(const Xmpp::Jid& jid);

Q_SIGNALS:
    // An account can sign in: a new one, or one whose settings or password changed.
    void accountReady(const Palaver::Im::AccountSettings& settings, const QString& password);

private:
    void onAssistantAccepted(Gui::AccountAssistant* assistant);
    void savePassword(const Im::AccountSettings& settings, const QString& password);
    void withProxyPassword(
        const Im::AccountSettings& settings, std::function<void(const Im::AccountSettings&)> then);

    Im::Profile& m_profile;
    QWidget* m_dialogParent;
    std::unique_ptr<Im::PasswordStore> m_passwords;
    QPointer<Gui::AccountAssistant> m_assistant;
    QList<QSslCertificate> m_extraCas;
};

} // namespace Palaver::App

// AccountAssistant: signs in to an account the first time (or again, after the password
// changed): address and password, advanced server settings, a real test login, and plain
// words when it fails, including the choice to trust an unverified certificate. A new account
// can be created from here on servers that allow it.
#pragma once

#include "im/AccountSettings.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class AccountAssistant;
}

namespace Palaver::Xmpp {
class Client;
struct ConnectionError;
} // namespace Palaver::Xmpp

namespace Palaver::Gui {

class CertificateDialog;
class RegistrationDialog;

class AccountAssistant : public QDialog
{
    Q_OBJECT

public:
    explicit AccountAssistant(QWidget* parent = nullptr);
    ~AccountAssistant() override;

    // Starts from an existing account (to fix its password or server settings).
    void setAccount(const Im::AccountSettings& account);
    // What the successful login used, for the profile.
    const Im::AccountSettings& account() const { return m_account; }
    QString password() const;
    QPushButton* signInButton() const { return m_signIn; }
    QPushButton* createAccountButton() const { return m_createAccount; }
    // Tests trust their own authority here; users never need it.
    void setAdditionalCaCertificates(const QList<QSslCertificate>& certificates);

Q_SIGNALS:
    // Shown for an unverified certificate; tests answer it.
    void certificateDialogShown(Palaver::Gui::CertificateDialog* dialog);
    void registrationDialogShown(Palaver::Gui::RegistrationDialog* dialog);

private:
    void signIn();
    void onConnected();
    void onError(const Xmpp::ConnectionError& error);
    bool collect();
    bool collectServerSettings();
    void createAccount();
    void setBusy(bool busy);
    void validate();

    std::unique_ptr<Ui::AccountAssistant> m_ui;
    QPushButton* m_signIn;
    QPushButton* m_createAccount;
    Im::AccountSettings m_account;
    QList<QSslCertificate> m_extraCas;
    Xmpp::Client* m_client = nullptr;
};

} // namespace Palaver::Gui

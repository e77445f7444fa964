// RegistrationDialog: creates a new account from the sign-in assistant: the server's name, its
// form (usually a username and password), and the result in plain words. The server's
// certificate is checked and, if unknown, shown for the user to trust, as when signing in.
#pragma once

#include "xmpp/core/Jid.h"
#include "xmpp/stream/ConnectionSettings.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class RegistrationDialog;
}

namespace Palaver::Xmpp {
class AccountRegistration;
struct ConnectionError;
class StanzaError;
} // namespace Palaver::Xmpp

namespace Palaver::Gui {

class CertificateDialog;

class RegistrationDialog : public QDialog
{
    Q_OBJECT

public:
    // base: how to reach servers (host, port, TLS, proxy, trusted authorities) as the
    // assistant's advanced settings say; its address, if any, suggests server and username.
    explicit RegistrationDialog(const Xmpp::ConnectionSettings& base, QWidget* parent = nullptr);
    ~RegistrationDialog() override;

    // After acceptance: the new account.
    const Xmpp::Jid& jid() const { return m_jid; }
    const QString& password() const { return m_password; }
    const QByteArray& pinnedCertificate() const { return m_settings.pinnedCertificate; }

    QPushButton* continueButton() const { return m_continue; }

Q_SIGNALS:
    void certificateDialogShown(Palaver::Gui::CertificateDialog* dialog);

private:
    void validate();
    void proceed();
    void connectToServer();
    void onFailed(const Xmpp::ConnectionError& error);
    void onRejected(const Xmpp::StanzaError& error);
    void setBusy(bool busy, const QString& status = {});

    std::unique_ptr<Ui::RegistrationDialog> m_ui;
    Xmpp::ConnectionSettings m_settings;
    Xmpp::AccountRegistration* m_registration = nullptr;
    QPushButton* m_continue;
    Xmpp::Jid m_jid;
    QString m_password;
};

} // namespace Palaver::Gui

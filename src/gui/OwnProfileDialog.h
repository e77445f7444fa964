// OwnProfileDialog: the user's own account: the profile card contacts see (XEP-0054: name,
// nickname, e-mail, phone, organisation, note; the picture stays as it is), a new password,
// and deleting the account from its server after a confirmation that cannot be mistaken.
#pragma once

#include "xmpp/core/XmlElement.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Palaver::Im {
class Account;
class OwnAccount;
} // namespace Palaver::Im

namespace Palaver::Gui {

class OwnProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OwnProfileDialog(Im::Account& account, QWidget* parent = nullptr);

    QString account() const;
    QLineEdit& field(const QString& name) const;
    QPlainTextEdit& noteEdit() { return *m_note; }
    QPushButton& saveButton() { return *m_save; }
    QLineEdit& newPasswordEdit() { return *m_password; }
    QLineEdit& repeatPasswordEdit() { return *m_repeat; }
    QPushButton& changePasswordButton() { return *m_changePassword; }
    QPushButton& deleteAccountButton() { return *m_delete; }
    QLabel& statusLabel() { return *m_status; }
    // Deleting asks the user to type the address; tests answer instead.
    void setDeleteConfirmation(std::function<bool()> confirm) { m_confirm = std::move(confirm); }

Q_SIGNALS:
    // The server took the new password: it is to be kept for the next sign-in.
    void passwordChanged(const QString& account, const QString& password);
    // The server removed the account: it is to go from this computer too.
    void accountDeleted(const QString& account);

private:
    void load();
    void save();
    void changePassword();
    void deleteAccount();
    bool confirmDeletion();
    void report(const QString& text);

    Im::Account& m_account;
    Im::OwnAccount* m_own;
    Xmpp::XmlElement m_card; // as loaded: fields this dialog does not show are kept
    QList<QLineEdit*> m_fields;
    QPlainTextEdit* m_note;
    QPushButton* m_save;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QPushButton* m_changePassword;
    QPushButton* m_delete;
    QLabel* m_status;
    std::function<bool()> m_confirm;
};

} // namespace Palaver::Gui

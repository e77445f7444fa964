// NewChatDialog: starts a conversation with anyone: type a name from the contacts (completed
// as you type) or any address, and, with several accounts, choose which one writes.
#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Palaver::Im {
class AccountsModel;
}

namespace Palaver::Gui {

class NewChatDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewChatDialog(Im::AccountsModel& accounts, QWidget* parent = nullptr);

    QLineEdit* addressEdit() const { return m_address; }
    QPushButton* chatButton() const { return m_chat; }
    void accept() override;

Q_SIGNALS:
    void chatRequested(const QString& account, const QString& jid);

private:
    QString typedAddress() const;
    void validate();

    Im::AccountsModel& m_accounts;
    QComboBox* m_account;
    QLineEdit* m_address;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_chat;
    QHash<QString, QString> m_addressOfEntry; // "Name <jid>" as completed -> jid
};

} // namespace Palaver::Gui

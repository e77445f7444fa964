#include "AddContactDialog.h"

#include "im/Account.h"
#include "im/models/AccountsModel.h"
#include "im/services/RosterService.h"
#include "ui_AddContactDialog.h"

#include <QPushButton>
#include <QSet>

namespace Palaver::Gui {

AddContactDialog::AddContactDialog(Im::AccountsModel& accounts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddContactDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    QSet<QString> groups;
    for (int row = 0; row < accounts.rowCount(); ++row) {
        Im::Account* account = accounts.account(row);
        m_ui->accountCombo->addItem(account->jid(), row);
        for (const auto& item : account->roster().items()) {
            for (const QString& group : item.groups) {
                groups.insert(group);
            }
        }
    }
    QStringList sorted = groups.values();
    sorted.sort(Qt::CaseInsensitive);
    m_ui->groupCombo->addItem(QString());
    m_ui->groupCombo->addItems(sorted);
    const bool several = accounts.rowCount() > 1;
    m_ui->accountCombo->setVisible(several);
    m_ui->accountLabel->setVisible(several);
    m_ui->errorLabel->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AddContactDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &AddContactDialog::reject);
    connect(m_ui->addressEdit, &QLineEdit::textChanged, this, &AddContactDialog::validate);
    validate();
}

AddContactDialog::~AddContactDialog() = default;

void AddContactDialog::setAddress(const QString& address)
{
    m_ui->addressEdit->setText(address);
}

void AddContactDialog::setAccount(const QString& account)
{
    const int index = m_ui->accountCombo->findText(account);
    if (index >= 0) {
        m_ui->accountCombo->setCurrentIndex(index);
    }
}

void AddContactDialog::setName(const QString& name)
{
    m_ui->nameEdit->setText(name);
}

void AddContactDialog::setGroup(const QString& group)
{
    m_ui->groupCombo->setCurrentText(group);
}

void AddContactDialog::validate()
{
    const QString text = m_ui->addressEdit->text().trimmed();
    Xmpp::JidError error {};
    const Xmpp::Jid jid = Xmpp::Jid::fromString(text, &error);
    const bool valid = jid.isValid() && !jid.local().isEmpty() && jid.resource().isEmpty();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_ui->errorLabel->setVisible(!text.isEmpty() && !valid);
    m_ui->errorLabel->setText(tr("An address looks like name@example.org."));
}

void AddContactDialog::accept()
{
    Im::Account* account = m_accounts.account(m_ui->accountCombo->currentData().toInt());
    const Xmpp::Jid jid = Xmpp::Jid::fromString(m_ui->addressEdit->text().trimmed());
    if (!account || !jid.isValid()) {
        return;
    }
    const QString group = m_ui->groupCombo->currentText().trimmed();
    account->roster().addContact(jid.bare(), m_ui->nameEdit->text().trimmed(),
        group.isEmpty() ? QStringList() : QStringList {group}, m_ui->messageEdit->text().trimmed());
    QDialog::accept();
}

} // namespace Palaver::Gui

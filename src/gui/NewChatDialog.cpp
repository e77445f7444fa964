#include "NewChatDialog.h"

#include "im/Account.h"
#include "im/models/AccountsModel.h"
#include "im/services/RosterService.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Palaver::Gui {

NewChatDialog::NewChatDialog(Im::AccountsModel& accounts, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_account(new QComboBox)
    , m_address(new QLineEdit)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New chat"));
    setMinimumWidth(380);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    auto* accountLabel = new QLabel(tr("&Account:"));
    accountLabel->setBuddy(m_account);
    form->addRow(accountLabel, m_account);
    auto* addressLabel = new QLabel(tr("&With:"));
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, m_address);
    m_address->setPlaceholderText(tr("A contact's name, or an address like name@example.org"));
    m_address->setAccessibleName(tr("Contact or address"));
    m_error->setText(tr("An address looks like name@example.org."));
    m_error->hide();
    layout->addWidget(m_error);
    m_chat = m_buttons->addButton(tr("&Chat"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);
    // Only once inside the dialog does a button become the dialog's default (else Cancel is).
    m_chat->setDefault(true);

    QStringList entries;
    for (int row = 0; row < accounts.rowCount(); ++row) {
        Im::Account* account = accounts.account(row);
        m_account->addItem(account->jid());
        for (const auto& item : account->roster().items()) {
            const QString jid = item.jid.toString();
            const QString entry = item.name.isEmpty() ? jid : tr("%1 <%2>").arg(item.name, jid);
            m_addressOfEntry.insert(entry, jid);
            entries.append(entry);
        }
    }
    entries.removeDuplicates();
    entries.sort(Qt::CaseInsensitive);
    auto* completer = new QCompleter(entries, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_address->setCompleter(completer);
    const bool several = accounts.rowCount() > 1;
    m_account->setVisible(several);
    accountLabel->setVisible(several);

    connect(m_address, &QLineEdit::textChanged, this, &NewChatDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewChatDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString NewChatDialog::typedAddress() const
{
    const QString text = m_address->text().trimmed();
    return m_addressOfEntry.value(text, text);
}

void NewChatDialog::validate()
{
    const Xmpp::Jid jid = Xmpp::Jid::fromString(typedAddress());
    const bool valid = jid.isValid() && !jid.local().isEmpty();
    m_chat->setEnabled(valid);
    m_error->setVisible(!m_address->text().trimmed().isEmpty() && !valid
        && !m_address->completer()->popup()->isVisible());
}

void NewChatDialog::accept()
{
    const Xmpp::Jid jid = Xmpp::Jid::fromString(typedAddress());
    if (!jid.isValid() || jid.local().isEmpty()) {
        return;
    }
    Q_EMIT chatRequested(m_account->currentText(), jid.bare().toString());
    QDialog::accept();
}

} // namespace Palaver::Gui

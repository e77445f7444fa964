#include "BlockedListDialog.h"

#include "RemoteText.h"
#include "im/Account.h"
#include "xmpp/Client.h"
#include "xmpp/core/StanzaError.h"
#include "xmpp/modules/xep0191_blocking/BlockingModule.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Palaver::Gui {

BlockedListDialog::BlockedListDialog(const QList<Im::Account*>& accounts, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_accountBox(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_address(new QLineEdit(this))
    , m_block(new QPushButton(tr("&Block"), this))
    , m_unblock(new QPushButton(tr("&Unblock"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Blocked Addresses"));
    resize(420, 420);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Blocked addresses cannot write to you or see when you are "
                                "online. The list is kept by your server, for all your devices."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (Im::Account* account : accounts) {
        m_accountBox->addItem(account->jid());
    }
    m_accountBox->setAccessibleName(tr("Account"));
    m_accountBox->setVisible(accounts.size() > 1);
    layout->addWidget(m_accountBox);
    m_list->setAccessibleName(tr("Blocked addresses"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    layout->addWidget(m_list);
    auto* blockRow = new QHBoxLayout;
    m_address->setPlaceholderText(tr("name@example.org"));
    m_address->setAccessibleName(tr("Address to block"));
    blockRow->addWidget(m_address, 1);
    blockRow->addWidget(m_block);
    blockRow->addWidget(m_unblock);
    layout->addLayout(blockRow);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_accountBox, &QComboBox::currentIndexChanged, this, &BlockedListDialog::refresh);
    connect(m_block, &QPushButton::clicked, this, &BlockedListDialog::blockAddress);
    connect(m_address, &QLineEdit::returnPressed, this, &BlockedListDialog::blockAddress);
    connect(m_unblock, &QPushButton::clicked, this, &BlockedListDialog::unblockSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
        [this] { m_unblock->setEnabled(!m_list->selectedItems().isEmpty()); });
    for (Im::Account* account : accounts) {
        if (auto* module = account->client().findModule<Xmpp::BlockingModule>()) {
            connect(
                module, &Xmpp::BlockingModule::blocklistChanged, this, &BlockedListDialog::refresh);
        }
    }
    refresh();
}

Xmpp::BlockingModule* BlockedListDialog::blocking() const
{
    const int index = m_accountBox->currentIndex();
    return index < 0 || index >= m_accounts.size()
        ? nullptr
        : m_accounts.at(index)->client().findModule<Xmpp::BlockingModule>();
}

void BlockedListDialog::refresh()
{
    m_list->clear();
    Xmpp::BlockingModule* module = blocking();
    const bool supported = module && module->isSupported();
    m_block->setEnabled(supported);
    m_address->setEnabled(supported);
    m_unblock->setEnabled(false);
    if (!supported) {
        m_status->setText(tr("This account's server does not keep a block list, or the "
                             "account is not connected."));
        return;
    }
    for (const Xmpp::Jid& jid : module->blocked()) {
        auto* item = new QListWidgetItem(RemoteText::line(jid.toString()), m_list);
        item->setData(Qt::UserRole, jid.toString());
    }
    m_status->setText(m_list->count() == 0 ? tr("Nobody is blocked.") : QString());
}

void BlockedListDialog::blockAddress()
{
    const Xmpp::Jid jid = Xmpp::Jid::fromString(m_address->text().trimmed());
    Xmpp::BlockingModule* module = blocking();
    if (!module) {
        return;
    }
    if (!jid.isValid() || m_address->text().trimmed().isEmpty()) {
        report(tr("That is not an address: it looks like name@example.org."));
        return;
    }
    module->block({jid}, this, [this](const Xmpp::StanzaError* error) {
        if (error) {
            report(tr("The server did not block it: %1")
                       .arg(Xmpp::StanzaError::conditionName(error->condition())));
        } else {
            m_address->clear();
        }
    });
}

void BlockedListDialog::unblockSelected()
{
    Xmpp::BlockingModule* module = blocking();
    QList<Xmpp::Jid> jids;
    for (QListWidgetItem* item : m_list->selectedItems()) {
        jids.append(Xmpp::Jid::fromString(item->data(Qt::UserRole).toString()));
    }
    if (!module || jids.isEmpty()) {
        return; // never an empty unblock: that would unblock everyone
    }
    module->unblock(jids, this, [this](const Xmpp::StanzaError* error) {
        if (error) {
            report(tr("The server did not unblock it: %1")
                       .arg(Xmpp::StanzaError::conditionName(error->condition())));
        }
    });
}

void BlockedListDialog::report(const QString& text)
{
    m_status->setText(text);
}

} // namespace Palaver::Gui

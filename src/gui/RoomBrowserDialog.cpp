#include "RoomBrowserDialog.h"

#include "RoomText.h"
#include "im/Account.h"
#include "im/models/AccountsModel.h"
#include "im/models/RoomDirectoryModel.h"
#include "xmpp/modules/xep0030_disco/DiscoModule.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using Palaver::Im::RoomDirectoryModel;

namespace Palaver::Gui {

RoomBrowserDialog::RoomBrowserDialog(Im::AccountsModel& accounts, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_account(new QComboBox)
    , m_service(new QLineEdit)
    , m_search(new QLineEdit)
    , m_view(new QTreeView)
    , m_status(new QLabel)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Browse rooms"));
    resize(560, 460);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    form->addRow(tr("&Account:"), m_account);
    auto* serviceRow = new QHBoxLayout;
    serviceRow->addWidget(m_service, 1);
    m_listButton = new QPushButton(tr("&List rooms"));
    serviceRow->addWidget(m_listButton);
    auto* serviceLabel = new QLabel(tr("&Service:"));
    serviceLabel->setBuddy(m_service);
    form->addRow(serviceLabel, serviceRow);
    m_service->setPlaceholderText(tr("A chat service like conference.example.org"));
    form->addRow(tr("&Search:"), m_search);
    m_search->setPlaceholderText(tr("Part of a room's name or address"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_view, 1);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_join = buttons->addButton(tr("&Join…"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    m_join->setDefault(true);
    m_join->setEnabled(false);

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // name and address
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setSortingEnabled(true);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Rooms"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    for (int row = 0; row < accounts.rowCount(); ++row) {
        m_account->addItem(accounts.account(row)->jid());
    }
    form->setRowVisible(m_account, accounts.rowCount() > 1);

    connect(m_account, &QComboBox::currentIndexChanged, this, &RoomBrowserDialog::useAccount);
    connect(m_listButton, &QPushButton::clicked, this, &RoomBrowserDialog::list);
    connect(m_service, &QLineEdit::returnPressed, this, &RoomBrowserDialog::list);
    connect(
        m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &RoomBrowserDialog::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoomBrowserDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    useAccount();
}

QString RoomBrowserDialog::currentAccount() const
{
    return m_account->currentText();
}

// A new account: its own directory, starting from its server's chat service.
void RoomBrowserDialog::useAccount()
{
    Im::Account* account = m_accounts.account(currentAccount());
    delete m_directory;
    m_directory = nullptr;
    if (!account) {
        m_status->setText(tr("Add an account first."));
        return;
    }
    m_directory = new RoomDirectoryModel(account->disco(), this);
    m_directory->setHeaderData(RoomDirectoryModel::NameColumn, Qt::Horizontal, tr("Room"));
    m_directory->setHeaderData(RoomDirectoryModel::OccupantsColumn, Qt::Horizontal, tr("People"));
    m_directory->setHeaderData(RoomDirectoryModel::AddressColumn, Qt::Horizontal, tr("Address"));
    m_proxy->setSourceModel(m_directory);
    m_view->header()->setSectionResizeMode(RoomDirectoryModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(
        RoomDirectoryModel::OccupantsColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(
        RoomDirectoryModel::AddressColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_view->sortByColumn(RoomDirectoryModel::NameColumn, Qt::AscendingOrder);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { m_join->setEnabled(current.isValid()); });
    connect(m_directory, &RoomDirectoryModel::serviceFound, this, [this](const Xmpp::Jid& service) {
        if (!service.isValid()) {
            m_status->setText(
                tr("Your server names no chat service. Type the address of one to see its rooms."));
            return;
        }
        m_service->setText(service.toString());
        list();
    });
    connect(m_directory, &RoomDirectoryModel::loaded, this, [this](int rooms) {
        if (rooms == 0) {
            m_status->setText(tr("This service lists no public rooms."));
        } else {
            m_status->setText(
                rooms == 1 ? tr("One public room.") : tr("%1 public rooms.").arg(rooms));
        }
    });
    connect(m_directory, &RoomDirectoryModel::failed, this, [this](const Xmpp::StanzaError& error) {
        m_status->setText(tr("The rooms could not be listed. %1").arg(RoomText::refusal(error)));
    });
    m_service->clear();
    m_status->setText(tr("Looking for your server's chat service…"));
    m_directory->findService(Xmpp::Jid::fromString(account->jid()).domainJid());
}

void RoomBrowserDialog::list()
{
    const Xmpp::Jid service = Xmpp::Jid::fromString(m_service->text().trimmed());
    if (!m_directory || !service.isValid()) {
        m_status->setText(tr("A chat service's address looks like conference.example.org."));
        return;
    }
    m_status->setText(tr("Listing the rooms of %1…").arg(service.toString()));
    m_join->setEnabled(false);
    m_directory->load(service);
}

void RoomBrowserDialog::choose()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    Q_EMIT roomChosen(currentAccount(), current.data(RoomDirectoryModel::JidRole).toString());
    accept();
}

} // namespace Palaver::Gui

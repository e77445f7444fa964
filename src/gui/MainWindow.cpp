#include "MainWindow.h"

#include "ChatsListWidget.h"
#include "ConnectionErrorText.h"
#include "RoomListView.h"
#include "RosterDelegate.h"
#include "StatusSelector.h"
#include "im/Account.h"
#include "im/models/AccountsModel.h"
#include "im/models/RosterModel.h"
#include "im/models/RosterProxyModel.h"
#include "im/services/RosterService.h"
#include "ui_MainWindow.h"
#include "xmpp/modules/xep0191_blocking/BlockingModule.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Palaver::Im::AccountsModel;
using Palaver::Im::RosterModel;

namespace Palaver::Gui {

// Contacts and Chats as two tabs over the roster page.
void MainWindow::arrangeLists()
{
    auto* contacts = new QWidget;
    auto* contactsLayout = new QVBoxLayout(contacts);
    contactsLayout->setContentsMargins(0, 0, 0, 0);
    contactsLayout->setSpacing(0);
    for (QWidget* widget :
        std::initializer_list<QWidget*> {m_ui->filterEdit, m_ui->roomsView, m_ui->rosterView}) {
        m_ui->rosterLayout->removeWidget(widget);
        contactsLayout->addWidget(widget);
    }
    m_lists = new QTabWidget(m_ui->rosterPage);
    m_lists->setObjectName(u"listTabs"_s);
    m_lists->setDocumentMode(true);
    m_lists->addTab(contacts, tr("Contacts"));
    m_chats = new ChatsListWidget;
    m_lists->addTab(m_chats, tr("Chats"));
    m_ui->rosterLayout->addWidget(m_lists);
}

void MainWindow::showChats()
{
    m_lists->setCurrentWidget(m_chats);
    m_chats->filterEdit().setFocus();
}

MainWindow::MainWindow(Im::AccountsModel& accounts, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_accounts(accounts)
    , m_proxy(new Im::RosterProxyModel(this))
    , m_delegate(new RosterDelegate(this))
{
    m_ui->setupUi(this);
    m_ui->errorBanner->hide();
    arrangeLists();
    m_ui->rosterView->setModel(m_proxy);
    m_ui->rosterView->setItemDelegate(m_delegate);
    m_ui->rosterView->setSortingEnabled(true);
    m_ui->rosterView->sortByColumn(0, Qt::AscendingOrder);
    m_ui->rosterView->setAccessibleName(tr("Contacts"));
    m_ui->filterEdit->setAccessibleName(tr("Find a contact"));

    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->addAccountAction, &QAction::triggered, this, &MainWindow::accountsRequested);
    connect(m_ui->setUpButton, &QPushButton::clicked, this, &MainWindow::accountsRequested);
    connect(m_ui->errorDetailsButton, &QPushButton::clicked, this, &MainWindow::accountsRequested);
    connect(m_ui->addContactAction, &QAction::triggered, this, &MainWindow::addContactRequested);
    connect(m_ui->newChatAction, &QAction::triggered, this, &MainWindow::newChatRequested);
    connect(m_ui->joinRoomAction, &QAction::triggered, this, &MainWindow::joinRoomRequested);
    connect(m_ui->browseRoomsAction, &QAction::triggered, this, &MainWindow::browseRoomsRequested);
    connect(m_ui->searchAllAction, &QAction::triggered, this, &MainWindow::searchAllRequested);
    connect(m_ui->blockedAction, &QAction::triggered, this, &MainWindow::blockedListRequested);
    connect(m_ui->preferencesAction, &QAction::triggered, this, &MainWindow::preferencesRequested);
    connect(m_ui->xmlConsoleAction, &QAction::triggered, this, &MainWindow::xmlConsoleRequested);
    connect(m_ui->showOfflineAction, &QAction::toggled, this, [this](bool show) {
        m_proxy->setShowOffline(show);
        Q_EMIT showOfflineChanged(show);
    });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        expandGroups();
    });
    connect(m_ui->roomsView, &RoomListView::roomActivated, this, &MainWindow::roomRequested);
    connect(
        m_ui->roomsView, &RoomListView::roomMenuRequested, this, &MainWindow::roomMenuRequested);
    connect(m_ui->rosterView, &QTreeView::doubleClicked, this, &MainWindow::openChat);
    connect(m_ui->rosterView, &QTreeView::activated, this, &MainWindow::openChat);
    connect(
        m_ui->rosterView, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_delegate, &RosterDelegate::approveClicked, this,
        [this](const QModelIndex& index) { answerRequest(index, true); });
    connect(m_delegate, &RosterDelegate::denyClicked, this,
        [this](const QModelIndex& index) { answerRequest(index, false); });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (Im::Account* account = m_accounts.account(m_bannerRow)) {
            account->client().connectToServer();
        }
        m_ui->errorBanner->hide();
    });
    // New groups and account sections start expanded; the tree is short enough to show whole.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex& under, int first, int last) {
            for (int row = first; row <= last; ++row) {
                const QModelIndex index = m_proxy->index(row, 0, under);
                if (index.data(RosterModel::IsGroupRole).toBool()) {
                    m_expanding = true;
                    m_ui->rosterView->expandRecursively(index);
                    m_expanding = false;
                }
            }
            collapseLongRequestLists(under.parent());
        });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::expandGroups);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::expandGroups);
    const auto opened = [this](const QModelIndex& index, bool open) {
        const auto kind = RosterModel::GroupKind(index.data(RosterModel::GroupKindRole).toInt());
        if (!m_expanding && kind == RosterModel::GroupKind::Requests) {
            m_requestsOpened = open;
        }
    };
    connect(m_ui->rosterView, &QTreeView::expanded, this,
        [opened](const QModelIndex& index) { opened(index, true); });
    connect(m_ui->rosterView, &QTreeView::collapsed, this,
        [opened](const QModelIndex& index) { opened(index, false); });

    for (const auto signal :
        {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(&m_accounts, signal, this, [this] {
            updatePage();
            updateBanner();
        });
    }
    connect(&m_accounts, &QAbstractItemModel::modelReset, this, &MainWindow::updatePage);
    connect(&m_accounts, &QAbstractItemModel::dataChanged, this, &MainWindow::updateBanner);
    updatePage();
}

MainWindow::~MainWindow() = default;

void MainWindow::setRoomModel(QAbstractItemModel* model)
{
    m_ui->roomsView->setModel(model);
}

RoomListView& MainWindow::roomsView()
{
    return *m_ui->roomsView;
}

void MainWindow::setRosterModel(QAbstractItemModel* model)
{
    m_proxy->setSourceModel(model);
    expandGroups();
}

StatusSelector& MainWindow::statusSelector()
{
    return *m_ui->statusSelector;
}

QAbstractItemView& MainWindow::rosterView()
{
    return *m_ui->rosterView;
}

// Every group starts open, but a long list of contact requests shows as its count: strangers
// asking by the hundred must not push the contacts out of sight.
void MainWindow::expandGroups()
{
    m_expanding = true;
    m_ui->rosterView->expandAll();
    m_expanding = false;
    collapseLongRequestLists({});
}

void MainWindow::collapseLongRequestLists(const QModelIndex& parent)
{
    if (m_requestsOpened) {
        return;
    }
    m_expanding = true;
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        const auto kind = RosterModel::GroupKind(index.data(RosterModel::GroupKindRole).toInt());
        if (kind == RosterModel::GroupKind::Account) {
            collapseLongRequestLists(index);
        } else if (kind == RosterModel::GroupKind::Requests
            && m_proxy->rowCount(index) > RequestsShownWhole) {
            m_ui->rosterView->collapse(index);
        }
    }
    m_expanding = false;
}

void MainWindow::setShowOffline(bool show)
{
    m_ui->showOfflineAction->setChecked(show);
    m_proxy->setShowOffline(show);
}

void MainWindow::keyPressEvent(QKeyEvent* event)
{
    // Typing anywhere in the window starts finding a contact.
    if (!event->text().isEmpty() && event->text().at(0).isPrint() && !m_ui->filterEdit->hasFocus()
        && m_ui->pages->currentWidget() == m_ui->rosterPage) {
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->setText(m_ui->filterEdit->text() + event->text());
        return;
    }
    if (event->key() == Qt::Key_Escape && !m_ui->filterEdit->text().isEmpty()) {
        m_ui->filterEdit->clear();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Palaver"),
        tr("<p><b>Palaver %1</b></p><p>A desktop messenger for XMPP.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::updatePage()
{
    const bool hasAccounts = m_accounts.rowCount() > 0;
    m_ui->pages->setCurrentWidget(hasAccounts ? m_ui->rosterPage : m_ui->welcomePage);
    m_ui->statusSelector->setEnabled(hasAccounts);
    m_ui->addContactAction->setEnabled(hasAccounts);
    m_ui->newChatAction->setEnabled(hasAccounts);
    m_ui->joinRoomAction->setEnabled(hasAccounts);
    m_ui->browseRoomsAction->setEnabled(hasAccounts);
}

// The first account with a problem the user should see; reconnecting on its own is no news.
void MainWindow::updateBanner()
{
    for (int row = 0; row < m_accounts.rowCount(); ++row) {
        const QModelIndex index = m_accounts.index(row);
        const auto error = index.data(AccountsModel::ErrorRole).value<Xmpp::ConnectionError>();
        const bool connected = index.data(AccountsModel::ConnectedRole).toBool();
        if (error.isError() && !connected && !error.isRecoverable()) {
            m_bannerRow = row;
            const QString account = index.data(AccountsModel::JidRole).toString();
            m_ui->errorLabel->setText(
                tr("%1: %2").arg(account, ConnectionErrorText::describe(error)));
            m_ui->errorBanner->show();
            return;
        }
    }
    m_bannerRow = -1;
    m_ui->errorBanner->hide();
}

void MainWindow::openChat(const QModelIndex& index)
{
    if (!index.isValid() || index.data(RosterModel::IsGroupRole).toBool()) {
        return;
    }
    Q_EMIT chatRequested(index.data(RosterModel::AccountRole).toString(),
        index.data(RosterModel::JidRole).toString());
}

void MainWindow::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_ui->rosterView->indexAt(pos);
    if (!index.isValid() || index.data(RosterModel::IsGroupRole).toBool()) {
        return;
    }
    Q_EMIT contactMenuRequested(index.data(RosterModel::AccountRole).toString(),
        index.data(RosterModel::JidRole).toString(),
        m_ui->rosterView->viewport()->mapToGlobal(pos));
}

void MainWindow::answerRequest(const QModelIndex& index, bool approve)
{
    Im::Account* account = accountFor(index);
    if (!account) {
        return;
    }
    const Xmpp::Jid jid = Xmpp::Jid::fromString(index.data(RosterModel::JidRole).toString());
    if (!jid.isValid()) {
        return;
    }
    if (RosterDelegate::isMessageRequest(index)) {
        // A stranger's messages: accepted, the conversation opens; blocked (XEP-0191, where
        // the server can), they stop coming.
        if (approve) {
            account->roster().acceptMessages(jid);
            Q_EMIT chatRequested(account->jid(), jid.toString());
            return;
        }
        if (auto* blocking = account->client().findModule<Xmpp::BlockingModule>();
            blocking && blocking->isSupported()) {
            blocking->block({jid});
        }
        account->roster().refuseMessages(jid);
        return;
    }
    if (approve) {
        // Asking back is what people expect: then both see each other.
        const auto item = account->roster().item(jid);
        using Subscription = Xmpp::RosterItem::Subscription;
        const bool seesThem = item
            && (item->subscription == Subscription::To || item->subscription == Subscription::Both
                || item->askSubscribe);
        account->roster().approve(jid, !seesThem);
    } else {
        account->roster().deny(jid);
    }
}

Im::Account* MainWindow::accountFor(const QModelIndex& index) const
{
    return m_accounts.account(index.data(RosterModel::AccountRole).toString());
}

} // namespace Palaver::Gui

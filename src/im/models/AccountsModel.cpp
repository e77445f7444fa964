#include "AccountsModel.h"

#include "../Account.h"
#include "xmpp/modules/presence/PresenceModule.h"

#include <algorithm>

using namespace Palaver::Xmpp;

namespace Palaver::Im {

AccountsModel::AccountsModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void AccountsModel::addAccount(Account* account)
{
    const int row = int(m_accounts.size());
    beginInsertRows({}, row, row);
    m_accounts.append(account);
    endInsertRows();
    Client& client = account->client();
    connect(&client, &Client::stateChanged, this, [this, account] {
        changed(account, {StateRole, ConnectedRole, ErrorKindRole, ErrorRole});
    });
    connect(&client, &Client::errorOccurred, this, [this, account] {
        changed(account, {ErrorKindRole, ErrorRole});
    });
    connect(&client, &Client::sessionStarted, this, [this, account] {
        changed(account, {ShowRole, StatusTextRole});
    });
    connect(account, &Account::aboutToBeDestroyed, this, [this, account] { forget(account); });
}

void AccountsModel::removeAccount(Account* account)
{
    if (rowOf(account) >= 0) {
        disconnect(&account->client(), nullptr, this, nullptr);
        disconnect(account, nullptr, this, nullptr);
        forget(account);
    }
}

void AccountsModel::forget(const Account* account)
{
    const int row = rowOf(account);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_accounts.removeAt(row);
    endRemoveRows();
}

Account* AccountsModel::account(int row) const
{
    return row >= 0 && row < m_accounts.size() ? m_accounts[row] : nullptr;
}

Account* AccountsModel::account(const QString& jid) const
{
    const auto it = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
        [&jid](const Account* account) { return account->jid() == jid; });
    return it == m_accounts.cend() ? nullptr : *it;
}

int AccountsModel::rowOf(const Account* account) const
{
    return int(m_accounts.indexOf(const_cast<Account*>(account)));
}

void AccountsModel::changed(Account* account, const QList<int>& roles)
{
    const int row = rowOf(account);
    if (row >= 0) {
        Q_EMIT dataChanged(index(row), index(row), roles);
    }
}

int AccountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    Account* account = m_accounts[index.row()];
    Client& client = account->client();
    switch (role) {
    case Qt::DisplayRole:
    case JidRole:
        return account->jid();
    case StateRole:
        return int(client.state());
    case ConnectedRole:
        return client.isConnected();
    case ErrorKindRole:
        return int(client.lastError().kind);
    case ErrorRole:
        return QVariant::fromValue(client.lastError());
    case ShowRole:
        return int(client.findModule<PresenceModule>()->ownShow());
    case StatusTextRole:
        return client.findModule<PresenceModule>()->ownStatus();
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{JidRole, "jid"}, {StateRole, "state"}, {ConnectedRole, "connected"},
        {ErrorKindRole, "errorKind"}, {ErrorRole, "error"}, {ShowRole, "show"},
        {StatusTextRole, "statusText"}});
    return names;
}

} // namespace Palaver::Im

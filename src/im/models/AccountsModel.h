// AccountsModel: the profile's accounts with their connection state and last error.
#pragma once

#include <QAbstractListModel>

namespace Palaver::Im {

class Account;

class AccountsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        StateRole, // Xmpp::Client::State as int
        ConnectedRole,
        ErrorKindRole, // Xmpp::ConnectionError::Kind as int; None when all is well
        ErrorRole, // the whole Xmpp::ConnectionError, for the UI to put into words
        ShowRole, // our own Xmpp::Presence::Show as int
        StatusTextRole,
    };
    Q_ENUM(Role)

    explicit AccountsModel(QObject* parent = nullptr);

    void addAccount(Account* account);
    void removeAccount(Account* account);
    Account* account(int row) const;
    // The account with this address, or null.
    Account* account(const QString& jid) const;
    int rowOf(const Account* account) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void changed(Account* account, const QList<int>& roles);
    void forget(const Account* account);

    QList<Account*> m_accounts;
};

} // namespace Palaver::Im

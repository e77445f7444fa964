// RoomBrowserDialog: the public rooms of a chat service (the account's own, found by itself, or
// any typed in), with names and how many people are in each, searchable by name; a chosen
// room goes on to the Join room dialog.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace Palaver::Im {
class AccountsModel;
class RoomDirectoryModel;
} // namespace Palaver::Im

namespace Palaver::Gui {

class RoomBrowserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RoomBrowserDialog(Im::AccountsModel& accounts, QWidget* parent = nullptr);

    QLineEdit* serviceEdit() const { return m_service; }
    QLineEdit* searchEdit() const { return m_search; }
    QTreeView* roomView() const { return m_view; }
    QPushButton* joinButton() const { return m_join; }
    QLabel* statusLabel() const { return m_status; }
    QString currentAccount() const;

Q_SIGNALS:
    void roomChosen(const QString& account, const QString& room);

private:
    void useAccount();
    void list();
    void choose();

    Im::AccountsModel& m_accounts;
    QComboBox* m_account;
    QLineEdit* m_service;
    QLineEdit* m_search;
    QTreeView* m_view;
    QLabel* m_status;
    QPushButton* m_join;
    QPushButton* m_listButton;
    Im::RoomDirectoryModel* m_directory = nullptr;
    QSortFilterProxyModel* m_proxy;
};

} // namespace Palaver::Gui

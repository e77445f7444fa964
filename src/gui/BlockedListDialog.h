// BlockedListDialog: the addresses an account blocks (XEP-0191), kept by the server and so
// the same on every device: reviewed, unblocked, or a new one blocked by address.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Palaver::Im {
class Account;
}
namespace Palaver::Xmpp {
class BlockingModule;
}

namespace Palaver::Gui {

class BlockedListDialog : public QDialog
{
    Q_OBJECT

public:
    BlockedListDialog(const QList<Im::Account*>& accounts, QWidget* parent = nullptr);

    QListWidget& list() { return *m_list; }
    QLineEdit& addressEdit() { return *m_address; }
    QPushButton& blockButton() { return *m_block; }
    QPushButton& unblockButton() { return *m_unblock; }
    QLabel& statusLabel() { return *m_status; }

private:
    Xmpp::BlockingModule* blocking() const;
    void refresh();
    void blockAddress();
    void unblockSelected();
    void report(const QString& text);

    QList<Im::Account*> m_accounts;
    QComboBox* m_accountBox;
    QListWidget* m_list;
    QLineEdit* m_address;
    QPushButton* m_block;
    QPushButton* m_unblock;
    QLabel* m_status;
};

} // namespace Palaver::Gui

// AddContactDialog: adds someone by address, with an optional name and group, and asks to see
// their status.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AddContactDialog;
}

namespace Palaver::Im {
class AccountsModel;
}

namespace Palaver::Gui {

class AddContactDialog : public QDialog
{
    Q_OBJECT

public:
    AddContactDialog(Im::AccountsModel& accounts, QWidget* parent = nullptr);
    ~AddContactDialog() override;

    void setAddress(const QString& address);
    // Prefills from an xmpp: link: which account, the name and group the link suggests.
    void setAccount(const QString& account);
    void setName(const QString& name);
    void setGroup(const QString& group);
    void accept() override;

private:
    void validate();

    std::unique_ptr<Ui::AddContactDialog> m_ui;
    Im::AccountsModel& m_accounts;
};

} // namespace Palaver::Gui

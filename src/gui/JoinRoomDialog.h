// JoinRoomDialog: enters a group chat room (XEP-0045): its address, the nickname to use there,
// a password when the room has one, and with several accounts which one joins.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Palaver::Im {
class AccountsModel;
}

namespace Palaver::Gui {

class JoinRoomDialog : public QDialog
{
    Q_OBJECT

public:
    explicit JoinRoomDialog(Im::AccountsModel& accounts, QWidget* parent = nullptr);

    // Prefills the form (from an xmpp:room?join link, say).
    void setRoom(const QString& account, const QString& room, const QString& password = {});
    QLineEdit* roomEdit() const { return m_room; }
    QLineEdit* nickEdit() const { return m_nick; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* joinButton() const { return m_join; }
    // Keep the room as a bookmark on all the user's devices; autojoin: entered at every
    // sign-in there.
    bool remember() const;
    bool autojoin() const;
    QCheckBox* rememberBox() const { return m_remember; }
    QCheckBox* autojoinBox() const { return m_autojoin; }
    void accept() override;

Q_SIGNALS:
    void joinRequested(
        const QString& account, const QString& room, const QString& nick, const QString& password);

private:
    void validate();
    void suggestNick();

    Im::AccountsModel& m_accounts;
    QComboBox* m_account;
    QLineEdit* m_room;
    QLineEdit* m_nick;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QCheckBox* m_autojoin;
    QLabel* m_error;
    QPushButton* m_join;
    bool m_nickEdited = false;
};

} // namespace Palaver::Gui

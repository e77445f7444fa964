// MainWindow: the roster with its filter, the status selector, and the way into everything
// else (accounts, contacts, preferences). Shows connection problems in a banner with a way
// to fix them.
#pragma once

#include <QAbstractItemView>
#include <QMainWindow>

class QTabWidget;

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Palaver::Im {
class Account;
class AccountsModel;
class RosterProxyModel;
} // namespace Palaver::Im

namespace Palaver::Gui {

class ChatsListWidget;
class RoomListView;
class RosterDelegate;
class StatusSelector;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Past this many, contact requests show as a count until the user opens the list.
    static constexpr int RequestsShownWhole = 10;

    explicit MainWindow(Im::AccountsModel& accounts, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The roster to show (a RosterModel, or several accounts' rosters merged).
    void setRosterModel(QAbstractItemModel* model);
    // The rooms to list above the contacts (a RoomListModel).
    void setRoomModel(QAbstractItemModel* model);
    RoomListView& roomsView();
    Im::RosterProxyModel& rosterProxy() { return *m_proxy; }
    StatusSelector& statusSelector();
    QAbstractItemView& rosterView();
    RosterDelegate& rosterDelegate() { return *m_delegate; }
    void setShowOffline(bool show);
    // Every conversation and room, past ones too: the second tab beside the contacts.
    ChatsListWidget& chatsList() { return *m_chats; }
    void showChats();

Q_SIGNALS:
    void chatRequested(const QString& account, const QString& jid);
    void accountsRequested();
    void addContactRequested();
    void newChatRequested();
    void joinRoomRequested();
    void roomRequested(const QString& account, const QString& room);
    void roomMenuRequested(const QString& account, const QString& room, const QPoint& globalPos);
    void browseRoomsRequested();
    void searchAllRequested();
    void blockedListRequested();
    void preferencesRequested();
    void xmlConsoleRequested();
    void contactMenuRequested(const QString& account, const QString& jid, const QPoint& globalPos);
    void showOfflineChanged(bool show);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void arrangeLists();
    void showAbout();
    void updatePage();
    void updateBanner();
    void openChat(const QModelIndex& index);
    void showContextMenu(const QPoint& pos);
    void answerRequest(const QModelIndex& index, bool approve);
    void expandGroups();
    void collapseLongRequestLists(const QModelIndex& parent);
    Im::Account* accountFor(const QModelIndex& index) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Im::AccountsModel& m_accounts;
    Im::RosterProxyModel* m_proxy;
    RosterDelegate* m_delegate;
    QTabWidget* m_lists = nullptr;
    ChatsListWidget* m_chats = nullptr;
    int m_bannerRow = -1;
    bool m_expanding = false;
    bool m_requestsOpened = false; // the user opened a long list of requests
};

} // namespace Palaver::Gui

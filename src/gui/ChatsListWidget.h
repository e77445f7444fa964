// ChatsListWidget: every conversation and room, newest first (pinned ones on top), with its
// last message and unread count, and a field to find one: the way back to any past chat,
// strangers' too. Opens, pins, closes and deletes the history of a chat.
#pragma once

#include <QWidget>

class QLineEdit;
class QListView;

namespace Palaver::Gui {

class ChatsProxyModel;

class ChatsListWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChatsListWidget(QWidget* parent = nullptr);

    // The list over a ConversationsModel.
    ChatsProxyModel& chats() { return *m_proxy; }
    QListView& view() { return *m_view; }
    QLineEdit& filterEdit() { return *m_filter; }
    // The actions for one row, as its context menu offers them (for tests too).
    void showMenu(const QModelIndex& index, const QPoint& globalPosition);

Q_SIGNALS:
    void openRequested(const QString& account, const QString& peer, bool room);
    void deleteHistoryRequested(const QString& account, const QString& peer);

private:
    void open(const QModelIndex& index);
    void confirmDelete(const QModelIndex& index);

    QLineEdit* m_filter;
    QListView* m_view;
    ChatsProxyModel* m_proxy;
};

} // namespace Palaver::Gui

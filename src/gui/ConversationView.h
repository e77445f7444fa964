// ConversationView: the list of a conversation's messages: keeps to the newest message while
// the user is at the bottom, loads older history when they scroll to the top, and keeps
// their place while it arrives.
#pragma once

#include <QListView>

namespace Palaver::Gui {

class ExplicitFetchProxyModel;
class MessageDelegate;

class ConversationView : public QListView
{
    Q_OBJECT

public:
    explicit ConversationView(QWidget* parent = nullptr);

    // Shows this model (a MessagesModel); older pages are fetched only at the top.
    void setModel(QAbstractItemModel* model) override;
    MessageDelegate& messageDelegate() { return *m_delegate; }
    bool isAtBottom() const;
    void scrollToNewest();
    void scrollToRow(int row);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void rowsInserted(const QModelIndex& parent, int start, int end) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    void onScrolled(int value);
    void fetchOlder();

    MessageDelegate* m_delegate;
    ExplicitFetchProxyModel* m_proxy;
    int m_rangeBeforeInsert = -1;
    int m_valueBeforeInsert = 0;
};

} // namespace Palaver::Gui

// SearchDialog: one search over every conversation and room (Ctrl+Shift+F): each match with
// where it was said, who said it and when, and the words around the match; choosing one opens
// the conversation at that message.
#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;

namespace Palaver::Im {
class MessageStore;
class SearchResultsModel;
} // namespace Palaver::Im

namespace Palaver::Gui {

class SearchDialog : public QDialog
{
    Q_OBJECT

public:
    // The name to show for a conversation (as the chats list names it).
    using NameOf = std::function<QString(const QString& account, const QString& peer, bool room)>;

    SearchDialog(Im::MessageStore& store, NameOf nameOf, QWidget* parent = nullptr);

    QLineEdit& searchEdit() { return *m_edit; }
    QListView& resultsView() { return *m_view; }
    Im::SearchResultsModel& results() { return *m_results; }

Q_SIGNALS:
    // recordId: the message's row in history, to scroll to.
    void openRequested(const QString& account, const QString& peer, bool room, qint64 recordId);

private:
    QLineEdit* m_edit;
    QLabel* m_status;
    QListView* m_view;
    Im::SearchResultsModel* m_results;
};

} // namespace Palaver::Gui

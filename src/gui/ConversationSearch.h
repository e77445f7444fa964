// ConversationSearch: finding words in one conversation or room (Ctrl+F): the search bar,
// matches from the full-text index counted and stepped through newest first, each shown
// highlighted, older history loaded until it is on screen; also how a search across all
// conversations brings the chosen message into view.
#pragma once

#include <QObject>

class QLabel;
class QLineEdit;
class QToolButton;
class QWidget;

namespace Palaver::Im {
class MessageStore;
class MessagesModel;
} // namespace Palaver::Im

namespace Palaver::Gui {

class ConversationView;

class ConversationSearch : public QObject
{
    Q_OBJECT

public:
    struct Widgets
    {
        QWidget* bar = nullptr;
        QLineEdit* edit = nullptr;
        QLabel* resultLabel = nullptr;
        QToolButton* olderButton = nullptr;
        QToolButton* newerButton = nullptr;
        QToolButton* closeButton = nullptr;
        ConversationView* view = nullptr;
        QWidget* input = nullptr; // focused again when the bar closes
    };

    // owner: the tab, where Ctrl+F and Esc work.
    ConversationSearch(
        const Widgets& widgets, Im::MessagesModel& model, Im::MessageStore& store, QWidget* owner);

    void show();
    void close();
    bool isOpen() const;
    // Scrolls to the message, loading older pages until it is there, and selects it.
    void reveal(qint64 id);

private:
    void search(const QString& text);
    // step 1: the next older match; -1: the next newer one.
    void showMatch(int step);

    Widgets m_widgets;
    Im::MessagesModel& m_model;
    Im::MessageStore& m_store;
    QList<qint64> m_matches; // newest first
    int m_match = -1;
    qint64 m_revealing = 0;
};

} // namespace Palaver::Gui

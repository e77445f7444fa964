// MessageActions: what the user does with the messages of a conversation or a room: the
// message menu, copying selected messages (Ctrl+C), quoting, replying (with the banner above
// the input), reacting, editing the last one (with its banner), taking our own messages back,
// a moderator taking anyone's back, and following a reply to what it answers. What goes on
// the wire is the conversation's: a Backend says how.
#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QLabel;
class QWidget;

namespace Palaver::Im {
class MessagesModel;
struct MessageRecord;
} // namespace Palaver::Im

namespace Palaver::Gui {

class ConversationView;
class MessageInput;

class MessageActions : public QObject
{
    Q_OBJECT

public:
    struct Widgets
    {
        ConversationView* view = nullptr;
        MessageInput* input = nullptr;
        QWidget* replyBanner = nullptr;
        QLabel* replyLabel = nullptr;
        QWidget* editBanner = nullptr;
    };

    struct Backend
    {
        // How others name the message (empty: it cannot be answered or reacted to yet).
        std::function<QString(const Im::MessageRecord&)> referenceId;
        // Our whole set of reactions on it.
        std::function<void(const Im::MessageRecord&, const QStringList&)> react;
        // Takes one of our messages back.
        std::function<void(const Im::MessageRecord&)> retract;
        // Whether we may act at all (a visitor in a moderated room may not); always if unset.
        std::function<bool()> mayAct;
        // A room's moderator taking the message back, with a reason; unset where none can.
        std::function<bool(const Im::MessageRecord&)> mayModerate;
        std::function<void(const Im::MessageRecord&, const QString& reason)> moderate;
    };

    MessageActions(const Widgets& widgets, Im::MessagesModel& model, Backend backend,
        QObject* parent = nullptr);
    ~MessageActions() override;

    // The message the next one answers, if the user chose one.
    const Im::MessageRecord* replyTarget() const;
    void startReply(int row);
    void cancelReply();
    // The id of our message being edited (XEP-0308), if the user is editing one.
    const QString& editingId() const { return m_editingId; }
    void startEditingLast();
    void stopEditing();
    void showMenu(int row, const QPoint& globalPosition, const QString& link = {});
    void toggleReaction(int row, const QString& emoji);
    void retract(int row);
    // Asks for a reason, then takes the message back as a moderator.
    void moderate(int row);
    void copySelected() const;
    QString selectedText() const;
    // Scrolls to the message a reply answers, loading older history until it is there.
    void showAnswered(int row);

private:
    void continueShowingAnswered();
    bool mayAct() const { return !m_backend.mayAct || m_backend.mayAct(); }

    Widgets m_widgets;
    Im::MessagesModel& m_model;
    Backend m_backend;
    std::unique_ptr<Im::MessageRecord> m_replyTarget;
    QString m_editingId;
    QString m_stashedDraft; // what was in the input when editing began
    QString m_seeking; // the id of an answered message being loaded
};

} // namespace Palaver::Gui

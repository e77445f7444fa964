// ChatMessageActions: what the user does with the messages of a one-to-one chat: the message
// menu, copying selected messages (Ctrl+C), quoting, replying (with the banner above the
// input), reacting, taking our own messages back, and following a reply to what it answers.
#pragma once

#include "xmpp/core/Jid.h"

#include <QObject>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QWidget;

namespace Palaver::Im {
class MessageService;
class MessagesModel;
struct MessageRecord;
} // namespace Palaver::Im

namespace Palaver::Gui {

class ConversationView;

class ChatMessageActions : public QObject
{
    Q_OBJECT

public:
    struct Widgets
    {
        ConversationView* view = nullptr;
        QPlainTextEdit* input = nullptr;
        QWidget* replyBanner = nullptr;
        QLabel* replyLabel = nullptr;
    };

    ChatMessageActions(const Widgets& widgets, Im::MessagesModel& model,
        Im::MessageService& messages, const Xmpp::Jid& peer, QObject* parent = nullptr);
    ~ChatMessageActions() override;

    // The message the next one answers, if the user chose one.
    const Im::MessageRecord* replyTarget() const;
    void startReply(int row);
    void cancelReply();
    void showMenu(int row, const QPoint& globalPosition, const QString& link = {});
    void toggleReaction(int row, const QString& emoji);
    void retract(int row);
    void copySelected() const;
    // Scrolls to the message a reply answers, loading older history until it is there.
    void showAnswered(int row);

Q_SIGNALS:
    void editLastRequested();

private:
    void continueShowingAnswered();

    Widgets m_widgets;
    Im::MessagesModel& m_model;
    Im::MessageService& m_messages;
    Xmpp::Jid m_peer;
    std::unique_ptr<Im::MessageRecord> m_replyTarget;
    QString m_seeking; // the id of an answered message being loaded
};

} // namespace Palaver::Gui

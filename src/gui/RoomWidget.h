// RoomWidget: one group chat room (XEP-0045) as a tab: name and subject, the messages with
// each sender's nickname in its colour and mentions of us standing out, who is there by role,
// nickname completion, moderation where our rights allow, and why we are out when we are.
#pragma once

#include "ChatTab.h"
#include "xmpp/core/StanzaError.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"

#include <memory>

namespace Ui {
class RoomWidget;
}

class QMenu;

namespace Palaver::Im {
class OccupantsModel;
} // namespace Palaver::Im

namespace Palaver::Gui {

class ConversationSearch;
class MessageActions;

class RoomWidget : public ChatTab
{
    Q_OBJECT

public:
    // The room must be open in the account's RoomService.
    RoomWidget(Im::Account& account, const Xmpp::Jid& room, QWidget* parent = nullptr);
    ~RoomWidget() override;

    Xmpp::MucRoom& room() { return *m_room; }
    Im::OccupantsModel& occupants() { return *m_occupants; }
    QString title() const override;
    QIcon icon() const override;
    void markRead() override;
    void focusInput() override;
    void setDraft(const QString& text) override;
    QString draft() const override;
    void reveal(qint64 id) override;
    bool isEditing() const override;
    void closing() override;
    // The occupant's actions, as the context menu offers them (for tests too).
    QMenu* occupantMenu(const QString& nick);
    MessageActions& messageActions() { return *m_actions; }

private:
    void setUpMessageActions();
    void send();
    void sendText(const QString& text);
    void updateHeader();
    void updateState();
    void showEvent(const QString& text);
    void onJoinFailed(const Xmpp::StanzaError& error);
    void rejoin();
    void changeSubject();
    void changeNick();
    void invite();
    void configure();
    void reportRefusal(const Xmpp::StanzaError& error);
    void updateGroupVisibility();
    QStringList otherNicks() const;

    std::unique_ptr<Ui::RoomWidget> m_ui;
    Xmpp::MucRoom* m_room;
    Im::OccupantsModel* m_occupants;
    MessageActions* m_actions = nullptr; // the message menu, replies, reactions, editing
    ConversationSearch* m_search = nullptr; // Ctrl+F
    QString m_stateText; // why we are out, when we are
    bool m_subjectSeen = false; // the room's subject since joining has arrived
    enum class Retry {
        Join,
        Nickname,
        Password,
    } m_retry = Retry::Join;
};

} // namespace Palaver::Gui

// ConversationWidget: one conversation: who it is with and how they are, the messages, the
// peer's typing, and the input with sending, correcting, retrying and searching.
#pragma once

#include "ChatTab.h"

#include <memory>

namespace Ui {
class ConversationWidget;
}

namespace Palaver::Im {
class Account;
} // namespace Palaver::Im

namespace Palaver::Gui {

class AvatarRenderer;
class ConversationSearch;
class MessageActions;

class ConversationWidget : public ChatTab
{
    Q_OBJECT

public:
    ConversationWidget(Im::Account& account, const Xmpp::Jid& peer, QWidget* parent = nullptr);
    MessageActions& messageActions() { return *m_actions; }
    ~ConversationWidget() override;

    QString title() const override;
    QIcon icon() const override;
    void setAvatarPath(const QString& path);
    const QString& avatarPath() const { return m_avatarPath; }
    // Privacy settings: whether the peer may see typing and what was read.
    void setSendsChatStates(bool send) { m_sendChatStates = send; }
    void setSendsReadMarkers(bool send) { m_sendReadMarkers = send; }
    // The user is looking at this conversation: tell the peer what was read.
    void markRead() override;
    void focusInput() override;
    void setDraft(const QString& text) override;
    QString draft() const override;
    void showSearch();
    void reveal(qint64 id) override;
    bool isEditing() const override;

private:
    void send(const QString& text);
    void updateHeader();
    void updateGapBanner();
    void updateChatState();
    void onComposingChanged(bool composing);
    void openLink(const QString& url);
    void retry(const QModelIndex& index);
    QString peerName() const;
    // With a room's occupant, through the room (XEP-0045 §7.5).
    bool isPrivateChat() const;

    std::unique_ptr<Ui::ConversationWidget> m_ui;
    std::unique_ptr<AvatarRenderer> m_avatars;
    MessageActions* m_actions = nullptr; // the message menu, replies, reactions
    QString m_avatarPath;
    ConversationSearch* m_search = nullptr; // Ctrl+F
    bool m_sendChatStates = true;
    bool m_sendReadMarkers = true;
};

} // namespace Palaver::Gui

// ConversationWidget: one conversation: who it is with and how they are, the messages, the
// peer's typing, and the input with sending, correcting, retrying and searching.
#pragma once

#include "xmpp/core/Jid.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ConversationWidget;
}

namespace Palaver::Im {
class Account;
class MessagesModel;
} // namespace Palaver::Im

namespace Palaver::Gui {

class AvatarRenderer;

class ConversationWidget : public QWidget
{
    Q_OBJECT

public:
    ConversationWidget(Im::Account& account, const Xmpp::Jid& peer, QWidget* parent = nullptr);
    ~ConversationWidget() override;

    Im::Account& account() { return m_account; }
    const Xmpp::Jid& peer() const { return m_peer; }
    QString title() const;
    Im::MessagesModel& messages() { return *m_model; }
    void setAvatarPath(const QString& path);
    // Privacy settings: whether the peer may see typing and what was read.
    void setSendsChatStates(bool send) { m_sendChatStates = send; }
    void setSendsReadMarkers(bool send) { m_sendReadMarkers = send; }
    // The user is looking at this conversation: tell the peer what was read.
    void markRead();
    void focusInput();
    // Prefills the input, unless the user has already started writing there.
    void setDraft(const QString& text);
    QString draft() const;
    void showSearch();

Q_SIGNALS:
    void titleChanged();
    void xmppLinkActivated(const QString& uri);
    // Something arrived that the user has not seen.
    void incomingMessage();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void send(const QString& text);
    void startEditingLast();
    void stopEditing();
    void updateHeader();
    void updateChatState();
    void onComposingChanged(bool composing);
    void openLink(const QString& url);
    void retry(const QModelIndex& index);
    void search(const QString& text);
    void showMatch(int step);
    void revealRecord(qint64 id);
    QString peerName() const;

    std::unique_ptr<Ui::ConversationWidget> m_ui;
    Im::Account& m_account;
    Xmpp::Jid m_peer;
    Im::MessagesModel* m_model;
    std::unique_ptr<AvatarRenderer> m_avatars;
    QString m_avatarPath;
    QString m_editingId; // the message being corrected
    QList<qint64> m_matches; // search results, newest first
    int m_match = -1;
    qint64 m_revealing = 0;
    bool m_sendChatStates = true;
    bool m_sendReadMarkers = true;
};

} // namespace Palaver::Gui

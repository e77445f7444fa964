// ChatTab: what a tab of a conversation window shows, a one-to-one conversation or a group
// chat room: whose it is, its messages, its title and icon, and the input the user writes in.
#pragma once

#include "xmpp/core/Jid.h"

#include <QIcon>
#include <QWidget>

class QAbstractButton;
class QBoxLayout;
class QImage;
class QMenu;
class QPlainTextEdit;
class QSettings;

namespace Palaver::Im {
class Account;
class MessagesModel;
} // namespace Palaver::Im

namespace Palaver::Gui {

class SpellChecker;

class ChatTab : public QWidget
{
    Q_OBJECT

public:
    // peer: as the conversation is kept (bare, or an occupant's full address).
    ChatTab(Im::Account& account, const Xmpp::Jid& peer, QWidget* parent = nullptr);

    Im::Account& account() { return m_account; }
    // The contact, the room, or an occupant for a private chat.
    const Xmpp::Jid& peer() const { return m_peer; }
    // Its history, loaded page by page as the view scrolls up.
    Im::MessagesModel& messages() { return *m_model; }
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // The user is looking at it: what arrived counts as read.
    virtual void markRead() = 0;
    virtual void focusInput() = 0;
    // Prefills the input, unless the user has already started writing there.
    virtual void setDraft(const QString& text) = 0;
    virtual QString draft() const = 0;
    // Scrolls to a stored message (by its row id), loading older history as needed.
    virtual void reveal(qint64 id) = 0;
    // The input holds a message being corrected, which is no draft.
    virtual bool isEditing() const = 0;
    // The user closes the tab (a room's tab: they leave the room).
    virtual void closing() { }
    // The profile's settings, where the user's choices and the unsent draft of this
    // conversation are kept; a draft from an earlier run comes back into the input.
    void setSettings(QSettings* settings);
    // Checks the spelling of what is written here, in the language chosen for this
    // conversation (remembered in the settings) or the default one.
    void setSpellChecker(SpellChecker* checker);
    // How much this conversation may notify (NotificationLevel); null without settings.
    QMenu* notificationMenu(QWidget* parent);
    // Shares files here: each is uploaded and then sent (files over the server's limit are
    // refused at once, saying the limit). False when none could be offered.
    // keepOriginals: photos go as taken, with their metadata (place, camera).
    bool sendFiles(const QStringList& paths, bool keepOriginals = false);
    // A pasted picture: shown to the user to confirm, then shared as a PNG.
    bool sendPastedImage(const QImage& image);

Q_SIGNALS:
    // The title or the icon changed.
    void titleChanged();
    void xmppLinkActivated(const QString& uri);
    // Something arrived that the user has not seen.
    void incomingMessage();
    // The user wants a conversation with this address (an occupant, privately, say).
    void chatRequested(const Palaver::Xmpp::Jid& peer);

protected:
    // The server would not take a message this long: the text goes back into the input (which
    // has just cleared it) and the user is told why.
    void refuseTooLong(QPlainTextEdit* input, const QString& text);
    // The input whose text is kept as the draft, across restarts too.
    void keepDraftOf(QPlainTextEdit* input);
    // The button opens the emoji picker, which inserts into the input.
    void offerEmoji(QAbstractButton* button, QPlainTextEdit* input);
    // An attach button in the input's row, the files on their way above it, and files dropped
    // on the tab shared.
    void offerFiles(QBoxLayout* inputLayout, bool room);
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

    Im::Account& m_account;
    Xmpp::Jid m_peer;
    Im::MessagesModel* m_model;
    QSettings* m_settings = nullptr;

private:
    QString draftKey() const;
    QString settingsKey(const QString& group) const;
    void saveDraft();

    QPlainTextEdit* m_draftInput = nullptr;
    bool m_room = false;
    bool m_sharesFiles = false;
};

} // namespace Palaver::Gui

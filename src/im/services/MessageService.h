// MessageService: one account's one-to-one messages: sending (written before it goes on the
// wire), receiving live, as carbons and from the archive (stored before anything is
// acknowledged or receipted), delivery states, corrections and chat states.
#pragma once

#include "../storage/MessageStore.h"
#include "xmpp/modules/messaging/ReceivedMessage.h"
#include "xmpp/modules/xep0085_chatstates/ChatStatesModule.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Palaver::Xmpp {
class Client;
class MessageModule;
class ReceiptsModule;
class MarkersModule;
} // namespace Palaver::Xmpp

namespace Palaver::Im {

class OmemoService;
class RosterService;

class MessageService : public QObject
{
    Q_OBJECT

public:
    struct Modules
    {
        Xmpp::MessageModule* messages = nullptr;
        Xmpp::ReceiptsModule* receipts = nullptr;
        Xmpp::MarkersModule* markers = nullptr;
        Xmpp::ChatStatesModule* chatStates = nullptr;
    };

    MessageService(Xmpp::Client& client, const Modules& modules, MessageStore& store,
        RosterService& roster, QObject* parent = nullptr);

    QString account() const;
    MessageStore& store() { return m_store; }

    // Stores the message as pending, then sends it (or queues it until connected).
    // False, with nothing stored or sent, when the text is too long for the server to take.
    // answering: the message this one replies to (XEP-0461), quoted in a fallback body.
    // attachment: a file it shares (XEP-0066/0447), the body then being its address.
    bool sendMessage(const Xmpp::Jid& peer, const QString& body,
        const MessageRecord* answering = nullptr, const Xmpp::SharedFile& attachment = {});
    // XEP-0444: our whole set of reactions on the message, kept here and sent to the peer.
    void react(const Xmpp::Jid& peer, const MessageRecord& target, const QStringList& emojis);
    // XEP-0424: takes one of our messages back, here and at the peer (and our devices).
    bool retract(const Xmpp::Jid& peer, const MessageRecord& target);
    // How other messages name this one: its id in a chat (ours: the origin-id, the same).
    static QString referenceId(const MessageRecord& record);
    // What a reply quotes of the message it answers: its first lines.
    static QString quoteOf(const QString& body);
    // XEP-0308: replaces the text of one of our messages, here and at the peer.
    bool correctMessage(const Xmpp::Jid& peer, const QString& messageId, const QString& body);
    // Sends a stored message again (one that failed, say), with the same id.
    void resend(const MessageRecord& record);
    void sendChatState(const Xmpp::Jid& peer, Xmpp::ChatState state);
    // The user has seen the conversation up to this incoming message.
    void markDisplayed(const Xmpp::Jid& peer, qint64 conversationId, const QString& lastMessageId);

    // Handles received messages: stores what has content, applies receipts, markers,
    // corrections and errors in order. live: they came over the stream now (receipts may
    // be sent). done runs once everything is committed.
    void process(const QList<Xmpp::ReceivedMessage>& messages, bool live, bool countsAsUnread,
        QObject* context, std::function<void(const QList<MessageStore::Stored>&)> done);

    Xmpp::ChatState peerChatState(const Xmpp::Jid& peer) const;

    // Which bare addresses are rooms: with one of those, a full address is an occupant, and a
    // private chat with them is a conversation of its own (XEP-0045 §7.5).
    void setRoomCheck(std::function<bool(const Xmpp::Jid&)> isRoom)
    {
        m_isRoom = std::move(isRoom);
    }
    bool isPrivateChat(const Xmpp::Jid& peer) const;
    // End-to-end encryption: messages to contacts it encrypts for are sealed before they
    // leave, and encrypted ones opened as they arrive.
    void setOmemo(OmemoService* omemo) { m_omemo = omemo; }
    // The address a conversation is kept under: the bare one, or an occupant's full one.
    Xmpp::Jid conversationPeer(const Xmpp::Jid& address) const;
    Xmpp::Jid conversationPeer(const Xmpp::ReceivedMessage& received);

    // For the rooms' service, which shares history and its announcements with chats: stores
    // records and announces the new ones with messagesStored; moves our message with this id
    // forward (never back).
    void storeAndAnnounce(const QList<MessageRecord>& records, QObject* context,
        std::function<void(const QList<MessageStore::Stored>&)> done);
    void advance(const QString& peer, const QString& id, MessageRecord::State state,
        const QString& error = {});
    // A failed message going out again: pending once more (states otherwise only advance).
    void markPending(const MessageRecord& record);
    // What later messages do to stored ones, written and then announced (messageCorrected,
    // reactionsChanged, messageRetracted); nothing when the reviser may not. done runs once
    // the write is through, whatever it changed.
    void applyCorrection(const QString& peer, const Reviser& reviser, const QString& id,
        const QString& body, std::function<void()> done = {});
    void applyReactions(const QString& peer, const QString& id, const QString& reactor,
        const QStringList& emojis, std::function<void()> done = {});
    void applyRetraction(const QString& peer, const Reviser& reviser, const QString& id,
        std::function<void()> done = {});
    // XEP-0425: a moderator's retraction, by the room's stanza id (announced by the room).
    void applyModeration(const QString& peer, const QString& stanzaId, const QString& reason,
        std::function<void()> done = {});

Q_SIGNALS:
    // Rows new to history, in batches (at most one per event loop turn).
    void messagesStored(const QList<Palaver::Im::MessageStore::Stored>& stored);
    void messageStatesChanged(const QList<qint64>& ids, Palaver::Im::MessageRecord::State state);
    void messageCorrected(const Palaver::Im::MessageRecord& record);
    // A stored message's reactions now (rows are unique across conversations).
    void reactionsChanged(qint64 row, const QList<Palaver::Im::Reaction>& reactions);
    // A stored message was taken back by its sender, or a room's moderator (with a reason).
    void messageRetracted(qint64 row, bool moderated = false, const QString& reason = {});
    // The archive or room id of one of our stored messages became known.
    void archiveIdLearned(qint64 row, const QString& archiveId);
    // Another of our devices showed the conversation up to its newest message (XEP-0333).
    void readElsewhere(const QString& peer);
    void chatStateChanged(const Palaver::Xmpp::Jid& peer, Palaver::Xmpp::ChatState state);
    // A live message with an archive id is safely stored (the archive catch-up follows it).
    void liveArchiveIdStored(const QString& archiveId, const QDateTime& timestamp);

private:
    struct Action;

    void onReceived(const Xmpp::ReceivedMessage& message);
    void onAcknowledged(const QList<Xmpp::XmlElement>& stanzas);
    void onSessionStarted(bool resumed);
    void transmit(const MessageRecord& record, const QString& replaces = {});
    // done runs once a correction, reaction or retraction is committed (not if it failed).
    void apply(const Action& action, std::function<void()> done = {});
    // Whether a reaction or retraction from this sender may touch the conversation.
    bool mayRevise(const Xmpp::ReceivedMessage& received, const Xmpp::Jid& peer) const;
    void queueStored(const QList<MessageStore::Stored>& stored);

    Xmpp::Client& m_client;
    Modules m_modules;
    MessageStore& m_store;
    RosterService& m_roster;
    OmemoService* m_omemo = nullptr;
    QHash<QString, QString> m_inFlight; // message id -> peer, until our server has it
    QHash<Xmpp::Jid, Xmpp::ChatState> m_peerStates;
    QHash<qint64, QString> m_markedDisplayed; // conversation -> the message last marked read
    QList<MessageStore::Stored> m_storedBatch;
    QTimer m_storedFlush;
    bool m_resentPending = false;
    std::function<bool(const Xmpp::Jid&)> m_isRoom;
    QSet<Xmpp::Jid> m_privatePeers; // occupants we chat with privately
};

} // namespace Palaver::Im

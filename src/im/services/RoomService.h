// RoomService: one account's group chat rooms (XEP-0045): which are open, their messages
// written to history (the room is the conversation, the occupant the sender) before they are
// shown, our own messages pending until the room echoes them, and after each join the room's
// archive (XEP-0313) read from the last message we have, de-duplicated by the room's ids.
#pragma once

#include "../storage/MessageStore.h"
#include "RoomRevisions.h"
#include "xmpp/core/Jid.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Palaver::Xmpp {
class Client;
class MamModule;
class DiscoModule;
class MucModule;
class MucRoom;
class PresenceModule;
struct MucInvitation;
struct MucMessage;
} // namespace Palaver::Xmpp

namespace Palaver::Im {

class MessageService;
class OmemoService;

class RoomService : public QObject
{
    Q_OBJECT

public:
    // Messages the room sends when we join (its own short history) and the most an archive
    // catch-up reads after a long absence.
    static constexpr int JoinHistory = 20;
    static constexpr int CatchUpLimit = 1000;
    static constexpr int MaxCatchUpPages = 40;
    static constexpr int MaxRoomChecks = 200;
    static constexpr int CatchUpPage = 100;
    // XEP-0410: a room silent this long is asked whether we are still in it.
    static constexpr int SelfPingAfterSeconds = 15 * 60;

    struct Modules
    {
        Xmpp::MucModule& muc;
        Xmpp::MamModule& mam;
        Xmpp::PresenceModule& presence; // our own show and status, which rooms show too
        Xmpp::DiscoModule& disco; // whether a room keeps an archive
    };

    RoomService(Xmpp::Client& client, const Modules& modules, MessageService& messages,
        QObject* parent = nullptr);

    QString account() const;
    // The rooms the user has open (joined, joining, or out with a reason to show).
    QList<Xmpp::MucRoom*> rooms() const { return m_open.values(); }
    Xmpp::MucRoom* room(const Xmpp::Jid& jid) const { return m_open.value(jid.bare()); }
    Xmpp::MucRoom* join(const Xmpp::Jid& room, const QString& nick, const QString& password = {});
    // Leaves the room and closes it.
    void close(const Xmpp::Jid& room);
    // Stores the message as pending, then sends it; the room's echo marks it sent.
    // False, with nothing stored or sent, when the text is too long for the server to take.
    // answering: the message this one replies to (XEP-0461), by the room's id for it.
    // attachment: a file it shares (XEP-0066/0447), the body then being its address.
    bool sendMessage(const Xmpp::Jid& room, const QString& body,
        const MessageRecord* answering = nullptr, const Xmpp::SharedFile& attachment = {});
    // XEP-0308: replaces the text of one of our messages in the room.
    bool correctMessage(const Xmpp::Jid& room, const QString& messageId, const QString& body);
    // XEP-0444: our whole set of reactions on a message the room has given an id. A room that
    // restricts reactions may refuse it: ours go back to what they were (reactionRefused).
    void react(const Xmpp::Jid& room, const MessageRecord& target, const QStringList& emojis);
    // XEP-0424: takes one of our messages back, for everyone in the room.
    bool retract(const Xmpp::Jid& room, const MessageRecord& target);
    // XEP-0425: as a moderator, takes anyone's message back; done gets the room's refusal.
    void moderate(const Xmpp::Jid& room, const MessageRecord& target, const QString& reason,
        QObject* context, Xmpp::MucRoom::Done done);
    void resend(const MessageRecord& record);
    bool isCatchingUp(const Xmpp::Jid& room) const { return m_catchingUp.contains(room.bare()); }
    // End-to-end encryption (OMEMO) for rooms that allow it: members-only rooms that show
    // everyone's address (XEP-0384 §5.4). Known once the room has been asked (privacyKnown).
    void setOmemo(OmemoService* omemo) { m_omemo = omemo; }
    bool allowsEncryption(const Xmpp::Jid& room) const { return m_private.contains(room.bare()); }
    // Through the room, which passes it on (and can let the invitee into a members-only room).
    void invite(const Xmpp::Jid& room, const Xmpp::Jid& invitee, const QString& reason = {});
    void decline(const Xmpp::MucInvitation& invitation, const QString& reason = {});

Q_SIGNALS:
    void roomOpened(Palaver::Xmpp::MucRoom* room);
    void roomClosed(const Palaver::Xmpp::Jid& room);
    void catchUpFinished(const Palaver::Xmpp::Jid& room, int messages);
    // The room's archive did not bring everything since we were last there.
    void gapLeft(const Palaver::Xmpp::Jid& room, const QDateTime& since);
    void invitationReceived(const Palaver::Xmpp::MucInvitation& invitation);
    void invitationDeclined(
        const Palaver::Xmpp::Jid& room, const Palaver::Xmpp::Jid& invitee, const QString& reason);
    // The room refused our reaction (XEP-0444 §4.3); it is undone here.
    void reactionRefused(const Palaver::Xmpp::Jid& room, const QString& why);
    // Whether the room allows encryption is known (again).
    void privacyKnown(const Palaver::Xmpp::Jid& room);

private:
    void checkInvitation(const Xmpp::MucInvitation& invitation);
    void watch(Xmpp::MucRoom* room);
    void onJoined(Xmpp::MucRoom* room);
    // Asks the room whether it keeps an archive (XEP-0313), then runs then.
    void checkArchive(Xmpp::MucRoom* room, std::function<void()> then);
    void onMessage(Xmpp::MucRoom* room, const Xmpp::MucMessage& message);
    void flush();
    void pingQuietRooms();
    void catchUp(const Xmpp::Jid& room, const QString& afterId, QDateTime floor, int received,
        int pages = 0);
    void sendPending(Xmpp::MucRoom* room);
    void onError(Xmpp::MucRoom* room, const QString& id, const Xmpp::StanzaError& error);
    MessageRecord recordOf(const Xmpp::Jid& room, const Xmpp::MucMessage& message,
        MessageRecord::Protection protection = MessageRecord::Protection::None,
        const QString& problem = {}) const;
    // What the message changes in an earlier one, if anything, read as decrypted.
    RoomRevisions::Revision revisionOf(const Xmpp::Jid& room, const Xmpp::MucMessage& message,
        MessageRecord::Protection protection) const;
    // Decrypts an encrypted message in place; false for one that carries nothing to keep.
    bool open(Xmpp::MucMessage& message, MessageRecord::Protection* protection, QString* problem);
    void transmit(Xmpp::MucRoom* room, const MessageRecord& record);

    Xmpp::Client& m_client;
    Xmpp::MucModule& m_muc;
    Xmpp::MamModule& m_mam;
    Xmpp::PresenceModule& m_presence;
    Xmpp::DiscoModule& m_disco;
    MessageService& m_messages;
    OmemoService* m_omemo = nullptr;
    QSet<Xmpp::Jid> m_private; // rooms that allow encryption
    QHash<Xmpp::Jid, Xmpp::MucRoom*> m_open;
    QSet<Xmpp::Jid> m_archiveChecked; // rooms asked whether they keep an archive
    QHash<Xmpp::Jid, int> m_catchingUp; // room -> generation, while its archive is read
    QHash<Xmpp::Jid, QDateTime> m_catchUpSince; // where it began
    QSet<Xmpp::Jid> m_confirmedRooms; // that passed on invitations and are rooms
    QSet<Xmpp::Jid> m_confirmingRooms;
    int m_generation = 0;
    // Live messages of this event-loop turn, written in one job; the stream's acknowledgement
    // waits for them (XEP-0198).
    QList<MessageRecord> m_batch;
    QList<RoomRevisions::Revision> m_revisions; // applied after the batch, in order
    QList<quint64> m_holds;
    RoomRevisions m_revise;
    struct SentReaction
    {
        QString stanzaId;
        Xmpp::Jid room;
        QString target;
        QStringList before;
    };
    QList<SentReaction> m_sentReactions; // the latest, in case the room refuses them

    QTimer m_flush;
    QTimer m_selfPing;
};

} // namespace Palaver::Im

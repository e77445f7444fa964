// MucRoom: one group chat room we are in or joining (XEP-0045): who is there with which role
// and affiliation, the subject, the messages, and why we left. Only stanzas from the room's
// own address are believed; the module hands them here.
#pragma once

#include "../../core/Jid.h"
#include "../../core/Message.h"
#include "../../core/Presence.h"
#include "../../core/StanzaError.h"
#include "../xep0004_dataforms/DataForm.h"

#include <QDateTime>
#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

namespace Palaver::Xmpp {

class Client;

enum class MucRole {
    None,
    Visitor,
    Participant,
    Moderator,
};

enum class MucAffiliation {
    None,
    Outcast,
    Member,
    Admin,
    Owner,
};

struct MucOccupant
{
    QString nick;
    MucRole role = MucRole::None;
    MucAffiliation affiliation = MucAffiliation::None;
    Jid realJid; // only when the room shows it to us
    Presence::Show show = Presence::Show::Online;
    QString status;
};

struct MucMessage
{
    QString nick; // empty for the room itself
    Jid realJid; // the occupant's real bare address, where the room shows it
    Message stanza; // the whole message: what it does to others (reactions, corrections…)
    QString body; // empty for a message that only acts on another
    QString id;
    QString stanzaId; // the room's own id (XEP-0359), for de-duplication
    QDateTime timestamp; // UTC: when it came, or for history the room's own stamp
    bool history = false; // sent again by the room on joining, or read from its archive
    QDateTime sentAt; // when the sender says it was sent (XEP-0203), if it says so
    bool own = false;
};

class MucRoom : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Left,
        Joining,
        Joined,
    };
    Q_ENUM(State)

    // Why we are no longer in the room.
    enum class Exit {
        Left, // we asked
        Kicked, // 307
        Banned, // 301
        AffiliationChanged, // 321: members only now, and we are not one
        MembersOnly, // 322
        Shutdown, // 332
        Error, // the room or its service sent an error
    };
    Q_ENUM(Exit)

    // done gets no error on success, else the room's refusal.
    using Done = std::function<void(const std::optional<StanzaError>& error)>;

    MucRoom(Client& client, const Jid& room, QObject* parent = nullptr);

    const Jid& jid() const { return m_jid; }
    const QString& nick() const { return m_nick; }
    State state() const { return m_state; }
    const QMap<QString, MucOccupant>& occupants() const { return m_occupants; }
    const QString& subject() const { return m_subject; }
    // Our last join made the room (status 201): its settings are the service's defaults.
    bool wasCreated() const { return m_created; }
    // What we joined with, to pass on in an invitation.
    const QString& password() const { return m_password; }

    // historySince: the room's history from then on instead of its last historyStanzas.
    void join(const QString& nick, const QString& password = {}, int historyStanzas = 20,
        const std::optional<QDateTime>& historySince = {});
    // After a connection that could not be resumed: in again, with what we joined with. The
    // time since then comes from the room's archive, or without one from its history.
    void rejoin();
    // Whether the room keeps an archive (XEP-0313), as its disco#info says; assumed until known.
    void setArchived(bool archived) { m_archived = archived; }
    // XEP-0359 §4: the room's stanza-ids are believed only if it says it stamps them.
    void setStampsStanzaIds(bool stamps) { m_stampsStanzaIds = stamps; }
    bool isArchived() const { return m_archived; }
    // How we are (away, busy…) as the room shows it: sent with joining and, once in, at once.
    void setOwnPresence(Presence::Show show, const QString& status);
    // The message's id (the one given, or a new one), to match the room's echo.
    QString sendMessage(const QString& body, const QString& id = {});
    // A message we built (a reply, a reaction, a correction…) sent to the room as ours.
    QString sendMessage(Message message);
    // XEP-0425: how the room lets moderators take messages back, as its disco#info says.
    enum class Moderation {
        None,
        Fastening, // urn:xmpp:message-moderate:0, through XEP-0422 fastening
        Current, // urn:xmpp:message-moderate:1
    };
    void setModeration(Moderation moderation) { m_moderation = moderation; }
    Moderation moderation() const { return m_moderation; }
    // Asks the room to take back the message with the room's stanza id, for everyone.
    void moderate(const QString& stanzaId, const QString& reason, QObject* context, Done done);
    void setSubject(const QString& subject);
    void changeNick(const QString& nick);
    // Leaves at once (exited(Left) now), telling the room.
    void leave(const QString& status = {});
    // XEP-0410: asks the room whether we are still in it; when it says no, joins again.
    void selfPing();
    // When the room last sent us anything: a room that talks needs no ping.
    const QDateTime& lastHeard() const { return m_lastHeard; }

    // A private message to one occupant, through the room (§7.5); its id.
    QString sendPrivateMessage(const QString& nick, const QString& body);

    // What an occupant may do to others (§8-§10): moderators change roles (kick is role
    // none), admins and owners change affiliations (ban is outcast).
    void setRole(
        const QString& nick, MucRole role, const QString& reason, QObject* context, Done done);
    void setAffiliation(const Jid& user, MucAffiliation affiliation, const QString& reason,
        QObject* context, Done done);
    // In a moderated room, visitors may not speak (§7.4), nor react or correct.
    bool canSpeak() const;
    bool canModerate() const;
    bool canChangeAffiliations() const;
    bool isOwner() const;
    // The bare addresses of the room's members, admins and owners, as far as the room shows
    // them to us (members-only rooms show members their lists).
    void requestMembers(QObject* context, std::function<void(const QList<Jid>&)> done);
    // The room's configuration form (§10.2), to be filled in and submitted.
    void requestConfiguration(QObject* context,
        std::function<void(const std::optional<DataForm>& form, const StanzaError& error)> done);
    void submitConfiguration(const DataForm& form, QObject* context, Done done);

    // The author's real address as the room recorded it in a message it passes on again
    // (history, archive: muc#user item), where the room shows it; else invalid.
    static Jid authorOf(const Message& message);

    // From the module: stanzas whose sender is this room.
    void handlePresence(const Presence& presence);
    void handleMessage(const Message& message);

Q_SIGNALS:
    void joined();
    void joinFailed(const Palaver::Xmpp::StanzaError& error);
    void exited(Palaver::Xmpp::MucRoom::Exit reason, const QString& text);
    void occupantJoined(const QString& nick);
    void occupantChanged(const QString& nick);
    // Why: Left for an ordinary departure, or kicked, banned... with the moderator's reason.
    void occupantLeft(
        const QString& nick, Palaver::Xmpp::MucRoom::Exit exit, const QString& reason);
    void occupantRenamed(const QString& oldNick, const QString& newNick);
    void nickChanged(const QString& nick);
    void subjectChanged(const QString& subject, const QString& byNick);
    // Someone changed the room's configuration: what it allows may differ now.
    void configurationChanged();
    void messageReceived(const Palaver::Xmpp::MucMessage& message);
    // A message of ours (by its id) the room refused, or any other error it sent.
    void errorReceived(const QString& id, const Palaver::Xmpp::StanzaError& error);

private:
    void handleSelfUnavailable(const QList<int>& codes, const XmlElement& item);
    static Exit exitFrom(const QList<int>& codes);
    // Available, with our show and status, to this occupant address.
    Presence ownPresence(const Jid& occupant) const;
    void sendAdminItem(const XmlElement& item, QObject* context, Done done);
    const MucOccupant* self() const;
    void acceptInstantRoom();

    Client& m_client;
    Jid m_jid;
    QString m_nick;
    QString m_password;
    Presence::Show m_show = Presence::Show::Online;
    QString m_status;
    State m_state = State::Left;
    QMap<QString, MucOccupant> m_occupants;
    QString m_subject;
    QDateTime m_lastHeard;
    bool m_created = false;
    bool m_historyPhase = false; // joining, until the subject comes
    bool m_archived = true;
    bool m_stampsStanzaIds = false;
    bool m_pinging = false;
    Moderation m_moderation = Moderation::None;
};

} // namespace Palaver::Xmpp

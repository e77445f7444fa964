#include "RoomService.h"

#include "MessageService.h"
#include "OmemoService.h"
#include "xmpp/Client.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/messaging/MessageExtensions.h"
#include "xmpp/modules/messaging/MessageReferences.h"
#include "xmpp/modules/presence/PresenceModule.h"
#include "xmpp/modules/xep0030_disco/DiscoModule.h"
#include "xmpp/modules/xep0045_muc/MucModule.h"
#include "xmpp/modules/xep0313_mam/MamModule.h"

#include <QLoggingCategory>
#include <QUuid>

using namespace Palaver::Xmpp;

Q_LOGGING_CATEGORY(lcRooms, "palaver.im.rooms")

namespace Palaver::Im {
namespace {
constexpr auto Unreadable = MessageRecord::Protection::Unreadable;
} // namespace

namespace {
MessageRecord recordFor(
    const QString& account, const Jid& room, const QString& nick, const QString& body, bool own)
{
    MessageRecord record;
    record.account = account;
    record.peer = room.toString();
    record.kind = ConversationKind::Room;
    record.outgoing = own;
    record.sender = nick.isEmpty() ? room.toString() : room.withResource(nick).toString();
    record.body = body;
    record.state = own ? MessageRecord::State::Sent : MessageRecord::State::Received;
    return record;
}
} // namespace

RoomService::RoomService(
    Client& client, const Modules& modules, MessageService& messages, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_muc(modules.muc)
    , m_mam(modules.mam)
    , m_presence(modules.presence)
    , m_disco(modules.disco)
    , m_messages(messages)
    , m_revise(messages, client.settings().jid.bare().toString())
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &RoomService::flush);
    m_selfPing.setInterval(60 * 1000);
    connect(&m_selfPing, &QTimer::timeout, this, &RoomService::pingQuietRooms);
    m_selfPing.start();
    connect(&m_presence, &PresenceModule::ownPresenceChanged, this, [this] {
        for (MucRoom* room : std::as_const(m_open)) {
            room->setOwnPresence(m_presence.ownShow(), m_presence.ownStatus());
        }
    });
    connect(&m_muc, &MucModule::invitationReceived, this, &RoomService::checkInvitation);
    connect(&m_muc, &MucModule::invitationDeclined, this, &RoomService::invitationDeclined);
}

// A mediated invitation (XEP-0045 §7.8.2) speaks for the room that passes it on and names the
// inviter only as that room says: it is believed only from an address that is a room (a
// room we know, or one whose disco#info says it is a text conference).
void RoomService::checkInvitation(const MucInvitation& invitation)
{
    if (!invitation.mediated || m_muc.existingRoom(invitation.room)
        || m_confirmedRooms.contains(invitation.room)) {
        Q_EMIT invitationReceived(invitation);
        return;
    }
    if (m_confirmingRooms.size() >= MaxRoomChecks) {
        qCWarning(lcRooms) << "too many invitations waiting for their room; dropping one from"
                           << invitation.room.toString();
        return;
    }
    m_confirmingRooms.insert(invitation.room);
    m_disco.requestInfo(invitation.room, {}, this,
        [this, invitation](const std::optional<DiscoInfo>& info, const StanzaError&) {
            m_confirmingRooms.remove(invitation.room);
            if (!info || !info->hasIdentity(u"conference", u"text")) {
                qCWarning(lcRooms) << "dropping an invitation from" << invitation.room.toString()
                                   << "which is no room";
                return;
            }
            if (m_confirmedRooms.size() < MaxRoomChecks) {
                m_confirmedRooms.insert(invitation.room);
            }
            Q_EMIT invitationReceived(invitation);
        });
}

// A server can drop us from a room without telling us (a restart, a lost link between
// servers); only asking finds out.
void RoomService::pingQuietRooms()
{
    if (!m_client.isConnected()) {
        return;
    }
    const QDateTime quietSince = QDateTime::currentDateTimeUtc().addSecs(-SelfPingAfterSeconds);
    for (MucRoom* room : std::as_const(m_open)) {
        if (room->state() == MucRoom::State::Joined && room->lastHeard() < quietSince) {
            room->selfPing();
        }
    }
}

void RoomService::invite(const Jid& room, const Jid& invitee, const QString& reason)
{
    m_muc.invite(room, invitee, reason);
}

void RoomService::decline(const MucInvitation& invitation, const QString& reason)
{
    m_muc.decline(invitation, reason);
}

QString RoomService::account() const
{
    return m_client.settings().jid.bare().toString();
}

MucRoom* RoomService::join(const Jid& jid, const QString& nick, const QString& password)
{
    MucRoom* room = m_muc.room(jid);
    room->setOwnPresence(m_presence.ownShow(), m_presence.ownStatus());
    if (!m_open.contains(room->jid())) {
        m_open.insert(room->jid(), room);
        watch(room);
        Q_EMIT roomOpened(room);
    }
    if (room->state() != MucRoom::State::Left) {
        return room;
    }
    // Where we have been before, the archive alone fills the gap, in its own order: the
    // room's short history would arrive first and put newer messages before older ones. A
    // room without an archive (or where we have nothing from it yet) sends its history since
    // the newest message we have: a room that never archived gives no archive ids at all.
    m_messages.store().archivePosition(account(), room->jid().toString(), room,
        [this, room, nick, password](const ArchivePosition& position) {
            if (!position.isValid() && !position.lastTime.isValid()) {
                // Never here before. Asked first all the same: the room's ids of the history
                // it sends on joining count only once we know it stamps them (XEP-0359).
                checkArchive(room, [room, nick, password] {
                    if (room->state() == MucRoom::State::Left) {
                        room->join(nick, password, JoinHistory);
                    }
                });
                return;
            }
            checkArchive(room, [room, nick, password, position] {
                if (room->state() != MucRoom::State::Left) {
                    return;
                }
                if (room->isArchived() && position.isValid()) {
                    room->join(nick, password, 0);
                } else {
                    room->join(nick, password, JoinHistory, position.lastTime);
                }
            });
        });
    return room;
}

void RoomService::checkArchive(MucRoom* room, std::function<void()> then)
{
    m_disco.requestInfo(room->jid(), {}, this,
        [this, room, then = std::move(then)](
            const std::optional<DiscoInfo>& info, const StanzaError&) {
            room->setArchived(info && info->hasFeature(Ns::Mam));
            room->setStampsStanzaIds(info && info->hasFeature(Ns::StanzaIds));
            room->setModeration(!info                      ? MucRoom::Moderation::None
                    : info->hasFeature(Ns::Moderate)       ? MucRoom::Moderation::Current
                    : info->hasFeature(Ns::ModerateLegacy) ? MucRoom::Moderation::Fastening
                                                           : MucRoom::Moderation::None);
            if (info && info->hasFeature(u"muc_membersonly")
                && info->hasFeature(u"muc_nonanonymous")) {
                m_private.insert(room->jid());
            } else {
                m_private.remove(room->jid());
            }
            Q_EMIT privacyKnown(room->jid());
            if (info) {
                m_archiveChecked.insert(room->jid()); // else asked again once in (a new room)
            }
            then();
        });
}

void RoomService::watch(MucRoom* room)
{
    connect(room, &MucRoom::joined, this, [this, room] { onJoined(room); });
    // Members only, or addresses shown, may have changed: whether it allows encryption too.
    connect(
        room, &MucRoom::configurationChanged, this, [this, room] { checkArchive(room, [] {}); });
    connect(room, &MucRoom::messageReceived, this,
        [this, room](const MucMessage& message) { onMessage(room, message); });
    connect(room, &MucRoom::errorReceived, this,
        [this, room](const QString& id, const StanzaError& error) { onError(room, id, error); });
}

void RoomService::close(const Jid& jid)
{
    MucRoom* room = m_open.take(jid.bare());
    if (!room) {
        return;
    }
    disconnect(room, nullptr, this, nullptr);
    m_catchingUp.remove(room->jid());
    room->leave();
    Q_EMIT roomClosed(room->jid());
}

bool RoomService::sendMessage(const Jid& jid, const QString& body, const MessageRecord* answering,
    const SharedFile& attachment)
{
    MucRoom* room = m_open.value(jid.bare());
    const QString quote = answering ? MessageService::quoteOf(answering->body) : QString();
    if (!room || !m_client.fitsInStanza(quote + body)) {
        return false;
    }
    MessageRecord record = recordFor(account(), room->jid(), room->nick(), body, true);
    record.timestamp = QDateTime::currentDateTimeUtc();
    record.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.originId = record.messageId;
    record.state = MessageRecord::State::Pending;
    record.attachment = attachment;
    // Shared files are not encrypted yet (XEP-0454): the window asks before sending them.
    if (m_omemo && attachment.isNull() && allowsEncryption(room->jid())
        && m_omemo->isEncrypting(room->jid())) {
        record.protection = MessageRecord::Protection::Trusted;
    }
    if (answering && !RoomRevisions::referenceId(*answering).isEmpty()) {
        record.replyTo = RoomRevisions::referenceId(*answering);
        record.replyQuote = quote;
    }
    // Written first, sent once committed: a crash in between leaves it pending, not lost.
    m_messages.storeAndAnnounce(
        {record}, this, [this, jid = room->jid()](const QList<MessageStore::Stored>& stored) {
            MucRoom* open = m_open.value(jid);
            if (!open || open->state() != MucRoom::State::Joined) {
                return; // sent once the room is joined again (sendPending)
            }
            for (const MessageStore::Stored& item : stored) {
                transmit(open, item.record);
            }
        });
    return true;
}

void RoomService::resend(const MessageRecord& record)
{
    MucRoom* room = m_open.value(Jid::fromString(record.peer));
    m_messages.markPending(record);
    if (room && room->state() == MucRoom::State::Joined) {
        transmit(room, record);
    }
}

void RoomService::transmit(MucRoom* room, const MessageRecord& record)
{
    Message message(Message::Type::GroupChat, room->jid(), record.body);
    if (!record.replyTo.isEmpty()) {
        setReply(message, {record.replyTo, {}}, record.replyQuote, record.body);
    }
    if (!record.attachment.isNull()) {
        setSharedFile(message, record.attachment);
    }
    message.setId(record.messageId);
    setOriginId(message, record.messageId); // XEP-0359: rooms that rewrite ids keep this one
    if (record.protection == MessageRecord::Protection::None) {
        room->sendMessage(message);
        return;
    }
    // Written to be encrypted, so never sent readable.
    const auto fail = [this, record](const QString& problem) {
        m_messages.advance(record.peer, record.messageId, MessageRecord::State::Failed, problem);
    };
    if (!m_omemo) {
        fail(OmemoService::Problem::NotReady);
        return;
    }
    m_omemo->sealForRoom(message, *room, room,
        [room, fail](const std::optional<Message>& sealed, const QString& problem) {
            if (sealed) {
                room->sendMessage(*sealed);
            } else {
                fail(problem);
            }
        });
}

RoomRevisions::Revision RoomService::revisionOf(
    const Jid& room, const MucMessage& message, MessageRecord::Protection protection) const
{
    // One this device cannot read has no text, but is no revision either.
    return protection == Unreadable ? RoomRevisions::Revision()
                                    : m_revise.revisionOf(room, message);
}

bool RoomService::open(MucMessage& message, MessageRecord::Protection* protection, QString* problem)
{
    if (!m_omemo) {
        return true;
    }
    const OmemoService::Opened opened = m_omemo->open(message);
    if (opened.kind == OmemoService::Opened::Kind::OwnCopy) {
        // The room's echo of what this device sent marks ours sent (by its id); a correction
        // was applied when it was sent.
        *protection = MessageRecord::Protection::Unreadable;
        *problem = OmemoService::Problem::NotForThisDevice;
        return replacedId(message.stanza).isEmpty();
    }
    *protection = opened.protection;
    *problem = opened.problem;
    return opened.kind != OmemoService::Opened::Kind::KeyTransport;
}

bool RoomService::correctMessage(const Jid& jid, const QString& messageId, const QString& body)
{
    MucRoom* room = m_open.value(jid.bare());
    if (!room || room->state() != MucRoom::State::Joined || !m_client.fitsInStanza(body)) {
        return false;
    }
    m_revise.correct(*room, messageId, body);
    return true;
}

void RoomService::react(const Jid& jid, const MessageRecord& target, const QStringList& emojis)
{
    MucRoom* room = m_open.value(jid.bare());
    if (!room || room->state() != MucRoom::State::Joined) {
        return;
    }
    QStringList before;
    for (const Reaction& reaction : target.reactions) {
        if (reaction.reactor == account()) {
            before = reaction.emojis;
        }
    }
    const QString id = m_revise.react(*room, target, emojis);
    if (id.isEmpty()) {
        return;
    }
    constexpr int RememberedReactions = 50;
    if (m_sentReactions.size() >= RememberedReactions) {
        m_sentReactions.removeFirst();
    }
    m_sentReactions.append({id, room->jid(), RoomRevisions::referenceId(target), before});
}

bool RoomService::retract(const Jid& jid, const MessageRecord& target)
{
    MucRoom* room = m_open.value(jid.bare());
    return room && room->state() == MucRoom::State::Joined && m_revise.retract(*room, target);
}

void RoomService::moderate(const Jid& jid, const MessageRecord& target, const QString& reason,
    QObject* context, MucRoom::Done done)
{
    MucRoom* room = m_open.value(jid.bare());
    if (!room || RoomRevisions::referenceId(target).isEmpty()) {
        done(StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::ItemNotFound));
        return;
    }
    // The room announces the retraction to everyone, us included: that is when it goes here.
    room->moderate(RoomRevisions::referenceId(target), reason, context, std::move(done));
}

void RoomService::onError(MucRoom* room, const QString& id, const StanzaError& error)
{
    for (qsizetype i = 0; i < m_sentReactions.size(); ++i) {
        const SentReaction sent = m_sentReactions.at(i);
        if (sent.stanzaId != id || sent.room != room->jid()) {
            continue;
        }
        m_sentReactions.removeAt(i);
        m_messages.applyReactions(sent.room.toString(), sent.target, account(), sent.before);
        Q_EMIT reactionRefused(room->jid(), error.text());
        return;
    }
}

void RoomService::onJoined(MucRoom* room)
{
    sendPending(room);
    if (!m_archiveChecked.contains(room->jid())) {
        checkArchive(room, [] {}); // for rejoining after a cut connection
    }
    const Jid jid = room->jid();
    const int generation = ++m_generation;
    m_catchingUp.insert(jid, generation);
    m_messages.store().archivePosition(
        account(), jid.toString(), this, [this, jid, generation](const ArchivePosition& position) {
            if (m_catchingUp.value(jid) != generation) {
                return;
            }
            if (!position.isValid()) {
                // Never here before: the room's own history on joining is enough.
                m_catchingUp.remove(jid);
                Q_EMIT catchUpFinished(jid, 0);
                return;
            }
            m_catchUpSince.insert(jid, position.lastTime);
            catchUp(jid, position.lastId, position.lastTime, 0);
        });
}

// Archive stamps have whole seconds, live messages milliseconds: an archived message is never
// put before the newest one we had (floor), so history keeps the archive's order.
void RoomService::catchUp(
    const Jid& jid, const QString& afterId, QDateTime floor, int received, int pages)
{
    const int generation = m_catchingUp.value(jid);
    MamModule::Query query;
    query.archive = jid;
    query.afterId = afterId;
    query.max = CatchUpPage;
    m_mam.queryPage(query, this,
        [this, jid, generation, received, floor, afterId, pages](
            const std::optional<MamModule::Page>& page, const StanzaError& error) {
            MucRoom* room = m_open.value(jid);
            if (!room || m_catchingUp.value(jid) != generation) {
                return;
            }
            if (!page) {
                // Rooms without an archive answer with an error: the join history is all.
                // One that no longer knows where we stopped leaves a gap.
                qCDebug(lcRooms) << "no archive catch-up for" << jid.toString()
                                 << StanzaError::conditionName(error.condition());
                m_catchingUp.remove(jid);
                if (error.condition() == StanzaError::Condition::ItemNotFound) {
                    Q_EMIT gapLeft(jid, m_catchUpSince.value(jid));
                }
                Q_EMIT catchUpFinished(jid, received);
                return;
            }
            QList<MessageRecord> records;
            QList<RoomRevisions::Revision> revisions;
            QDateTime newest = floor;
            for (const ReceivedMessage& item : page->messages) {
                const Message& message = item.message;
                if (message.type() != Message::Type::GroupChat || message.from().bare() != jid) {
                    continue;
                }
                MucMessage archived;
                archived.nick = message.from().resource();
                archived.own = !archived.nick.isEmpty() && archived.nick == room->nick();
                archived.history = true;
                archived.realJid = MucRoom::authorOf(message);
                archived.stanza = message;
                archived.id = message.id();
                archived.stanzaId = item.archiveId;
                auto protection = MessageRecord::Protection::None;
                QString problem;
                if (!open(archived, &protection, &problem)) {
                    continue;
                }
                if (RoomRevisions::Revision revision = revisionOf(jid, archived, protection)) {
                    revisions.append(std::move(revision));
                    continue;
                }
                MessageRecord record = recordOf(jid, archived, protection, problem);
                record.timestamp = qMax(item.timestamp, newest);
                newest = record.timestamp;
                record.sentAt = item.sentAt;
                record.countsAsUnread = true;
                records.append(record);
            }
            const int total = received + records.size();
            // On while the archive moves on, within bounds (pages of nothing but presence or
            // the same page again would otherwise go on for ever).
            const bool more = !page->complete && !page->lastId.isEmpty() && page->lastId != afterId
                && total < CatchUpLimit && pages + 1 < MaxCatchUpPages;
            const QString next = page->lastId;
            const bool gap = !page->complete && !more;
            m_messages.storeAndAnnounce(records, this,
                [this, jid, generation, more, gap, next, newest, total, pages](
                    const QList<MessageStore::Stored>&) {
                    if (m_catchingUp.value(jid) != generation) {
                        return;
                    }
                    if (more) {
                        catchUp(jid, next, newest, total, pages + 1);
                        return;
                    }
                    if (gap) {
                        Q_EMIT gapLeft(jid, newest);
                    }
                    m_catchingUp.remove(jid);
                    Q_EMIT catchUpFinished(jid, total);
                });
            for (const RoomRevisions::Revision& revision : std::as_const(revisions)) {
                revision([] {}); // after the page's messages, which they may name
            }
        });
}

void RoomService::sendPending(MucRoom* room)
{
    const Jid jid = room->jid();
    m_messages.store().pending(
        account(), ConversationKind::Room, this, [this, jid](const QList<MessageRecord>& pending) {
            MucRoom* open = m_open.value(jid);
            if (!open || open->state() != MucRoom::State::Joined) {
                return;
            }
            for (const MessageRecord& record : pending) {
                if (record.peer == jid.toString()) {
                    transmit(open, record);
                }
            }
        });
}

MessageRecord RoomService::recordOf(const Jid& room, const MucMessage& message,
    MessageRecord::Protection protection, const QString& problem) const
{
    MessageRecord record = recordFor(
        account(), room, message.nick, bodyWithoutFallback(message.stanza), message.own);
    record.senderIdentity = message.realJid.toString();
    record.messageId = message.id;
    record.originId = originId(message.stanza);
    record.archiveId = message.stanzaId;
    record.attachment = sharedFileOf(message.stanza);
    record.protection = protection;
    record.errorText = problem;
    if (const std::optional<Reply> reply = replyOf(message.stanza)) {
        record.replyTo = reply->id;
        record.replyQuote = replyFallbackQuote(message.stanza);
    }
    return record;
}

void RoomService::onMessage(MucRoom* room, const MucMessage& received)
{
    MucMessage message = received;
    auto protection = MessageRecord::Protection::None;
    QString problem;
    if (!open(message, &protection, &problem)) {
        return;
    }
    // A change to an earlier message waits for the messages before it to be stored.
    if (RoomRevisions::Revision revision = revisionOf(room->jid(), message, protection)) {
        m_revisions.append(std::move(revision));
    } else {
        MessageRecord record = recordOf(room->jid(), message, protection, problem);
        record.timestamp = message.timestamp;
        record.sentAt = message.sentAt;
        record.countsAsUnread = !message.history;
        m_batch.append(record);
    }
    // Not acknowledged to the server until it is on disk.
    m_holds.append(m_client.holdAcknowledgement());
    if (!m_flush.isActive()) {
        m_flush.start();
    }
}

void RoomService::flush()
{
    const QList<MessageRecord> batch = std::exchange(m_batch, {});
    const QList<RoomRevisions::Revision> revisions = std::exchange(m_revisions, {});
    const QList<quint64> holds = std::exchange(m_holds, {});
    // Acknowledged once the messages and the last change are written, whichever is later (a
    // change that writes nothing reports at once).
    auto waiting = std::make_shared<int>(revisions.isEmpty() ? 1 : 2);
    const auto release = [this, holds, waiting] {
        if (--*waiting > 0) {
            return;
        }
        for (quint64 hold : holds) {
            m_client.releaseAcknowledgement(hold);
        }
    };
    m_messages.storeAndAnnounce(
        batch, this, [this, release](const QList<MessageStore::Stored>& stored) {
            release();
            // Our own messages come back from the room: now they are sent.
            for (const MessageStore::Stored& item : stored) {
                if (item.record.outgoing && !item.inserted && !item.record.messageId.isEmpty()) {
                    m_messages.advance(
                        item.record.peer, item.record.messageId, MessageRecord::State::Sent);
                }
            }
        });
    // Writes are done in order: the last change through means all changes are.
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        revisions.at(i)(i == revisions.size() - 1 ? std::function<void()>(release) : [] {});
    }
}

} // namespace Palaver::Im

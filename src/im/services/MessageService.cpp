#include "MessageService.h"

#include "ChatStanzas.h"
#include "OmemoService.h"
#include "RosterService.h"
#include "xmpp/Client.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/messaging/MessageExtensions.h"
#include "xmpp/modules/messaging/MessageModule.h"
#include "xmpp/modules/messaging/MessageReferences.h"
#include "xmpp/modules/xep0045_muc/MucInvitation.h"
#include "xmpp/modules/xep0184_receipts/ReceiptsModule.h"
#include "xmpp/modules/xep0333_markers/MarkersModule.h"

#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Palaver::Xmpp;

namespace Palaver::Im {
namespace {
// What a revision's write hands back: announced when it changed something; done runs either
// way, once the write is through.
template<typename Changed, typename Announce>
std::function<void(const std::optional<Changed>&)> announcing(
    Announce announce, std::function<void()> done)
{
    return [announce, done = std::move(done)](const std::optional<Changed>& changed) {
        if (changed) {
            announce(*changed);
        }
        if (done) {
            done();
        }
    };
}
} // namespace

struct MessageService::Action
{
    enum class Kind {
        Delivered,
        Displayed,
        MarkRead,
        Failed,
        Correct,
        React,
        Retract,
    };
    Kind kind = Kind::Delivered;
    QString peer = {};
    QString id = {};
    QString text = {}; // error text or corrected body
    Reviser reviser = {}; // who corrects or retracts
    QString reactor = {};
    QStringList emojis = {};
};

MessageService::MessageService(Client& client, const Modules& modules, MessageStore& store,
    RosterService& roster, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_modules(modules)
    , m_store(store)
    , m_roster(roster)
{
    m_storedFlush.setSingleShot(true);
    m_storedFlush.setInterval(0);
    connect(&m_storedFlush, &QTimer::timeout, this,
        [this] { Q_EMIT messagesStored(std::exchange(m_storedBatch, {})); });
    connect(modules.messages, &MessageModule::messageReceived, this, &MessageService::onReceived);
    connect(&client, &Client::stanzasAcknowledged, this, &MessageService::onAcknowledged);
    connect(&client, &Client::sessionStarted, this, &MessageService::onSessionStarted);
    // A message the server keeps refusing is failed, so it is not sent again (not even by a
    // later run, which resends only what is pending); Retry is the user's.
    connect(&client, &Client::stanzaRefused, this, [this](const XmlElement& stanza) {
        if (stanza.name() != u"message") {
            return;
        }
        const QString id = stanza.attribute(u"id");
        const QString peer = m_inFlight.take(id);
        const Jid to = Jid::fromString(stanza.attribute(u"to"));
        advance(peer.isEmpty() ? conversationPeer(to).toString() : peer, id,
            MessageRecord::State::Failed, u"refused by the server"_s);
    });
    // Private chats with occupants kept from earlier runs stay private chats.
    m_store.conversations(account(), this, [this](const QList<ConversationRecord>& stored) {
        for (const ConversationRecord& conversation : stored) {
            if (const Jid peer = Jid::fromString(conversation.peer); peer.isFull()) {
                m_privatePeers.insert(peer);
            }
        }
    });
}

QString MessageService::account() const
{
    return m_client.settings().jid.bare().toString();
}

bool MessageService::sendMessage(const Jid& peer, const QString& body,
    const MessageRecord* answering, const Xmpp::SharedFile& attachment)
{
    // Refused before it is stored: a stanza the server refuses would end the stream, and come
    // back after every reconnect.
    if (!m_client.fitsInStanza(answering ? quoteOf(answering->body) + body : body)) {
        return false;
    }
    if (!isPrivateChat(peer)) {
        m_roster.acceptMessages(peer.bare());
    }
    MessageRecord record;
    record.account = account();
    record.peer = conversationPeer(peer).toString();
    record.outgoing = true;
    record.sender = m_client.jid().toString();
    record.timestamp = QDateTime::currentDateTimeUtc();
    record.body = body;
    // XEP-0359: one id for the stanza and the origin-id, so every copy can be recognised.
    record.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.originId = record.messageId;
    record.state = MessageRecord::State::Pending;
    record.attachment = attachment;
    // Shared files are not encrypted yet (XEP-0454): the window asks before sending them.
    if (m_omemo && attachment.isNull() && m_omemo->isEncrypting(Jid::fromString(record.peer))) {
        record.protection = MessageRecord::Protection::Trusted;
    }
    if (answering) {
        record.replyTo = referenceId(*answering);
        record.replyQuote = quoteOf(answering->body);
    }
    // Written first, sent once committed: a crash in between leaves it pending, not lost.
    m_store.store({record}, this, [this](const QList<MessageStore::Stored>& stored) {
        queueStored(stored);
        for (const MessageStore::Stored& item : stored) {
            transmit(item.record);
        }
    });
    return true;
}

bool MessageService::isPrivateChat(const Jid& peer) const
{
    return !peer.resource().isEmpty()
        && (m_privatePeers.contains(peer) || (m_isRoom && m_isRoom(peer.bare())));
}

// A message marked as private within a room (XEP-0045 §7.5) is the occupant's conversation,
// also when we are not in that room now: filed under the room's bare address it would mix
// with the room's public history.
Jid MessageService::conversationPeer(const ReceivedMessage& received)
{
    const Jid peer = received.peer();
    if (received.mucPrivate && peer.isFull()) {
        m_privatePeers.insert(peer);
        return peer;
    }
    return conversationPeer(peer);
}

Jid MessageService::conversationPeer(const Jid& address) const
{
    return isPrivateChat(address) ? address : address.bare();
}

void MessageService::transmit(const MessageRecord& record, const QString& replaces)
{
    const Message message
        = outgoingMessage(record, isPrivateChat(Jid::fromString(record.peer)), replaces);
    m_inFlight.insert(record.messageId, record.peer);
    if (record.protection == MessageRecord::Protection::None) {
        m_client.send(message);
        return;
    }
    // Written to be encrypted, so never sent readable: failed, with the reason, if it
    // cannot be encrypted now.
    if (!m_omemo) {
        m_inFlight.remove(record.messageId);
        advance(record.peer, record.messageId, MessageRecord::State::Failed,
            OmemoService::Problem::NotReady);
        return;
    }
    m_omemo->seal(message, this,
        [this, record](const std::optional<Message>& sealed, const QString& problem) {
            if (sealed) {
                m_client.send(*sealed);
            } else {
                m_inFlight.remove(record.messageId);
                advance(record.peer, record.messageId, MessageRecord::State::Failed, problem);
            }
        });
}

void MessageService::resend(const MessageRecord& record)
{
    markPending(record);
    transmit(record);
}

void MessageService::markPending(const MessageRecord& record)
{
    m_store.setState(record.id, MessageRecord::State::Pending);
    Q_EMIT messageStatesChanged({record.id}, MessageRecord::State::Pending);
}

bool MessageService::correctMessage(const Jid& peer, const QString& messageId, const QString& body)
{
    if (!m_client.fitsInStanza(body)) {
        return false;
    }
    MessageRecord correction;
    correction.peer = conversationPeer(peer).toString();
    correction.body = body;
    correction.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_omemo && m_omemo->isEncrypting(Jid::fromString(correction.peer))) {
        correction.protection = MessageRecord::Protection::Trusted;
    }
    transmit(correction, messageId);
    m_inFlight.remove(correction.messageId); // the correction has no row of its own
    applyCorrection(correction.peer, {true, m_client.jid().toString(), {}, false}, messageId, body);
    return true;
}

QString MessageService::referenceId(const MessageRecord& record)
{
    return record.messageId.isEmpty() ? record.originId : record.messageId;
}

QString MessageService::quoteOf(const QString& body)
{
    constexpr qsizetype MaxQuote = 200;
    QString quote = body.section(u'\n', 0, 2);
    if (quote.size() > MaxQuote) {
        quote = quote.left(MaxQuote) + u'…';
    } else if (quote.size() < body.size()) {
        quote += u'…';
    }
    return quote;
}

void MessageService::react(const Jid& peer, const MessageRecord& target, const QStringList& emojis)
{
    const QString id = referenceId(target);
    const Jid to = conversationPeer(peer);
    Message message(Message::Type::Chat, to);
    message.setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    setReactions(message, {id, emojis});
    m_client.send(message);
    applyReactions(to.toString(), id, account(), emojis);
}

bool MessageService::retract(const Jid& peer, const MessageRecord& target)
{
    if (!target.outgoing || target.retracted) {
        return false;
    }
    const QString id = referenceId(target);
    const Jid to = conversationPeer(peer);
    Message message(Message::Type::Chat, to);
    message.setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    setRetraction(message, id,
        u"This person attempted to retract a previous message, but it's unsupported by your "
        "client."_s);
    m_client.send(message);
    applyRetraction(to.toString(), {true, m_client.jid().toString(), {}, false}, id);
    return true;
}

bool MessageService::mayRevise(const ReceivedMessage& received, const Jid& peer) const
{
    return received.outgoing || isPrivateChat(peer) || m_roster.isKnown(peer);
}

void MessageService::sendChatState(const Jid& peer, ChatState state)
{
    if (m_modules.chatStates && m_client.isConnected()) {
        m_modules.chatStates->sendState(conversationPeer(peer), state);
    }
}

void MessageService::markDisplayed(
    const Jid& peer, qint64 conversationId, const QString& lastMessageId)
{
    m_store.markRead(conversationId);
    // Markers go to bare addresses; an occupant's is the room's, which takes none. Only
    // those who may know our presence learn when we read them (as with receipts,
    // XEP-0184 §8), and each message is marked once.
    if (m_modules.markers && !lastMessageId.isEmpty() && !isPrivateChat(peer)
        && m_roster.sharesPresenceWith(peer)
        && m_markedDisplayed.value(conversationId) != lastMessageId) {
        m_markedDisplayed.insert(conversationId, lastMessageId);
        m_modules.markers->sendDisplayed(peer.bare(), lastMessageId, Message::Type::Chat);
    }
}

ChatState MessageService::peerChatState(const Jid& peer) const
{
    return m_peerStates.value(conversationPeer(peer), ChatState::Active);
}

void MessageService::onReceived(const ReceivedMessage& message)
{
    // Not acknowledged to the server (XEP-0198) until it is on disk.
    const quint64 hold = m_client.holdAcknowledgement();
    process({message}, true, true, this,
        [this, hold, message](const QList<MessageStore::Stored>& stored) {
            m_client.releaseAcknowledgement(hold);
            if (!message.archiveId.isEmpty() && !stored.isEmpty()) {
                Q_EMIT liveArchiveIdStored(message.archiveId, message.timestamp);
            }
        });
}

void MessageService::process(const QList<ReceivedMessage>& messages, bool live, bool countsAsUnread,
    QObject* context, std::function<void(const QList<MessageStore::Stored>&)> done)
{
    QList<MessageRecord> records;
    QList<Action> actions;
    QList<ReceivedMessage> wantReceipts;
    for (ReceivedMessage received : messages) {
        const Message& message = received.message;
        const Jid peerJid = conversationPeer(received);
        const QString peer = peerJid.toString();
        if (!received.peer().isValid() || message.type() == Message::Type::GroupChat
            || MucInvitation::isInvitation(message)) {
            continue; // rooms have their own service, invitations too
        }
        const OmemoService::Opened opened
            = m_omemo ? m_omemo->open(received) : OmemoService::Opened {};
        if (opened.kind == OmemoService::Opened::Kind::KeyTransport
            || opened.kind == OmemoService::Opened::Kind::OwnCopy) {
            continue;
        }
        if (message.type() == Message::Type::Error) {
            if (!received.outgoing) {
                const StanzaError error = message.error();
                actions.append({Action::Kind::Failed, peer, message.id(),
                    error.text().isEmpty() ? StanzaError::conditionName(error.condition())
                                           : error.text()});
            }
            continue;
        }
        if (const QString receipt = ReceiptsModule::receiptFor(message);
            !receipt.isEmpty() && !received.outgoing) {
            actions.append({Action::Kind::Delivered, peer, receipt});
        }
        if (const QString displayed = MarkersModule::displayedId(message); !displayed.isEmpty()) {
            // Ours from another device: we read it there. Theirs: they read ours.
            actions.append({received.outgoing ? Action::Kind::MarkRead : Action::Kind::Displayed,
                peer, displayed});
        }
        const bool privateChat = isPrivateChat(peerJid);
        if (live && !received.outgoing && (privateChat || m_roster.isKnown(peerJid))) {
            const std::optional<ChatState> state = ChatStatesModule::stateOf(message);
            if (state || !message.body().isEmpty()) {
                const ChatState now = state.value_or(ChatState::Active);
                m_peerStates.insert(peerJid, now);
                Q_EMIT chatStateChanged(peerJid, now);
            }
        }
        // Reactions and retractions carry at most a fallback body, never a message of
        // their own; they may come only from the peer or from us.
        if (const std::optional<Reactions> reactions = reactionsOf(message)) {
            if (mayRevise(received, peerJid)) {
                Action react {Action::Kind::React, peer, reactions->id};
                react.reactor = received.outgoing
                    ? account()
                    : (privateChat ? received.peer().toString()
                                   : received.peer().bare().toString());
                react.emojis = reactions->emojis;
                actions.append(react);
            }
            continue;
        }
        if (const QString retracted = retractedId(message); !retracted.isEmpty()) {
            if (mayRevise(received, peerJid)) {
                Action retract {Action::Kind::Retract, peer, retracted};
                retract.reviser = {received.outgoing, message.from().toString(), {}, false};
                actions.append(retract);
            }
            continue;
        }
        const bool unreadable = opened.kind == OmemoService::Opened::Kind::Unreadable;
        if (message.body().isEmpty() && !unreadable) {
            continue;
        }
        if (const QString replaced = replacedId(message); !replaced.isEmpty()) {
            Action correction {Action::Kind::Correct, peer, replaced, bodyWithoutFallback(message)};
            correction.reviser = {received.outgoing, message.from().toString(), {}, false};
            actions.append(correction);
            continue;
        }
        // Someone who is no contact waits as a message request until the user accepts them;
        // what we wrote to someone is a conversation we chose.
        if (received.outgoing && !privateChat) {
            m_roster.acceptMessages(peerJid.bare());
        } else if (!privateChat && !m_roster.admitMessage(peerJid, message.body())) {
            continue;
        }
        records.append(receivedRecord(received, account(), peerJid, countsAsUnread));
        records.last().protection = opened.protection;
        records.last().errorText = opened.problem;
        if (live && !received.outgoing && ReceiptsModule::requestsReceipt(message)
            && m_roster.sharesPresenceWith(received.peer())) {
            wantReceipts.append(received);
        }
    }
    QPointer<QObject> guard(context);
    // Set once the rows are committed; a failed write leaves it unset, and nothing is
    // acknowledged, so the server sends the messages again.
    auto stored = std::make_shared<std::optional<QList<MessageStore::Stored>>>();
    m_store.store(
        records, this, [this, wantReceipts, stored](const QList<MessageStore::Stored>& rows) {
            *stored = rows;
            queueStored(rows);
            // XEP-0184: confirmed only once it is stored; a duplicate is confirmed again,
            // since the sender evidently missed our first receipt.
            for (const ReceivedMessage& received : wantReceipts) {
                if (m_modules.receipts) {
                    m_modules.receipts->sendReceipt(received.message.from(), received.message.id());
                }
            }
        });
    // Revisions not yet committed; one that fails leaves this above zero.
    auto revisionsLeft = std::make_shared<int>(0);
    for (const Action& action : std::as_const(actions)) {
        // Queued after the insert on the database thread, so they see its rows.
        const bool revision = action.kind == Action::Kind::Correct
            || action.kind == Action::Kind::React || action.kind == Action::Kind::Retract;
        if (revision) {
            ++*revisionsLeft;
        }
        apply(action,
            revision ? std::function<void()>([revisionsLeft] { --*revisionsLeft; })
                     : std::function<void()>());
    }
    // The caller acknowledges the stanzas (XEP-0198) in done: only once the reactions,
    // retractions and corrections among them are committed too, not just the new rows. Their
    // results come back in commit order, so all of them have by the time this one does.
    m_store.database().write([](QSqlDatabase&) {}, this,
        [guard, done, stored, revisionsLeft](bool ok) {
            if (ok && stored->has_value() && *revisionsLeft == 0 && guard && done) {
                done(**stored);
            }
        });
}

void MessageService::apply(const Action& action, std::function<void()> done)
{
    switch (action.kind) {
    case Action::Kind::Delivered:
        advance(action.peer, action.id, MessageRecord::State::Delivered);
        break;
    case Action::Kind::Displayed:
        advance(action.peer, action.id, MessageRecord::State::Displayed);
        break;
    case Action::Kind::Failed:
        advance(action.peer, action.id, MessageRecord::State::Failed, action.text);
        break;
    case Action::Kind::MarkRead:
        m_store.conversationId(account(), action.peer, this,
            [this](const qint64& conversation) { m_store.markRead(conversation); });
        Q_EMIT readElsewhere(action.peer);
        break;
    case Action::Kind::Correct:
        applyCorrection(action.peer, action.reviser, action.id, action.text, std::move(done));
        break;
    case Action::Kind::React:
        applyReactions(action.peer, action.id, action.reactor, action.emojis, std::move(done));
        break;
    case Action::Kind::Retract:
        applyRetraction(action.peer, action.reviser, action.id, std::move(done));
        break;
    }
}

void MessageService::applyCorrection(const QString& peer, const Reviser& reviser, const QString& id,
    const QString& body, std::function<void()> done)
{
    m_store.correct(account(), peer, reviser, id, body, this,
        announcing<MessageRecord>(
            [this](const MessageRecord& corrected) { Q_EMIT messageCorrected(corrected); },
            std::move(done)));
}

void MessageService::applyReactions(const QString& peer, const QString& id, const QString& reactor,
    const QStringList& emojis, std::function<void()> done)
{
    m_store.react(account(), peer, id, reactor, emojis, this,
        announcing<MessageRevisions::Reacted>(
            [this](const MessageRevisions::Reacted& reacted) {
                Q_EMIT reactionsChanged(reacted.messageRow, reacted.reactions);
            },
            std::move(done)));
}

void MessageService::applyRetraction(
    const QString& peer, const Reviser& reviser, const QString& id, std::function<void()> done)
{
    m_store.retract(account(), peer, reviser, id, this,
        announcing<qint64>([this](qint64 row) { Q_EMIT messageRetracted(row); }, std::move(done)));
}

void MessageService::applyModeration(
    const QString& peer, const QString& stanzaId, const QString& reason, std::function<void()> done)
{
    m_store.moderate(account(), peer, stanzaId, reason, this,
        announcing<qint64>(
            [this, reason](qint64 row) { Q_EMIT messageRetracted(row, true, reason); },
            std::move(done)));
}

void MessageService::storeAndAnnounce(const QList<MessageRecord>& records, QObject* context,
    std::function<void(const QList<MessageStore::Stored>&)> done)
{
    m_store.store(records, context, [this, done](const QList<MessageStore::Stored>& stored) {
        queueStored(stored);
        if (done) {
            done(stored);
        }
    });
}

void MessageService::advance(
    const QString& peer, const QString& id, MessageRecord::State state, const QString& error)
{
    m_store.advanceOutgoing(
        account(), peer, id, state, this, [this, state, error](const QList<qint64>& changed) {
            if (changed.isEmpty()) {
                return;
            }
            if (state == MessageRecord::State::Failed) {
                for (qint64 row : changed) {
                    m_store.setState(row, state, error);
                }
            }
            Q_EMIT messageStatesChanged(changed, state);
        });
}

void MessageService::onAcknowledged(const QList<XmlElement>& stanzas)
{
    for (const XmlElement& stanza : stanzas) {
        if (stanza.name() != u"message") {
            continue;
        }
        const auto it = m_inFlight.find(stanza.attribute(u"id"));
        if (it != m_inFlight.end()) {
            advance(*it, it.key(), MessageRecord::State::Sent);
            m_inFlight.erase(it);
        }
    }
}

void MessageService::onSessionStarted(bool resumed)
{
    if (resumed || m_resentPending) {
        return;
    }
    // Messages written by an earlier run but never acknowledged by the server go out again,
    // with their ids, so the other side can recognise a copy it already has.
    m_resentPending = true;
    m_store.pending(
        account(), ConversationKind::Chat, this, [this](const QList<MessageRecord>& pending) {
            for (const MessageRecord& record : pending) {
                if (!m_inFlight.contains(record.messageId)) {
                    transmit(record);
                }
            }
        });
}

void MessageService::queueStored(const QList<MessageStore::Stored>& stored)
{
    for (const MessageStore::Stored& item : stored) {
        if (item.inserted) {
            m_storedBatch.append(item);
        } else if (item.record.outgoing && !item.record.archiveId.isEmpty()) {
            // Our message back from a room or the archive: others name it by this id now.
            Q_EMIT archiveIdLearned(item.record.id, item.record.archiveId);
        }
    }
    if (!m_storedBatch.isEmpty() && !m_storedFlush.isActive()) {
        m_storedFlush.start();
    }
}

} // namespace Palaver::Im

// MessagesModel: one conversation's messages, newest at the bottom, loaded a page at a time
// from history as the view scrolls back (canFetchMore/fetchMore), updated live.
#pragma once

#include "../storage/MessageStore.h"
#include "xmpp/core/Jid.h"
#include "xmpp/modules/xep0085_chatstates/ChatStatesModule.h"

#include <QAbstractListModel>
#include <QHash>

namespace Palaver::Im {

class MessageService;

class MessagesModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int peerChatState READ peerChatStateValue NOTIFY peerChatStateChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        OutgoingRole,
        SenderRole,
        TimestampRole, // local time
        BodyRole,
        DeliveryStateRole, // MessageRecord::State as int
        CorrectedRole,
        MessageIdRole,
        ErrorTextRole,
        PeerChatStateRole, // Xmpp::ChatState as int, the same for every row
        SentAtRole, // local time the sender claims it sent the message; invalid when unclaimed
        RetractedRole, // taken back: shown as deleted, without text
        // Taken back by a room's moderator: the reason (maybe empty); invalid otherwise.
        ModerationRole,
        AttachmentUrlRole, // a shared file's address (XEP-0066), or empty
        AttachmentRole, // the shared file with its details (Xmpp::SharedFile), if any
        ReplyToRole, // the id of the message this one answers (XEP-0461), or empty
        ReplyQuoteRole, // what the answered message says (now, when loaded), or its quote
        ReplyTargetRowRole, // the row of the answered message when loaded, else -1
        // QVariantList of QVariantMap {emoji, count, mine, who (QStringList)}, in the order
        // the emojis were first used.
        ReactionsRole,
        ProtectionRole, // MessageRecord::Protection as int (end-to-end encryption)
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 50;

    MessagesModel(MessageStore& store, MessageService& service, const QString& account,
        const Xmpp::Jid& peer, QObject* parent = nullptr);

    const Xmpp::Jid& peer() const { return m_peer; }
    qint64 conversationId() const { return m_conversation; }
    Xmpp::ChatState peerChatState() const { return m_chatState; }
    int peerChatStateValue() const { return int(m_chatState); }
    // The newest incoming message that asked for read markers (XEP-0333 §4), by its id.
    QString lastIncomingMessageId() const;
    const MessageRecord* record(int row) const;
    // The row showing this database id, or -1 when it is not loaded (yet).
    int rowOfId(qint64 id) const { return m_rowOf.value(id, -1); }
    // Our newest message's row, or -1 when none is loaded.
    int lastOutgoingRow() const;
    // The row of the message other messages name with this id, or -1 when not loaded.
    int rowOfReference(const QString& id) const;
    // Our own reactions on the row's message.
    QStringList ownReactions(int row) const;
    bool isAtStart() const { return m_atStart; }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void peerChatStateChanged(int state);
    void pageLoaded(int rows);

private:
    void onStored(const QList<MessageStore::Stored>& stored);
    void onStatesChanged(const QList<qint64>& ids, MessageRecord::State state);
    void onCorrected(const MessageRecord& record);
    void onReactionsChanged(qint64 id, const QList<Reaction>& reactions);
    void onRetracted(qint64 id, bool moderated, const QString& reason);
    QVariantList aggregatedReactions(const MessageRecord& record) const;
    void insertSorted(const QList<MessageRecord>& records);
    void reindex(int from);
    bool belongsHere(const MessageRecord& record) const;

    MessageStore& m_store;
    QString m_account;
    Xmpp::Jid m_peer;
    qint64 m_conversation = 0;
    QList<MessageRecord> m_rows; // oldest first
    QHash<qint64, int> m_rowOf; // database id -> row
    Xmpp::ChatState m_chatState = Xmpp::ChatState::Active;
    bool m_loading = false;
    bool m_atStart = false; // every older message is loaded
};

} // namespace Palaver::Im

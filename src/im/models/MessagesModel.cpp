#include "MessagesModel.h"

#include "../services/MessageService.h"

using namespace Palaver::Xmpp;

namespace Palaver::Im {
namespace {
bool earlier(const MessageRecord& a, const MessageRecord& b)
{
    return a.timestamp != b.timestamp ? a.timestamp < b.timestamp : a.id < b.id;
}
} // namespace

MessagesModel::MessagesModel(MessageStore& store, MessageService& service, const QString& account,
    const Jid& peer, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_account(account)
    , m_peer(service.conversationPeer(peer))
    , m_chatState(service.peerChatState(peer))
{
    connect(&service, &MessageService::messagesStored, this, &MessagesModel::onStored);
    connect(&service, &MessageService::messageStatesChanged, this, &MessagesModel::onStatesChanged);
    connect(&service, &MessageService::messageCorrected, this, &MessagesModel::onCorrected);
    connect(&service, &MessageService::reactionsChanged, this, &MessagesModel::onReactionsChanged);
    connect(&service, &MessageService::messageRetracted, this, &MessagesModel::onRetracted);
    connect(&service, &MessageService::archiveIdLearned, this,
        [this](qint64 id, const QString& archiveId) {
            if (const auto it = m_rowOf.constFind(id); it != m_rowOf.cend()) {
                m_rows[*it].archiveId = archiveId; // no role shows it: nothing to redraw
            }
        });
    connect(&service, &MessageService::chatStateChanged, this,
        [this](const Jid& from, ChatState state) {
            if (from == m_peer && state != m_chatState) {
                m_chatState = state;
                Q_EMIT peerChatStateChanged(int(state));
            }
        });
    m_loading = true;
    store.conversationId(account, m_peer.toString(), this, [this](const qint64& id) {
        m_conversation = id;
        m_loading = false;
        fetchMore({});
    });
}

bool MessagesModel::belongsHere(const MessageRecord& record) const
{
    return record.account == m_account && record.peer == m_peer.toString();
}

int MessagesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const MessageRecord* MessagesModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QString MessagesModel::lastIncomingMessageId() const
{
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if (!it->outgoing && it->markable) {
            // XEP-0333 §5: markers name the message by its id attribute.
            return MessageService::referenceId(*it);
        }
    }
    return {};
}

QVariant MessagesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MessageRecord& record = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return record.body;
    case IdRole:
        return record.id;
    case OutgoingRole:
        return record.outgoing;
    case SenderRole:
        return record.sender;
    case TimestampRole:
        return record.timestamp.toLocalTime();
    case DeliveryStateRole:
        return int(record.state);
    case CorrectedRole:
        return record.corrected;
    case MessageIdRole:
        return record.messageId;
    case ErrorTextRole:
        return record.errorText;
    case PeerChatStateRole:
        return int(m_chatState);
    case SentAtRole:
        return record.sentAt.isValid() ? QVariant(record.sentAt.toLocalTime()) : QVariant();
    case RetractedRole:
        return record.retracted;
    case ProtectionRole:
        return int(record.protection);
    case AttachmentUrlRole:
        return record.attachment.url;
    case AttachmentRole:
        return record.attachment.isNull() ? QVariant() : QVariant::fromValue(record.attachment);
    case ModerationRole:
        return record.moderated ? QVariant(record.moderationReason) : QVariant();
    case ReplyToRole:
        return record.replyTo;
    case ReplyQuoteRole: {
        if (record.replyTo.isEmpty()) {
            return QString();
        }
        const int target = rowOfReference(record.replyTo);
        return target >= 0 && !m_rows[target].retracted
            ? MessageService::quoteOf(m_rows[target].body)
            : record.replyQuote;
    }
    case ReplyTargetRowRole:
        return record.replyTo.isEmpty() ? -1 : rowOfReference(record.replyTo);
    case ReactionsRole:
        return record.reactions.isEmpty() ? QVariantList() : aggregatedReactions(record);
    default:
        return {};
    }
}

QHash<int, QByteArray> MessagesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"}, {OutgoingRole, "outgoing"}, {SenderRole, "sender"},
        {TimestampRole, "timestamp"}, {BodyRole, "body"}, {DeliveryStateRole, "deliveryState"},
        {CorrectedRole, "corrected"}, {MessageIdRole, "messageId"}, {ErrorTextRole, "errorText"},
        {PeerChatStateRole, "peerChatState"}, {SentAtRole, "sentAt"}, {RetractedRole, "retracted"},
        {ModerationRole, "moderation"}, {AttachmentUrlRole, "attachmentUrl"},
        {AttachmentRole, "attachment"}, {ReplyToRole, "replyTo"}, {ReplyQuoteRole, "replyQuote"},
        {ReplyTargetRowRole, "replyTargetRow"}, {ReactionsRole, "reactions"}});
    return names;
}

bool MessagesModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atStart && !m_loading && m_conversation != 0;
}

void MessagesModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    m_loading = true;
    const MessageRecord* oldest = record(0);
    m_store.page(m_conversation, oldest ? oldest->timestamp : QDateTime(), oldest ? oldest->id : 0,
        PageSize, this, [this](const QList<MessageRecord>& page) {
            m_atStart = page.size() < PageSize;
            // Still loading while the rows go in: a view (or model tester) asking for more
            // from inside the insert would ask again for the page before the old oldest row,
            // get only rows it has, and leave the older history unloaded.
            insertSorted(page);
            m_loading = false;
            Q_EMIT pageLoaded(int(page.size()));
        });
}

void MessagesModel::insertSorted(const QList<MessageRecord>& records)
{
    // Pages come as runs older than everything shown; live messages newer. Runs keep the
    // inserts few: one beginInsertRows per contiguous block.
    QList<MessageRecord> fresh;
    for (const MessageRecord& record : records) {
        if (!m_rowOf.contains(record.id)) {
            fresh.append(record);
        }
    }
    std::sort(fresh.begin(), fresh.end(), earlier);
    int i = 0;
    while (i < fresh.size()) {
        const int position = int(
            std::upper_bound(m_rows.begin(), m_rows.end(), fresh[i], earlier) - m_rows.begin());
        int end = i + 1;
        while (end < fresh.size()
            && (position == m_rows.size() || earlier(fresh[end], m_rows[position]))) {
            ++end;
        }
        beginInsertRows({}, position, position + (end - i) - 1);
        for (int k = i; k < end; ++k) {
            m_rows.insert(position + (k - i), fresh[k]);
        }
        reindex(position);
        endInsertRows();
        i = end;
    }
}

void MessagesModel::reindex(int from)
{
    for (int row = from; row < m_rows.size(); ++row) {
        m_rowOf.insert(m_rows[row].id, row);
    }
}

void MessagesModel::onStored(const QList<MessageStore::Stored>& stored)
{
    QList<MessageRecord> mine;
    for (const MessageStore::Stored& item : stored) {
        if (belongsHere(item.record)) {
            mine.append(item.record);
        }
    }
    if (!mine.isEmpty()) {
        insertSorted(mine);
    }
}

void MessagesModel::onStatesChanged(const QList<qint64>& ids, MessageRecord::State state)
{
    for (qint64 id : ids) {
        const auto it = m_rowOf.constFind(id);
        if (it != m_rowOf.cend()) {
            m_rows[*it].state = state;
            const QModelIndex changed = index(*it);
            Q_EMIT dataChanged(changed, changed, {DeliveryStateRole});
        }
    }
}

void MessagesModel::onCorrected(const MessageRecord& corrected)
{
    const auto it = m_rowOf.constFind(corrected.id);
    if (it == m_rowOf.cend()) {
        return;
    }
    MessageRecord& record = m_rows[*it];
    record.body = corrected.body;
    record.corrected = true;
    const QModelIndex changed = index(*it);
    Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, BodyRole, CorrectedRole});
}

int MessagesModel::lastOutgoingRow() const
{
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (m_rows[row].outgoing) {
            return int(row);
        }
    }
    return -1;
}

int MessagesModel::rowOfReference(const QString& id) const
{
    if (id.isEmpty()) {
        return -1;
    }
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        const MessageRecord& record = m_rows[row];
        // In a room only the room's id names a message: senders choose their own ids.
        const bool named = record.kind == ConversationKind::Room
            ? record.archiveId == id
            : record.messageId == id || record.originId == id || record.archiveId == id;
        if (named) {
            return int(row);
        }
    }
    return -1;
}

QStringList MessagesModel::ownReactions(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return {};
    }
    for (const Reaction& reaction : m_rows[row].reactions) {
        if (reaction.reactor == m_account) {
            return reaction.emojis;
        }
    }
    return {};
}

QVariantList MessagesModel::aggregatedReactions(const MessageRecord& record) const
{
    QStringList order;
    QHash<QString, QStringList> who;
    for (const Reaction& reaction : record.reactions) {
        for (const QString& emoji : reaction.emojis) {
            if (!who.contains(emoji)) {
                order.append(emoji);
            }
            who[emoji].append(reaction.reactor);
        }
    }
    QVariantList aggregated;
    const QString occupantPrefix = m_peer.toString() + u'/';
    for (const QString& emoji : std::as_const(order)) {
        const QStringList& reactors = who[emoji];
        QStringList names; // a room's occupants by their nicknames
        for (const QString& reactor : reactors) {
            names.append(
                reactor.startsWith(occupantPrefix) ? reactor.mid(occupantPrefix.size()) : reactor);
        }
        aggregated.append(QVariantMap {{QStringLiteral("emoji"), emoji},
            {QStringLiteral("count"), int(reactors.size())},
            {QStringLiteral("mine"), reactors.contains(m_account)},
            {QStringLiteral("who"), names}});
    }
    return aggregated;
}

void MessagesModel::onReactionsChanged(qint64 id, const QList<Reaction>& reactions)
{
    const auto it = m_rowOf.constFind(id);
    if (it == m_rowOf.cend()) {
        return;
    }
    m_rows[*it].reactions = reactions;
    const QModelIndex changed = index(*it);
    Q_EMIT dataChanged(changed, changed, {ReactionsRole});
}

void MessagesModel::onRetracted(qint64 id, bool moderated, const QString& reason)
{
    const auto it = m_rowOf.constFind(id);
    if (it == m_rowOf.cend()) {
        return;
    }
    MessageRecord& record = m_rows[*it];
    record.retracted = true;
    record.moderated = moderated;
    record.moderationReason = reason;
    record.body.clear();
    record.attachment = {};
    record.reactions.clear();
    const QModelIndex changed = index(*it);
    Q_EMIT dataChanged(changed, changed,
        {Qt::DisplayRole, BodyRole, RetractedRole, ModerationRole, ReactionsRole});
    // Replies quoting it show it as deleted too.
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {ReplyQuoteRole});
    }
}

} // namespace Palaver::Im

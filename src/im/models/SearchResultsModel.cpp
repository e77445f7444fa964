#include "SearchResultsModel.h"

#include "../storage/MessageStore.h"

namespace Palaver::Im {

SearchResultsModel::SearchResultsModel(MessageStore& store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{ }

void SearchResultsModel::search(const QString& text)
{
    m_text = text.trimmed();
    if (m_text.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        Q_EMIT searchFinished(0);
        return;
    }
    const QString asked = m_text;
    m_store.search(asked, 0, MaxResults, this, [this, asked](const QList<MessageRecord>& found) {
        if (asked != m_text) {
            return; // the user typed on
        }
        beginResetModel();
        m_rows = found;
        endResetModel();
        Q_EMIT searchFinished(int(m_rows.size()));
    });
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MessageRecord& record = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return record.body;
    case RecordIdRole:
        return record.id;
    case AccountRole:
        return record.account;
    case PeerRole:
        return record.peer;
    case IsRoomRole:
        return record.kind == ConversationKind::Room;
    case SenderRole: {
        const QString sender = record.sender;
        if (record.kind == ConversationKind::Room) {
            return sender.section(u'/', 1);
        }
        return sender.section(u'/', 0, 0);
    }
    case TimestampRole:
        return record.timestamp.toLocalTime();
    case OutgoingRole:
        return record.outgoing;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{RecordIdRole, "recordId"}, {AccountRole, "account"}, {PeerRole, "peer"},
        {IsRoomRole, "isRoom"}, {SenderRole, "sender"}, {TimestampRole, "timestamp"},
        {BodyRole, "body"}, {OutgoingRole, "outgoing"}});
    return names;
}

} // namespace Palaver::Im

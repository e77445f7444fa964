// SearchResultsModel: messages from every conversation and room that match a search, newest
// first, from the full-text index; each knows its conversation, to open it at the message.
#pragma once

#include "../storage/MessageRecord.h"

#include <QAbstractListModel>

namespace Palaver::Im {

class MessageStore;

class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int MaxResults = 200;

    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        AccountRole,
        PeerRole,
        IsRoomRole,
        SenderRole, // an occupant's nickname in a room, else the bare address
        TimestampRole, // local time
        BodyRole,
        OutgoingRole,
    };
    Q_ENUM(Role)

    explicit SearchResultsModel(MessageStore& store, QObject* parent = nullptr);

    // Replaces the results with those for text (all of its words, each as a prefix).
    void search(const QString& text);
    const QString& text() const { return m_text; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void searchFinished(int results);

private:
    MessageStore& m_store;
    QString m_text;
    QList<MessageRecord> m_rows;
};

} // namespace Palaver::Im

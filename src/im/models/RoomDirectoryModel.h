// RoomDirectoryModel: the rooms a chat service lists (XEP-0030 disco#items on a XEP-0045
// service), with their names and, as each room answers, how many people are in it
// (muc#roominfo_occupants). Also finds the account's chat service when none is given.
#pragma once

#include "xmpp/core/Jid.h"
#include "xmpp/core/StanzaError.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Palaver::Xmpp {
class DiscoModule;
}

namespace Palaver::Im {

class RoomDirectoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        OccupantsColumn,
        AddressColumn,
        ColumnCount,
    };
    enum Role {
        JidRole = Qt::UserRole + 1,
        OccupantCountRole, // -1 until the room has said
    };
    // Rooms asked for their details; a huge directory is listed, not queried whole.
    static constexpr int DetailsLimit = 200;

    explicit RoomDirectoryModel(Xmpp::DiscoModule& disco, QObject* parent = nullptr);

    // Asks the server for its services and reports the first chat service (serviceFound), or
    // none (serviceFound with an invalid address).
    void findService(const Xmpp::Jid& server);
    void load(const Xmpp::Jid& service);
    const Xmpp::Jid& service() const { return m_service; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // The view's captions, in the user's language, come from the GUI.
    bool setHeaderData(int section, Qt::Orientation orientation, const QVariant& value,
        int role = Qt::EditRole) override;

Q_SIGNALS:
    void serviceFound(const Palaver::Xmpp::Jid& service);
    void loaded(int rooms);
    void failed(const Palaver::Xmpp::StanzaError& error);

private:
    struct Room
    {
        Xmpp::Jid jid;
        QString name;
        int occupants = -1;
    };

    void askDetails(int row);

    Xmpp::DiscoModule& m_disco;
    Xmpp::Jid m_service;
    QList<Room> m_rooms;
    QHash<Xmpp::Jid, int> m_rowOf;
    QHash<int, QVariant> m_headers;
    int m_generation = 0;
};

} // namespace Palaver::Im

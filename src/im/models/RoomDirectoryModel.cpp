#include "RoomDirectoryModel.h"

#include "xmpp/modules/xep0030_disco/DiscoModule.h"

#include <memory>

using namespace Palaver::Xmpp;

namespace Palaver::Im {

namespace {
const QString roomInfoForm = QStringLiteral("http://jabber.org/protocol/muc#roominfo");
}

RoomDirectoryModel::RoomDirectoryModel(DiscoModule& disco, QObject* parent)
    : QAbstractTableModel(parent)
    , m_disco(disco)
{ }

void RoomDirectoryModel::findService(const Jid& server)
{
    const int generation = ++m_generation;
    m_disco.requestItems(server, this,
        [this, generation](const std::optional<QList<DiscoItem>>& items, const StanzaError&) {
            if (generation != m_generation) {
                return;
            }
            if (!items || items->isEmpty()) {
                Q_EMIT serviceFound({});
                return;
            }
            // Each service says what it is; the first chat service answers for all.
            auto pending = std::make_shared<int>(int(items->size()));
            auto found = std::make_shared<bool>(false);
            for (const DiscoItem& item : *items) {
                m_disco.requestInfo(item.jid, {}, this,
                    [this, generation, pending, found, jid = item.jid](
                        const std::optional<DiscoInfo>& info, const StanzaError&) {
                        --*pending;
                        if (generation != m_generation || *found) {
                            return;
                        }
                        if (info && info->hasIdentity(u"conference", u"text")) {
                            *found = true;
                            Q_EMIT serviceFound(jid);
                        } else if (*pending == 0) {
                            Q_EMIT serviceFound({});
                        }
                    });
            }
        });
}

void RoomDirectoryModel::load(const Jid& service)
{
    const int generation = ++m_generation;
    beginResetModel();
    m_service = service;
    m_rooms.clear();
    m_rowOf.clear();
    endResetModel();
    m_disco.requestItems(service, this,
        [this, generation](const std::optional<QList<DiscoItem>>& items, const StanzaError& error) {
            if (generation != m_generation) {
                return;
            }
            if (!items) {
                Q_EMIT failed(error);
                return;
            }
            beginResetModel();
            for (const DiscoItem& item : *items) {
                const Jid room = item.jid.bare();
                if (room.local().isEmpty() || m_rowOf.contains(room)) {
                    continue;
                }
                m_rowOf.insert(room, int(m_rooms.size()));
                m_rooms.append({room, item.name.trimmed(), -1});
            }
            endResetModel();
            for (int row = 0; row < qMin(int(m_rooms.size()), DetailsLimit); ++row) {
                askDetails(row);
            }
            Q_EMIT loaded(int(m_rooms.size()));
        });
}

void RoomDirectoryModel::askDetails(int row)
{
    const int generation = m_generation;
    const Jid room = m_rooms.at(row).jid;
    m_disco.requestInfo(room, {}, this,
        [this, generation, room](const std::optional<DiscoInfo>& info, const StanzaError&) {
            const int at = m_rowOf.value(room, -1);
            if (generation != m_generation || !info || at < 0) {
                return;
            }
            Room& entry = m_rooms[at];
            bool ok = false;
            const int count
                = info->extensionValue(roomInfoForm, u"muc#roominfo_occupants").toInt(&ok);
            if (ok) {
                entry.occupants = count;
            }
            if (entry.name.isEmpty() && !info->identities.isEmpty()) {
                entry.name = info->identities.first().name.trimmed();
            }
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        });
}

int RoomDirectoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rooms.size());
}

int RoomDirectoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoomDirectoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Room& room = m_rooms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return room.name.isEmpty() ? room.jid.local() : room.name;
        case OccupantsColumn:
            return room.occupants < 0 ? QVariant() : QVariant(room.occupants);
        case AddressColumn:
            return room.jid.toString();
        default:
            return {};
        }
    case JidRole:
        return room.jid.toString();
    case OccupantCountRole:
        return room.occupants;
    case Qt::TextAlignmentRole:
        return index.column() == OccupantsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant();
    default:
        return {};
    }
}

QVariant RoomDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        return m_headers.value(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool RoomDirectoryModel::setHeaderData(
    int section, Qt::Orientation orientation, const QVariant& value, int role)
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::EditRole)
        || section < 0 || section >= ColumnCount) {
        return false;
    }
    m_headers.insert(section, value);
    Q_EMIT headerDataChanged(orientation, section, section);
    return true;
}

} // namespace Palaver::Im

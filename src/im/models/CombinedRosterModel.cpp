#include "CombinedRosterModel.h"

#include "../Account.h"
#include "RosterModel.h"
#include "xmpp/modules/presence/PresenceModule.h"

#include <algorithm>

using namespace Palaver::Xmpp;

namespace Palaver::Im {

CombinedRosterModel::CombinedRosterModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

CombinedRosterModel::~CombinedRosterModel() = default;

void CombinedRosterModel::addRoster(Account& account, RosterModel& roster)
{
    // Going from one account to several changes the shape of the whole tree.
    beginResetModel();
    auto section = std::make_unique<Section>();
    section->account = &account;
    section->model = &roster;
    section->row = int(m_sections.size());
    section->groups.section = section.get();
    connectSource(section.get());
    m_sections.push_back(std::move(section));
    endResetModel();
}

void CombinedRosterModel::removeRoster(RosterModel& roster)
{
    const auto it = std::find_if(m_sections.begin(), m_sections.end(),
        [&roster](const auto& section) { return section->model == &roster; });
    if (it == m_sections.end()) {
        return;
    }
    beginResetModel();
    disconnect(&roster, nullptr, this, nullptr);
    disconnect(&(*it)->account->client(), nullptr, this, nullptr);
    disconnect((*it)->account->client().findModule<PresenceModule>(), nullptr, this, nullptr);
    m_sections.erase(it);
    for (std::size_t row = 0; row < m_sections.size(); ++row) {
        m_sections[row]->row = int(row);
    }
    endResetModel();
}

void CombinedRosterModel::connectSource(Section* section)
{
    RosterModel* source = section->model;
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this, section](const QModelIndex& parent, int first, int last) {
            beginInsertRows(mapFromSource(section, parent), first, last);
        });
    connect(source, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this, section](const QModelIndex& parent, int first, int last) {
            beginRemoveRows(mapFromSource(section, parent), first, last);
        });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this, section] {
        endRemoveRows();
        // A removed group's node goes with it: its address may be reused by a new group.
        std::erase_if(section->contactParents,
            [](const auto& entry) { return !entry.second->sourceGroup.isValid(); });
    });
    connect(source, &QAbstractItemModel::dataChanged, this,
        [this, section](
            const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) {
            Q_EMIT dataChanged(
                mapFromSource(section, topLeft), mapFromSource(section, bottomRight), roles);
        });
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this, section] {
        section->contactParents.clear();
        endResetModel();
    });
    // RosterModel inserts, removes and resets, but never moves rows or changes its layout, so
    // those signals need no mapping here.

    // The section row shows the account's own presence and whether it is connected.
    const auto accountChanged = [this, section] {
        if (hasSections()) {
            const QModelIndex row = createIndex(section->row, 0, nullptr);
            Q_EMIT dataChanged(row, row);
        }
    };
    connect(&section->account->client(), &Client::stateChanged, this, accountChanged);
    connect(section->account->client().findModule<PresenceModule>(),
        &PresenceModule::ownPresenceChanged, this, accountChanged);
}

CombinedRosterModel::Node* CombinedRosterModel::nodeFor(
    Section* section, const QModelIndex& sourceContact) const
{
    auto& node = section->contactParents[sourceContact.internalPointer()];
    if (!node) {
        node = std::make_unique<Node>();
        node->section = section;
        node->sourceGroup = sourceContact.parent();
    }
    return node.get();
}

QModelIndex CombinedRosterModel::mapFromSource(Section* section, const QModelIndex& source) const
{
    if (!source.isValid()) {
        return hasSections() ? createIndex(section->row, 0, nullptr) : QModelIndex();
    }
    if (!source.parent().isValid()) {
        return createIndex(source.row(), source.column(), &section->groups);
    }
    return createIndex(source.row(), source.column(), nodeFor(section, source));
}

QModelIndex CombinedRosterModel::mapToSource(const QModelIndex& index) const
{
    const auto* node = static_cast<const Node*>(index.internalPointer());
    if (!node) {
        return {}; // an account's section row
    }
    RosterModel* source = node->section->model;
    if (node == &node->section->groups) {
        return source->index(index.row(), index.column());
    }
    return source->index(index.row(), index.column(), node->sourceGroup);
}

CombinedRosterModel::Section* CombinedRosterModel::sectionOf(const QModelIndex& index) const
{
    if (const auto* node = static_cast<const Node*>(index.internalPointer())) {
        return node->section;
    }
    return index.row() < int(m_sections.size()) ? m_sections[index.row()].get() : nullptr;
}

QModelIndex CombinedRosterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column != 0 || m_sections.empty()) {
        return {};
    }
    if (!parent.isValid()) {
        if (hasSections()) {
            return row < int(m_sections.size()) ? createIndex(row, 0, nullptr) : QModelIndex();
        }
        Section* only = m_sections.front().get();
        return row < only->model->rowCount() ? createIndex(row, 0, &only->groups) : QModelIndex();
    }
    const auto* parentNode = static_cast<const Node*>(parent.internalPointer());
    if (!parentNode) {
        Section* section = sectionOf(parent);
        return section && row < section->model->rowCount() ? createIndex(row, 0, &section->groups)
                                                           : QModelIndex();
    }
    if (parentNode != &parentNode->section->groups) {
        return {}; // contacts have no children
    }
    Section* section = parentNode->section;
    const QModelIndex sourceContact = section->model->index(row, 0, mapToSource(parent));
    return sourceContact.isValid() ? createIndex(row, 0, nodeFor(section, sourceContact))
                                   : QModelIndex();
}

QModelIndex CombinedRosterModel::parent(const QModelIndex& child) const
{
    const auto* node = static_cast<const Node*>(child.internalPointer());
    if (!node) {
        return {};
    }
    if (node == &node->section->groups) {
        return hasSections() ? createIndex(node->section->row, 0, nullptr) : QModelIndex();
    }
    return createIndex(node->sourceGroup.row(), 0, &node->section->groups);
}

int CombinedRosterModel::rowCount(const QModelIndex& parent) const
{
    if (m_sections.empty() || parent.column() > 0) {
        return 0;
    }
    if (!parent.isValid()) {
        return hasSections() ? int(m_sections.size()) : m_sections.front()->model->rowCount();
    }
    if (!parent.internalPointer()) {
        const Section* section = sectionOf(parent);
        return section ? section->model->rowCount() : 0;
    }
    const QModelIndex source = mapToSource(parent);
    return source.parent().isValid() ? 0 : source.model()->rowCount(source);
}

int CombinedRosterModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant CombinedRosterModel::accountData(const Section& section, int role) const
{
    Client& client = section.account->client();
    switch (role) {
    case Qt::DisplayRole:
    case RosterModel::NameRole:
    case RosterModel::AccountRole:
    case RosterModel::JidRole:
        return section.account->jid();
    case RosterModel::IsGroupRole:
        return true;
    case RosterModel::GroupKindRole:
        return QVariant::fromValue(RosterModel::GroupKind::Account);
    case RosterModel::PresenceShowRole:
        return client.isConnected() ? int(client.findModule<PresenceModule>()->ownShow()) : -1;
    case RosterModel::StatusTextRole:
        return client.findModule<PresenceModule>()->ownStatus();
    case RosterModel::SortKeyRole:
        // Sections keep the order the accounts were added in.
        return QStringLiteral("%1").arg(section.row, 4, 10, QLatin1Char('0'));
    default:
        return {};
    }
}

QVariant CombinedRosterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (!index.internalPointer()) {
        const Section* section = sectionOf(index);
        return section ? accountData(*section, role) : QVariant();
    }
    return mapToSource(index).data(role);
}

QHash<int, QByteArray> CombinedRosterModel::roleNames() const
{
    return m_sections.empty() ? QAbstractItemModel::roleNames()
                              : m_sections.front()->model->roleNames();
}

} // namespace Palaver::Im

// CombinedRosterModel: one roster for all accounts. With a single account it is that account's
// RosterModel as it is (groups, then contacts); with several, each account is a section row
// above its groups. Rows are mapped, never copied: the accounts' models stay the only owners
// of contacts, and their batched updates pass through as they are.
#pragma once

#include <QAbstractItemModel>
#include <QPersistentModelIndex>

#include <memory>
#include <unordered_map>
#include <vector>

namespace Palaver::Im {

class Account;
class RosterModel;

class CombinedRosterModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit CombinedRosterModel(QObject* parent = nullptr);
    ~CombinedRosterModel() override;

    // The model must outlive its place here; removeRoster() before deleting it.
    void addRoster(Account& account, RosterModel& roster);
    void removeRoster(RosterModel& roster);
    bool hasSections() const { return m_sections.size() > 1; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Section;
    // What a group or contact row's internal pointer refers to: for a group row, its
    // section's own node (no source group); for a contact row, the node of its group.
    struct Node
    {
        Section* section = nullptr;
        QPersistentModelIndex sourceGroup;
    };
    struct Section
    {
        Account* account = nullptr;
        RosterModel* model = nullptr;
        int row = 0;
        Node groups;
        // One node per source group that has had a contact row mapped, keyed by the source's
        // own internal pointer for that group's contacts.
        std::unordered_map<const void*, std::unique_ptr<Node>> contactParents;
    };

    void connectSource(Section* section);
    Node* nodeFor(Section* section, const QModelIndex& sourceContact) const;
    QModelIndex mapFromSource(Section* section, const QModelIndex& source) const;
    QModelIndex mapToSource(const QModelIndex& index) const;
    Section* sectionOf(const QModelIndex& index) const;
    QVariant accountData(const Section& section, int role) const;

    std::vector<std::unique_ptr<Section>> m_sections;
};

} // namespace Palaver::Im

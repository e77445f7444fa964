// RosterProxyModel: the roster as the user wants to see it: offline contacts shown or hidden,
// filtered as they type, requests first, then contacts by presence and name.
#pragma once

#include <QSortFilterProxyModel>

namespace Palaver::Im {

class RosterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(bool showOffline READ showOffline WRITE setShowOffline NOTIFY showOfflineChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)

public:
    explicit RosterProxyModel(QObject* parent = nullptr);

    bool showOffline() const { return m_showOffline; }
    void setShowOffline(bool show);
    const QString& filterText() const { return m_filterText; }
    // Matches names and addresses, ignoring case; while filtering, offline contacts show too.
    void setFilterText(const QString& text);

Q_SIGNALS:
    void showOfflineChanged(bool show);
    void filterTextChanged(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool m_showOffline = false;
    QString m_filterText;
};

} // namespace Palaver::Im

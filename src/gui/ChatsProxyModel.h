// ChatsProxyModel: the chats list as the user sees it (over a ConversationsModel): pinned
// chats first, then the newest; a chat the user closed stays out of the list until something
// new happens in it; filtered by name, address or last message. Pins and closings are kept in
// the profile's settings.
#pragma once

#include <QSortFilterProxyModel>

#include <functional>

class QSettings;

namespace Palaver::Gui {

class ChatsProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 100, // what the user calls the contact or room
        PinnedRole,
    };
    Q_ENUM(Role)

    // The name to show for a conversation: the contact's or the room's, else the address.
    using NameOf = std::function<QString(const QString& account, const QString& peer, bool room)>;

    explicit ChatsProxyModel(QObject* parent = nullptr);

    void setSettings(QSettings* settings);
    void setNameOf(NameOf nameOf);
    void setFilterText(const QString& text);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setPinned(const QModelIndex& index, bool pinned);
    // Out of the list until its next message.
    void closeChat(const QModelIndex& index);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    static QString keyOf(const QModelIndex& index);
    bool isPinned(const QModelIndex& sourceIndex) const;
    QString nameOf(const QModelIndex& sourceIndex) const;

    QSettings* m_settings = nullptr;
    NameOf m_nameOf;
    QString m_filter;
    QStringList m_pinned;
};

} // namespace Palaver::Gui

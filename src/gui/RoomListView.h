// RoomListView: the "Rooms" list of the main window: each bookmarked or open room with the
// room icon (faint while we are not in it) and its unread count, as tall as its rows (up to a
// few; then it scrolls), so the contacts keep the room below.
#pragma once

#include <QListView>

namespace Palaver::Gui {

class RoomListView : public QListView
{
    Q_OBJECT

public:
    static constexpr int MaxVisibleRows = 6;

    explicit RoomListView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void roomActivated(const QString& account, const QString& room);
    void roomMenuRequested(const QString& account, const QString& room, const QPoint& globalPos);

private:
    void updateHeight();
};

} // namespace Palaver::Gui

// NotificationLevel: how much a conversation may say when the user is not reading it: every
// message, mentions only (a room's default) or nothing; kept in the profile's settings.
#pragma once

#include <QString>

class QMenu;
class QSettings;
class QWidget;

namespace Palaver::Gui {

class NotificationLevel
{
public:
    enum Level {
        All = 0,
        Mentions = 1,
        Nothing = 2,
    };

    static Level of(
        const QSettings& settings, const QString& account, const QString& peer, bool room);
    static void set(QSettings& settings, const QString& account, const QString& peer, Level level);
    // "Notify Me About" with the three choices, the current one checked.
    static QMenu* menu(QSettings& settings, const QString& account, const QString& peer, bool room,
        QWidget* parent);
};

} // namespace Palaver::Gui

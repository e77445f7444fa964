// SettingsKeys: the names of the user's choices in the profile's settings, with their defaults.
#pragma once

#include <QString>
#include <QUrl>

namespace Palaver::Gui::SettingsKeys {

inline const QString theme = QStringLiteral("appearance/theme"); // 0 system, 1 light, 2 dark
inline const QString fontSize = QStringLiteral("appearance/fontSize"); // points; 0 the system's
inline const QString separateWindows = QStringLiteral("appearance/separateWindows"); // not tabs
inline const QString notifications = QStringLiteral("notifications/enabled");
inline const QString notificationSound = QStringLiteral("notifications/sound");
inline const QString closeToTray = QStringLiteral("ui/closeToTray"); // unset: not asked yet
inline const QString startMinimised = QStringLiteral("ui/startMinimised");
inline const QString autostart = QStringLiteral("ui/autostart"); // with the desktop session
inline const QString awayMinutes = QStringLiteral("autoAway/awayMinutes");
inline const QString extendedAwayMinutes = QStringLiteral("autoAway/extendedAwayMinutes");
inline const QString retentionDays = QStringLiteral("history/retentionDays"); // 0: forever
inline const QString chatStates = QStringLiteral("privacy/chatStates");
inline const QString readMarkers = QStringLiteral("privacy/readMarkers");
inline const QString revealOs = QStringLiteral("privacy/revealOs");

// One conversation's entry in a group of settings (drafts, notification levels…). Addresses
// hold '/', which settings would read as groups: the pair is percent-encoded.
inline QString forConversation(const QString& group, const QString& account, const QString& peer)
{
    return group + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(account + u' ' + peer));
}

constexpr int defaultAwayMinutes = 5;
constexpr int defaultExtendedAwayMinutes = 30;

} // namespace Palaver::Gui::SettingsKeys

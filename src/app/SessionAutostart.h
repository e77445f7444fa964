// SessionAutostart: whether Palaver starts with the user's desktop session: an XDG autostart
// entry on Linux and other free desktops, the Run key on Windows. Not offered elsewhere.
#pragma once

#include <QString>

namespace Palaver::App {

class SessionAutostart
{
public:
    static bool isSupported();
    static bool isEnabled();
    // False when the entry could not be written or removed.
    static bool setEnabled(bool enabled);
    // Where the XDG entry lives ($XDG_CONFIG_HOME/autostart/palaver.desktop).
    static QString entryPath();
};

} // namespace Palaver::App

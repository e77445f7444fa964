// PresenceStyle: how a presence looks and reads: its icon and its name in the user's language.
// A presence is an Xmpp::Presence::Show as int, or Offline (-1), as the models report it.
#pragma once

#include <QIcon>
#include <QList>
#include <QString>

namespace Palaver::Gui {

class PresenceStyle
{
public:
    static constexpr int Offline = -1;

    static QIcon icon(int show);
    static QString name(int show);
    // What the user can choose, in menu order.
    static QList<int> choices();
    static QIcon connectingIcon();
    static QIcon requestIcon();
};

} // namespace Palaver::Gui

#include "PresenceStyle.h"

#include "xmpp/core/Presence.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Show = Palaver::Xmpp::Presence::Show;

namespace Palaver::Gui {

namespace {

QString iconName(int show)
{
    switch (show) {
    case int(Show::Online):
        return u"online"_s;
    case int(Show::Chat):
        return u"chat"_s;
    case int(Show::Away):
        return u"away"_s;
    case int(Show::ExtendedAway):
        return u"xa"_s;
    case int(Show::DoNotDisturb):
        return u"dnd"_s;
    default:
        return u"offline"_s;
    }
}

} // namespace

QIcon PresenceStyle::icon(int show)
{
    return QIcon(u":/icons/status/"_s + iconName(show) + u".svg"_s);
}

QString PresenceStyle::name(int show)
{
    switch (show) {
    case int(Show::Online):
        return QCoreApplication::translate("PresenceStyle", "Online");
    case int(Show::Chat):
        return QCoreApplication::translate("PresenceStyle", "Free for chat");
    case int(Show::Away):
        return QCoreApplication::translate("PresenceStyle", "Away");
    case int(Show::ExtendedAway):
        return QCoreApplication::translate("PresenceStyle", "Extended away");
    case int(Show::DoNotDisturb):
        return QCoreApplication::translate("PresenceStyle", "Do not disturb");
    default:
        return QCoreApplication::translate("PresenceStyle", "Offline");
    }
}

QList<int> PresenceStyle::choices()
{
    return {int(Show::Online), int(Show::Chat), int(Show::Away), int(Show::ExtendedAway),
        int(Show::DoNotDisturb), Offline};
}

QIcon PresenceStyle::connectingIcon()
{
    return QIcon(u":/icons/status/connecting.svg"_s);
}

QIcon PresenceStyle::requestIcon()
{
    return QIcon(u":/icons/status/request.svg"_s);
}

} // namespace Palaver::Gui

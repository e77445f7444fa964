#include "ContactPresence.h"

namespace Palaver::Xmpp {

ContactPresence ContactPresence::fromPresence(const Presence& presence)
{
    ContactPresence result;
    result.jid = presence.from();
    result.available = presence.type() == Presence::Type::Available;
    if (result.available) {
        result.show = presence.show();
        result.priority = presence.priority();
    }
    // A status is a line or two; a longer one is cut rather than laid out on every paint.
    result.status = presence.status().left(MaxStatusLength);
    result.received = QDateTime::currentDateTimeUtc();
    return result;
}

int ContactPresence::availabilityRank(Presence::Show show)
{
    switch (show) {
    case Presence::Show::Chat:
        return 5;
    case Presence::Show::Online:
        return 4;
    case Presence::Show::Away:
        return 3;
    case Presence::Show::ExtendedAway:
        return 2;
    case Presence::Show::DoNotDisturb:
        return 1;
    }
    return 0;
}

bool ContactPresence::isBetter(const ContactPresence& a, const ContactPresence& b)
{
    if (a.available != b.available) {
        return a.available;
    }
    if (a.priority != b.priority) {
        return a.priority > b.priority;
    }
    if (a.show != b.show) {
        return availabilityRank(a.show) > availabilityRank(b.show);
    }
    return a.received > b.received; // the most recent wins a tie
}

} // namespace Palaver::Xmpp

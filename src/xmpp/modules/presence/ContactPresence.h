// ContactPresence: what one resource of a contact (or of our own account) announced.
#pragma once

#include "../../core/Presence.h"

#include <QDateTime>

namespace Palaver::Xmpp {

struct ContactPresence
{
    Jid jid; // full JID of the resource; bare when a server speaks for the whole account
    bool available = false;
    Presence::Show show = Presence::Show::Online;
    QString status;
    int priority = 0;
    QDateTime received;

    static constexpr int MaxStatusLength = 1024;
    static ContactPresence fromPresence(const Presence& presence);

    // Which of two resources represents the contact: higher priority first, then the more
    // available show (RFC 6121 §4.7.2.3 leaves the rest to the client).
    static bool isBetter(const ContactPresence& a, const ContactPresence& b);
    static int availabilityRank(Presence::Show show);
};

} // namespace Palaver::Xmpp

// RoomText: what happens in a group chat room, in words a person understands: why joining
// failed and what to do, why we are out, what a moderation refusal means, and the names of
// roles and affiliations.
#pragma once

#include "xmpp/core/StanzaError.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"

#include <QCoreApplication>

namespace Palaver::Gui {

class RoomText
{
    Q_DECLARE_TR_FUNCTIONS(RoomText)

public:
    static QString joinError(const Xmpp::StanzaError& error);
    static QString exit(Xmpp::MucRoom::Exit exit, const QString& reason);
    // A refused request (moderation, subject, configuration).
    static QString refusal(const Xmpp::StanzaError& error);
    static QString roleGroup(Xmpp::MucRole role, int count);
    static QString role(Xmpp::MucRole role);
    static QString affiliation(Xmpp::MucAffiliation affiliation);

private:
    static QString withServerText(const QString& sentence, const Xmpp::StanzaError& error);
};

} // namespace Palaver::Gui

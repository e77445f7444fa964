// DemoCard: publishes a demo persona's profile as a client does: the vCard with the drawn
// portrait (XEP-0054, read through XEP-0153), then the portrait for XEP-0084 too.
#pragma once

#include <QString>

#include <functional>

class QObject;

namespace Palaver::Xmpp {
class Client;
}

namespace Palaver::Demo {

struct DemoPersona;

// The client needs the VCardModule and AvatarModule; done gets an empty error on success.
void publishCard(Xmpp::Client& client, const DemoPersona& persona, QObject* context,
    std::function<void(const QString& error)> done);

} // namespace Palaver::Demo

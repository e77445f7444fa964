// OwnAccount: what the user does to the account itself on its server (XEP-0077 in-band
// registration, for a signed-in user): change the password, or delete the account.
#pragma once

#include "xmpp/core/StanzaError.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Palaver::Xmpp {
class Client;
}

namespace Palaver::Im {

class OwnAccount : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const std::optional<Xmpp::StanzaError>& refused)>;

    explicit OwnAccount(Xmpp::Client& client, QObject* parent = nullptr);

    // The new password goes to the server; once it accepts, this session's settings use it
    // too, so a reconnect signs in with it.
    void changePassword(const QString& password, QObject* context, Done done);
    // Removes the account from the server, with everything the server keeps for it.
    void deleteAccount(QObject* context, Done done);

private:
    Xmpp::Client& m_client;
};

} // namespace Palaver::Im

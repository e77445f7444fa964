// AccountRegistration: creates an account on a server that allows it (XEP-0077): an
// encrypted stream without signing in (TLS and certificate checks as for any sign-in), the
// server's form (its XEP-0004 data form, or the old fixed fields made into one), the filled
// form sent back, and the stream closed again.
#pragma once

#include "core/Jid.h"
#include "core/StanzaError.h"
#include "modules/xep0004_dataforms/DataForm.h"
#include "stream/ConnectionError.h"
#include "stream/ConnectionSettings.h"

#include <QObject>

namespace Palaver::Xmpp {

class Client;
class XmlElement;

class AccountRegistration : public QObject
{
    Q_OBJECT

public:
    explicit AccountRegistration(QObject* parent = nullptr);
    ~AccountRegistration() override;

    // Connects to the server of settings.jid (its domain) and asks for the form; a username
    // in settings.jid is filled in already.
    void start(ConnectionSettings settings);
    // Sends the filled form: succeeded() or rejected() follows.
    void submit(const DataForm& filled);
    void cancel();
    // The server tests use; users never need it.
    Client& client() { return *m_client; }

    // The fixed fields of XEP-0077 §3.1 made into a form; labels are left to the UI.
    static DataForm formFromLegacyQuery(const XmlElement& query);

Q_SIGNALS:
    void formReceived(const Palaver::Xmpp::DataForm& form);
    void succeeded(const Palaver::Xmpp::Jid& jid, const QString& password);
    // The server refused the filled form (a name taken, a field missing…); the form can be
    // corrected and sent again.
    void rejected(const Palaver::Xmpp::StanzaError& error);
    // The server could not be reached, or does not allow creating accounts.
    void failed(const Palaver::Xmpp::ConnectionError& error);

private:
    void requestForm();
    void onForm(const XmlElement& query);

    Client* m_client;
    QString m_domain;
    QString m_username;
    bool m_legacy = false;
    bool m_done = false;
};

} // namespace Palaver::Xmpp

// PresenceModule: our own presence, sent again on every new session, and what contacts and
// our other resources announce (RFC 6121 §4).
#pragma once

#include "../../Module.h"
#include "ContactPresence.h"

namespace Palaver::Xmpp {

class PresenceModule : public Module
{
    Q_OBJECT

public:
    explicit PresenceModule(QObject* parent = nullptr);

    // Sets and, when connected, announces our presence; it is announced again after every
    // reconnection that could not resume the session.
    void setOwnPresence(Presence::Show show, const QString& status, int priority = 0);
    Presence::Show ownShow() const { return m_show; }
    const QString& ownStatus() const { return m_status; }
    int ownPriority() const { return m_priority; }
    // Announces that we are going offline (before a deliberate disconnect).
    void sendUnavailable(const QString& status = {});

    void attach(Client& client) override;

Q_SIGNALS:
    void presenceChanged(const Palaver::Xmpp::ContactPresence& presence);
    // Our own show or status was set (announced now or at the next sign-in).
    void ownPresenceChanged();
    // A presence of type error: the contact's server could not deliver ours, for instance.
    void presenceError(const Palaver::Xmpp::Jid& from, const Palaver::Xmpp::StanzaError& error);

private:
    void announce();
    void onPresence(const Presence& presence);

    Presence::Show m_show = Presence::Show::Online;
    QString m_status;
    int m_priority = 0;
};

} // namespace Palaver::Xmpp

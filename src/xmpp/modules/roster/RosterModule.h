// RosterModule: fetches the roster on login (with versioning, XEP-0237), takes pushes only
// from our own account, and adds, changes and removes contacts (RFC 6121 §2).
#pragma once

#include "../../Module.h"
#include "RosterItem.h"

#include <functional>

namespace Palaver::Xmpp {

class RosterModule : public Module
{
    Q_OBJECT

public:
    explicit RosterModule(QObject* parent = nullptr);

    // The version of the roster the caller already has stored (empty when none): sent on
    // login so that an unchanged roster costs nothing to fetch.
    void setCachedVersion(const QString& version) { m_cachedVersion = version; }
    const QString& cachedVersion() const { return m_cachedVersion; }

    using Completion = std::function<void(const StanzaError* error)>;
    // Adds a contact or changes its name and groups; the server's push brings the result.
    void addOrUpdate(const RosterItem& item, QObject* context = nullptr, Completion done = {});
    void remove(const Jid& jid, QObject* context = nullptr, Completion done = {});
    // Fetches the roster again (normally automatic on every fresh session).
    void requestRoster();

    void attach(Client& client) override;
    QStringList iqNamespaces() const override;
    bool handleIqRequest(const Iq& request) override;

Q_SIGNALS:
    // The whole roster, replacing whatever was there.
    void rosterReceived(const QList<Palaver::Xmpp::RosterItem>& items, const QString& version);
    // The server says our stored roster (cachedVersion) is still current; pushes may follow.
    void rosterUnchanged();
    // One item added, changed or removed (subscription Remove).
    void itemPushed(const Palaver::Xmpp::RosterItem& item, const QString& version);
    void rosterRequestFailed(const Palaver::Xmpp::StanzaError& error);

private:
    void send(Iq request, QObject* context, Completion done);

    QString m_cachedVersion;
};

} // namespace Palaver::Xmpp

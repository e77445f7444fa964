// RosterStore: the roster kept between sessions, with its version (XEP-0237), and the
// subscription requests the user has not answered yet.
#pragma once

#include "Database.h"
#include "xmpp/modules/roster/RosterItem.h"

#include <QDateTime>
#include <QObject>

namespace Palaver::Im {

struct SubscriptionRequest
{
    Xmpp::Jid jid;
    QString message;
    QDateTime received;
};

struct StoredRoster
{
    QList<Xmpp::RosterItem> items;
    QString version;
    QList<SubscriptionRequest> requests;
};

class RosterStore : public QObject
{
    Q_OBJECT

public:
    explicit RosterStore(Database& database, QObject* parent = nullptr);

    void load(
        const QString& account, QObject* context, std::function<void(const StoredRoster&)> done);
    void replace(
        const QString& account, const QList<Xmpp::RosterItem>& items, const QString& version);
    void apply(const QString& account, const Xmpp::RosterItem& item, const QString& version);
    void addRequest(const QString& account, const SubscriptionRequest& request);
    void removeRequest(const QString& account, const Xmpp::Jid& jid);

private:
    Database& m_database;
};

} // namespace Palaver::Im

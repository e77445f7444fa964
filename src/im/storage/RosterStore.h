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

// Someone who is no contact writing to us: the conversation waits until the user accepts it.
struct MessageRequest
{
    Xmpp::Jid jid;
    QString preview; // the start of the first message
    QDateTime received;
    bool accepted = false;
};

struct StoredRoster
{
    QList<Xmpp::RosterItem> items;
    QString version;
    QList<SubscriptionRequest> requests;
    QList<MessageRequest> messageRequests; // waiting and accepted
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
    void saveMessageRequest(const QString& account, const MessageRequest& request);
    void removeMessageRequest(const QString& account, const Xmpp::Jid& jid);

private:
    Database& m_database;
};

} // namespace Palaver::Im

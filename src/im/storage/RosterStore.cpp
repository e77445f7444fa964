#include "RosterStore.h"

#include "AccountRows.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using Palaver::Xmpp::Jid;
using Palaver::Xmpp::RosterItem;

namespace Palaver::Im {
namespace {
// Group names cannot contain a line feed in any sane roster; it separates them here.
const QChar groupSeparator = u'\n';

void upsert(QSqlQuery& query, qint64 account, const RosterItem& item)
{
    query.addBindValue(account);
    query.addBindValue(item.jid.toString());
    query.addBindValue(item.name);
    query.addBindValue(item.groups.join(groupSeparator));
    query.addBindValue(int(item.subscription));
    query.addBindValue(item.askSubscribe ? 1 : 0);
    query.addBindValue(item.approved ? 1 : 0);
    query.exec();
}

const QString upsertSql = u"INSERT OR REPLACE INTO roster (account_id, jid, name, groups, "
                          "subscription, ask, approved) VALUES (?, ?, ?, ?, ?, ?, ?)"_s;

void setVersion(QSqlDatabase& db, qint64 account, const QString& version)
{
    QSqlQuery query(db);
    query.prepare(u"UPDATE accounts SET roster_version = ? WHERE id = ?"_s);
    query.addBindValue(version);
    query.addBindValue(account);
    query.exec();
}
} // namespace

RosterStore::RosterStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

void RosterStore::load(
    const QString& account, QObject* context, std::function<void(const StoredRoster&)> done)
{
    m_database.read<StoredRoster>(
        [account](QSqlDatabase& db) {
            StoredRoster roster;
            const qint64 row = accountRow(db, account);
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(u"SELECT roster_version FROM accounts WHERE id = ?"_s);
            query.addBindValue(row);
            if (query.exec() && query.next()) {
                roster.version = query.value(0).toString();
            }
            query.prepare(u"SELECT jid, name, groups, subscription, ask, approved FROM roster "
                          "WHERE account_id = ?"_s);
            query.addBindValue(row);
            query.exec();
            while (query.next()) {
                RosterItem item;
                item.jid = Jid::fromString(query.value(0).toString());
                item.name = query.value(1).toString();
                const QString groups = query.value(2).toString();
                if (!groups.isEmpty()) {
                    item.groups = groups.split(groupSeparator);
                }
                item.subscription = RosterItem::Subscription(query.value(3).toInt());
                item.askSubscribe = query.value(4).toBool();
                item.approved = query.value(5).toBool();
                if (item.jid.isValid()) {
                    roster.items.append(item);
                }
            }
            query.prepare(u"SELECT jid, message, received FROM subscription_requests "
                          "WHERE account_id = ? ORDER BY received"_s);
            query.addBindValue(row);
            query.exec();
            while (query.next()) {
                roster.requests.append(
                    {Jid::fromString(query.value(0).toString()), query.value(1).toString(),
                        QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC)});
            }
            query.prepare(u"SELECT jid, preview, received, accepted FROM message_requests "
                          "WHERE account_id = ? ORDER BY received"_s);
            query.addBindValue(row);
            query.exec();
            while (query.next()) {
                roster.messageRequests.append(
                    {Jid::fromString(query.value(0).toString()), query.value(1).toString(),
                        QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC),
                        query.value(3).toBool()});
            }
            return roster;
        },
        context, std::move(done));
}

void RosterStore::replace(
    const QString& account, const QList<RosterItem>& items, const QString& version)
{
    m_database.write([account, items, version](QSqlDatabase& db) {
        const qint64 row = accountRow(db, account);
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM roster WHERE account_id = ?"_s);
        query.addBindValue(row);
        query.exec();
        query.prepare(upsertSql);
        for (const RosterItem& item : items) {
            upsert(query, row, item);
        }
        setVersion(db, row, version);
    });
}

void RosterStore::apply(const QString& account, const RosterItem& item, const QString& version)
{
    m_database.write([account, item, version](QSqlDatabase& db) {
        const qint64 row = accountRow(db, account);
        QSqlQuery query(db);
        if (item.subscription == RosterItem::Subscription::Remove) {
            query.prepare(u"DELETE FROM roster WHERE account_id = ? AND jid = ?"_s);
            query.addBindValue(row);
            query.addBindValue(item.jid.toString());
            query.exec();
        } else {
            query.prepare(upsertSql);
            upsert(query, row, item);
        }
        // RFC 6121 §2.6.3: a push without a version leaves the stored one as it is.
        if (!version.isEmpty()) {
            setVersion(db, row, version);
        }
    });
}

void RosterStore::addRequest(const QString& account, const SubscriptionRequest& request)
{
    m_database.write([account, request](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(u"INSERT OR REPLACE INTO subscription_requests (account_id, jid, message, "
                      "received) VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(accountRow(db, account));
        query.addBindValue(request.jid.toString());
        query.addBindValue(request.message);
        query.addBindValue(request.received.toMSecsSinceEpoch());
        query.exec();
    });
}

void RosterStore::removeRequest(const QString& account, const Jid& jid)
{
    m_database.write([account, jid](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM subscription_requests WHERE account_id = ? AND jid = ?"_s);
        query.addBindValue(accountRow(db, account));
        query.addBindValue(jid.toString());
        query.exec();
    });
}

void RosterStore::saveMessageRequest(const QString& account, const MessageRequest& request)
{
    m_database.write([account, request](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(u"INSERT OR REPLACE INTO message_requests (account_id, jid, preview, "
                      "received, accepted) VALUES (?, ?, ?, ?, ?)"_s);
        query.addBindValue(accountRow(db, account));
        query.addBindValue(request.jid.toString());
        query.addBindValue(request.preview);
        query.addBindValue(request.received.toMSecsSinceEpoch());
        query.addBindValue(request.accepted ? 1 : 0);
        query.exec();
    });
}

void RosterStore::removeMessageRequest(const QString& account, const Jid& jid)
{
    m_database.write([account, jid](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM message_requests WHERE account_id = ? AND jid = ?"_s);
        query.addBindValue(accountRow(db, account));
        query.addBindValue(jid.toString());
        query.exec();
    });
}

} // namespace Palaver::Im

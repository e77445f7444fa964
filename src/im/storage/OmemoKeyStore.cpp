#include "OmemoKeyStore.h"

#include <QSqlQuery>

#include <tuple>

using namespace Qt::StringLiterals;
using Palaver::Xmpp::OmemoStore;

namespace Palaver::Im {

OmemoKeyStore::OmemoKeyStore(
    Database& database, const QString& account, OmemoStore& store, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_account(account)
    , m_store(store)
{ }

void OmemoKeyStore::load(QObject* context, std::function<void()> done)
{
    using Rows = QList<std::tuple<int, QString, QByteArray>>;
    m_database.read<Rows>(
        [account = m_account](QSqlDatabase& db) {
            Rows rows;
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(u"SELECT kind, name, value FROM omemo WHERE account = ?"_s);
            query.addBindValue(account);
            query.exec();
            while (query.next()) {
                rows.append({query.value(0).toInt(), query.value(1).toString(),
                    query.value(2).toByteArray()});
            }
            return rows;
        },
        context,
        [this, done = std::move(done)](const Rows& rows) {
            for (const auto& [kind, name, value] : rows) {
                m_store.restore(OmemoStore::Record(kind), name, value);
            }
            m_store.setObserver([this](OmemoStore::Record record, const QString& name,
                                    const QByteArray& value) { write(record, name, value); });
            if (done) {
                done();
            }
        });
}

void OmemoKeyStore::write(OmemoStore::Record record, const QString& name, const QByteArray& value)
{
    m_database.write([account = m_account, kind = int(record), name, value](QSqlDatabase& db) {
        QSqlQuery query(db);
        if (value.isEmpty()) {
            query.prepare(u"DELETE FROM omemo WHERE account = ? AND kind = ? AND name = ?"_s);
        } else {
            query.prepare(
                u"INSERT OR REPLACE INTO omemo (account, kind, name, value) VALUES (?, ?, ?, ?)"_s);
        }
        query.addBindValue(account);
        query.addBindValue(kind);
        query.addBindValue(name);
        if (!value.isEmpty()) {
            query.addBindValue(value);
        }
        query.exec();
    });
}

} // namespace Palaver::Im

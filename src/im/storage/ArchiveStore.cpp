#include "ArchiveStore.h"

#include "AccountRows.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Palaver::Im {

ArchiveStore::ArchiveStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

void ArchiveStore::load(
    const QString& account, QObject* context, std::function<void(const ArchivePosition&)> done)
{
    m_database.read<ArchivePosition>(
        [account](QSqlDatabase& db) {
            ArchivePosition position;
            QSqlQuery query(db);
            query.prepare(
                u"SELECT archive_last_id, archive_last_time FROM accounts WHERE id = ?"_s);
            query.addBindValue(accountRow(db, account));
            if (query.exec() && query.next()) {
                position.lastId = query.value(0).toString();
                if (!query.value(1).isNull()) {
                    position.lastTime
                        = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
                }
            }
            return position;
        },
        context, std::move(done));
}

void ArchiveStore::save(const QString& account, const ArchivePosition& position)
{
    m_database.write([account, position](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(
            u"UPDATE accounts SET archive_last_id = ?, archive_last_time = ? WHERE id = ?"_s);
        query.addBindValue(position.lastId);
        query.addBindValue(position.lastTime.isValid()
                ? QVariant(position.lastTime.toMSecsSinceEpoch())
                : QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(accountRow(db, account));
        query.exec();
    });
}

} // namespace Palaver::Im

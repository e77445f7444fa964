#include "AccountRows.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Palaver::Im {

qint64 accountRow(QSqlDatabase& db, const QString& account)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO accounts (jid) VALUES (?) ON CONFLICT (jid) DO NOTHING"_s);
    query.addBindValue(account);
    query.exec();
    query.prepare(u"SELECT id FROM accounts WHERE jid = ?"_s);
    query.addBindValue(account);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace Palaver::Im

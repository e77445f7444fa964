// AccountRows: the row id of an account in the database, created on first use.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Palaver::Im {

// Database thread only.
qint64 accountRow(QSqlDatabase& db, const QString& account);

} // namespace Palaver::Im

// Schema: the profile database's tables, as a list of migrations (index n brings version n to
// n + 1). Add steps at the end; never change one that has shipped.
#pragma once

#include "Database.h"

namespace Palaver::Im {

QList<Database::Migration> schemaMigrations();
// Whether the SQLite in use has FTS5 (else the schema uses FTS4, with another query syntax).
bool hasFts5(QSqlDatabase& db);

} // namespace Palaver::Im

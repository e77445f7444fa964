// ArchiveStore: how far each account has read its server's archive (XEP-0313), so catching up
// starts where it stopped.
#pragma once

#include "Database.h"

#include <QDateTime>
#include <QObject>

namespace Palaver::Im {

struct ArchivePosition
{
    QString lastId; // archive id of the newest message read
    QDateTime lastTime; // its time, for when the server no longer knows that id
    bool isValid() const { return !lastId.isEmpty(); }
};

class ArchiveStore : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveStore(Database& database, QObject* parent = nullptr);

    void load(
        const QString& account, QObject* context, std::function<void(const ArchivePosition&)> done);
    void save(const QString& account, const ArchivePosition& position);

private:
    Database& m_database;
};

} // namespace Palaver::Im

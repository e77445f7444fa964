// Test helper: writes messages to a history database and prints how many are committed, until
// it is killed. tst_messagestore checks that every one it printed survived.
#include "im/storage/Database.h"
#include "im/storage/MessageStore.h"
#include "im/storage/Schema.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Palaver::Im;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        return 2;
    }
    Database database;
    if (!database.open(QString::fromLocal8Bit(argv[1]), schemaMigrations())) {
        return 1;
    }
    MessageStore store(database);
    int written = 0;
    int committed = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &app, [&] {
        QList<MessageRecord> batch;
        for (int i = 0; i < 10; ++i) {
            MessageRecord record;
            record.account = QStringLiteral("alice@example.com");
            record.peer = QStringLiteral("romeo@example.net");
            record.sender = QStringLiteral("romeo@example.net/x");
            record.body = QStringLiteral("message %1").arg(written);
            record.messageId = QString::number(written++);
            record.timestamp = QDateTime::currentDateTimeUtc();
            batch.append(record);
        }
        store.store(batch, &app, [&](const QList<MessageStore::Stored>& stored) {
            committed += int(stored.size());
            std::printf("%d\n", committed);
            std::fflush(stdout);
        });
    });
    timer.start(1);
    return QCoreApplication::exec();
}

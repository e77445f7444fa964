// History at scale: 1,000,000 messages across 1,000 conversations written through
// MessageStore (insert rate), then a conversation's last page and full-text searches timed
// as the UI would ask for them. Usage: bench_history [messages] [conversations] [dir]
#include "ProcessUsage.h"
#include "im/models/MessagesModel.h"
#include "im/storage/Database.h"
#include "im/storage/MessageStore.h"
#include "im/storage/Schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Palaver::Im;
using namespace Qt::StringLiterals;
using Palaver::Bench::ProcessUsage;

namespace {
QStringList makeVocabulary(QRandomGenerator& random)
{
    // Pronounceable made-up words, plus some real ones to search for.
    const char* syllables[] = {"ka", "lo", "mi", "ne", "ru", "ta", "be", "so", "vi", "da", "po",
        "ge", "fa", "zu", "chi", "ren", "mar", "tel", "sin", "gor"};
    QStringList words = {u"coffee"_s, u"tomorrow"_s, u"meeting"_s, u"café"_s, u"holiday"_s,
        u"birthday"_s, u"train"_s, u"football"_s, u"dinner"_s, u"thanks"_s};
    while (words.size() < 5000) {
        QString word;
        const int parts = 1 + random.bounded(3);
        for (int i = 0; i < parts; ++i) {
            word += QString::fromLatin1(syllables[random.bounded(20)]);
        }
        words.append(word);
    }
    return words;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int conversations = argc > 2 ? std::atoi(argv[2]) : 1000;
    QTemporaryDir temp;
    const QString dir = argc > 3 ? QString::fromLocal8Bit(argv[3]) : temp.path();
    const QString path = dir + u"/bench-history.sqlite"_s;
    QFile::remove(path);

    Database database;
    QString error;
    if (!database.open(path, schemaMigrations(), &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    MessageStore store(database);
    QRandomGenerator random(7);
    const QStringList vocabulary = makeVocabulary(random);
    const QString account = u"me@example.com"_s;

    // Bursts of 1,000, as a catch-up or a busy evening would deliver them.
    const int batchSize = 1000;
    int committed = 0;
    QElapsedTimer insertTimer;
    insertTimer.start();
    const qint64 start = 1600000000000;
    for (int done = 0; done < total; done += batchSize) {
        QList<MessageRecord> batch;
        batch.reserve(batchSize);
        for (int i = done; i < std::min(total, done + batchSize); ++i) {
            MessageRecord record;
            record.account = account;
            record.peer = u"contact%1@example.org"_s.arg(random.bounded(conversations));
            record.outgoing = random.bounded(2) == 0;
            record.sender = record.outgoing ? account + u"/pc"_s : record.peer + u"/phone"_s;
            record.timestamp = QDateTime::fromMSecsSinceEpoch(start + qint64(i) * 30000, Qt::UTC);
            const int length = 3 + random.bounded(15);
            QStringList words;
            for (int w = 0; w < length; ++w) {
                words.append(vocabulary[random.bounded(vocabulary.size())]);
            }
            record.body = words.join(u' ');
            record.messageId = QString::number(i);
            record.archiveId = u"A"_s + QString::number(i);
            record.state = record.outgoing ? MessageRecord::State::Displayed
                                           : MessageRecord::State::Received;
            batch.append(record);
        }
        store.store(batch, &app, [&committed](const QList<MessageStore::Stored>& stored) {
            committed += int(stored.size());
        });
        // Keep a few batches in flight, as a network would, not the whole million in memory.
        ProcessUsage::waitUntil([&] { return committed >= done - 4 * batchSize; }, 600000);
    }
    ProcessUsage::waitUntil([&] { return committed >= total; }, 600000);
    const double insertSeconds = double(insertTimer.nsecsElapsed()) / 1e9;
    std::printf("insert: %d messages in %d conversations, %.1f s, %.0f messages/s\n", total,
        conversations, insertSeconds, total / insertSeconds);

    // Opening a conversation: the model asks for its last page.
    QList<double> pageTimes;
    for (int i = 0; i < 21; ++i) {
        const QString peer = u"contact%1@example.org"_s.arg(random.bounded(conversations));
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        qint64 conversation = 0;
        store.conversationId(account, peer, &app, [&](const qint64& id) {
            conversation = id;
            loop.quit();
        });
        loop.exec();
        int rows = -1;
        store.page(conversation, {}, 0, MessagesModel::PageSize, &app,
            [&](const QList<MessageRecord>& page) {
                rows = int(page.size());
                loop.quit();
            });
        loop.exec();
        pageTimes.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("open a conversation (last %d messages): median %.2f ms, worst %.2f ms\n",
        MessagesModel::PageSize, median(pageTimes),
        *std::max_element(pageTimes.begin(), pageTimes.end()));

    for (const QString& query :
        {u"coffee"_s, u"cafe tomorrow"_s, u"birth"_s, u"kalomi"_s, u"zuchigor sinmar"_s}) {
        QList<double> times;
        int hits = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            QEventLoop loop;
            store.search(query, 0, 50, &app, [&](const QList<MessageRecord>& found) {
                hits = int(found.size());
                loop.quit();
            });
            loop.exec();
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("search \"%s\": %d hits shown, median %.1f ms\n", qPrintable(query), hits,
            median(times));
    }
    database.flush();
    std::printf("database size: %.0f MiB\n", double(QFileInfo(path).size()) / (1024.0 * 1024.0));
    return 0;
}

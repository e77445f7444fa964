// The whole application (offscreen) on the demo server: real Prosody, real TLS, the demo
// people and a crowd as the real palaver-demo-peers program. Signing in with a big roster
// until every contact is listed and the online ones show online; then a burst of messages
// from palaver-demo-peers (five senders at a given rate) until all are stored; then memory
// at rest. Prints wall time, process CPU time and memory.
// Usage: bench_demo [contacts=5000] [online=200] [messages=2000] [rate=2000]
#include "BenchProfile.h"
#include "ProcessUsage.h"
#include "RunningDemo.h"
#include "Stopwatch.h"
#include "app/Application.h"
#include "demo/DemoProfile.h"
#include "gui/MainWindow.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/RosterModel.h"
#include "im/services/MessageService.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLoggingCategory>
#include <QProcess>

#include <cstdio>

using namespace Palaver;
using namespace Qt::StringLiterals;
using Palaver::Bench::ProcessUsage;
using Palaver::Bench::Stopwatch;

namespace {

struct RosterCount
{
    int listed = 0;
    int online = 0;
};

RosterCount countRoster(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    RosterCount count;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (model.hasChildren(index)) {
            const RosterCount inner = countRoster(model, index);
            count.listed += inner.listed;
            count.online += inner.online;
        } else {
            ++count.listed;
            count.online += index.data(Im::RosterModel::PresenceShowRole).toInt() >= 0 ? 1 : 0;
        }
    }
    return count;
}

} // namespace

int main(int argc, char* argv[])
{
    Bench::startLikePalaver();
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"palaver.*.debug=false\npalaver.*.info=false"_s);
    const int contacts = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int online = argc > 2 ? std::atoi(argv[2]) : 200;
    const int messages = argc > 3 ? std::atoi(argv[3]) : 2000;
    const int rate = argc > 4 ? std::atoi(argv[4]) : 2000;
    const int cast = 5;

    std::fprintf(stderr, "starting the demo server with %d contacts, %d of them online…\n",
        contacts, online);
    Testing::RunningDemo demo(qMax(0, contacts - cast));
    QString error;
    if (!demo.start({u"--peers"_s, QString::number(online), u"--no-answers"_s}, &error)) {
        std::fprintf(stderr, "the demo did not start: %s\n", qPrintable(error));
        return 1;
    }
    const QString profileDir = demo.directory() + u"/profile"_s;
    if (!Demo::writeDemoProfile(profileDir, demo.environment(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Im::Profile profile(profileDir);
    profile.open();
    profile.settings().setValue(u"ui/showOffline"_s, true); // every contact is listed
    const long memoryBefore = ProcessUsage::residentKilobytes();

    App::Application application(profile);
    QAbstractItemView& view = application.mainWindow().rosterView();
    Stopwatch watch;
    application.start();
    const auto signedIn = [&] {
        const RosterCount count = countRoster(*view.model());
        return count.listed == contacts && count.online == online;
    };
    if (!ProcessUsage::waitUntil(signedIn, 120000)) {
        const RosterCount count = countRoster(*view.model());
        std::fprintf(stderr, "%d of %d contacts listed, %d of %d online\n", count.listed, contacts,
            count.online, online);
        return 1;
    }
    QApplication::processEvents();
    const double loginWall = watch.wallSeconds();
    const double loginCpu = watch.cpuSeconds();
    ProcessUsage::settle(5000); // pictures, the room, Alice's hello

    Im::Account* account = application.account(demo.environment().jidOf(u"sam"_s).toString());
    int stored = 0;
    QObject::connect(&account->messages(), &Im::MessageService::messagesStored, &app,
        [&stored](const QList<Im::MessageStore::Stored>& batch) {
            for (const Im::MessageStore::Stored& item : batch) {
                stored += item.inserted && item.record.body.startsWith(u"Load message"_s) ? 1 : 0;
            }
        });
    QProcess burst;
    burst.start(QStringLiteral(PALAVER_DEMO_PEERS),
        {u"--environment"_s, demo.server().environmentFile(), u"--peers"_s, u"5"_s, u"--no-room"_s,
            u"--no-answers"_s, u"--burst"_s, QString::number(messages), u"--rate"_s,
            QString::number(rate), u"--exit-after-burst"_s});
    if (!ProcessUsage::waitUntil([&] { return burst.canReadLine(); }, 60000)) {
        std::fprintf(stderr, "the burst's senders did not sign in\n");
        return 1;
    }
    burst.readLine();
    watch.restart();
    if (!ProcessUsage::waitUntil([&] { return stored >= messages; }, 120000)) {
        std::fprintf(stderr, "only %d of %d messages stored\n", stored, messages);
        return 1;
    }
    const double burstWall = watch.wallSeconds();
    const double burstCpu = watch.cpuSeconds();
    burst.waitForFinished(20000);
    const QString sent = QString::fromUtf8(burst.readAll()).trimmed();

    ProcessUsage::settle(3000); // at rest
    const long resting = ProcessUsage::residentKilobytes();
    application.signOff();

    std::printf("sign-in on Prosody, %d contacts listed and %d online in the roster view: "
                "%.3f s wall, %.3f s CPU\n",
        contacts, online, loginWall, loginCpu);
    std::printf("%d messages from 5 senders at %d/s (%s), all stored: %.3f s wall, %.3f s CPU\n",
        messages, rate, qPrintable(sent), burstWall, burstCpu);
    std::printf("resident memory: %.1f MiB at rest (%.1f MiB before the app, %.1f MiB peak)\n",
        double(resting) / 1024.0, double(memoryBefore) / 1024.0,
        double(ProcessUsage::peakKilobytes()) / 1024.0);
    return 0;
}

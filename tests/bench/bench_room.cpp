// Joining a big group chat room in the whole application (offscreen) against the scripted
// server: the room sends its occupants, our own presence, its history and the subject, as
// XEP-0045 §7.2 orders them. Measured from the join until the room's tab shows everyone, every
// history message and the subject; then memory at rest. Prints wall time, process CPU time
// and memory. Usage: bench_room [occupants=500] [history=1000]
#include "BenchProfile.h"
#include "ProcessUsage.h"
#include "ScriptedServer.h"
#include "Stopwatch.h"
#include "app/Application.h"
#include "app/RoomTabs.h"
#include "gui/RoomWidget.h"
#include "im/Profile.h"
#include "im/models/MessagesModel.h"
#include "im/models/OccupantsModel.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"

#include <QApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Palaver;
using namespace Qt::StringLiterals;
using Palaver::Bench::ProcessUsage;
using Palaver::Bench::Stopwatch;

namespace {
const QByteArray room = "lounge@conference.localhost";

QByteArray roomAnswer(int occupants, int history)
{
    const char* roles[] = {"participant", "participant", "participant", "visitor", "moderator"};
    const char* shows[] = {"", "<show>away</show>", "<show>dnd</show>", "", ""};
    QByteArray answer;
    for (int i = 0; i < occupants; ++i) {
        const QByteArray n = QByteArray::number(i);
        answer += "<presence from='" + room + "/Guest " + n + "'>" + shows[i % 5]
            + "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='"
            + roles[i % 5] + "'/></x></presence>";
    }
    answer += "<presence from='" + room
        + "/alice'><x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' "
          "role='participant'/><status code='110'/></x></presence>";
    for (int i = 0; i < history; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray stamp
            = QDateTime::currentDateTimeUtc().addSecs(i - history).toString(Qt::ISODate).toLatin1();
        answer += "<message from='" + room + "/Guest " + QByteArray::number(i % occupants)
            + "' type='groupchat' id='h" + n + "'><body>History message " + n
            + ", with a little text to wrap</body><delay xmlns='urn:xmpp:delay' from='" + room
            + "' stamp='" + stamp + "'/><stanza-id xmlns='urn:xmpp:sid:0' by='" + room + "' id='r"
            + n + "'/></message>";
    }
    answer += "<message from='" + room
        + "/Guest 0' type='groupchat'><subject>Welcome to the lounge</subject></message>";
    return answer;
}

int occupantCount(const Im::OccupantsModel& model)
{
    int count = 0;
    for (int group = 0; group < model.rowCount(); ++group) {
        count += model.rowCount(model.index(group, 0));
    }
    return count;
}
} // namespace

int main(int argc, char* argv[])
{
    Bench::startLikePalaver();
    QApplication app(argc, argv);
    const int occupants = argc > 1 ? std::max(1, std::atoi(argv[1])) : 500;
    const int history = argc > 2 ? std::atoi(argv[2]) : 1000;
    const QByteArray answer = roomAnswer(occupants, history);

    Testing::ScriptedServer server;
    if (!Bench::startScriptedServer(server)) {
        return 1;
    }
    server.onStanza = [&](const Xmpp::XmlElement& stanza) {
        if (stanza.name() == u"presence"
            && stanza.attribute(u"to").startsWith(QString::fromLatin1(room) + u'/')) {
            server.send(QString::fromUtf8(answer));
        }
    };

    QTemporaryDir dir;
    Im::Profile profile(dir.path());
    profile.open();
    Bench::addScriptedAccount(profile, server);

    App::Application application(profile);
    application.start();
    if (!ProcessUsage::waitUntil(
            [&] {
                Im::Account* alice = application.account(u"alice@localhost"_s);
                return alice && alice->client().isConnected();
            },
            30000)) {
        std::fprintf(stderr, "not signed in\n");
        return 1;
    }
    ProcessUsage::settle(500); // archive query and disco settle
    const long memoryBefore = ProcessUsage::residentKilobytes();

    const Stopwatch watch;
    Gui::RoomWidget* tab
        = application.rooms().join(u"alice@localhost"_s, QString::fromLatin1(room), u"alice"_s, {});
    if (!tab
        || !ProcessUsage::waitUntil(
            [&] {
                return occupantCount(tab->occupants()) == occupants + 1
                    && tab->messages().rowCount() >= history && !tab->room().subject().isEmpty();
            },
            60000)) {
        std::fprintf(stderr, "the room did not fill: %d occupants, %d messages\n",
            tab ? occupantCount(tab->occupants()) : 0, tab ? tab->messages().rowCount() : 0);
        return 1;
    }
    QApplication::processEvents();
    const double joinWall = watch.wallSeconds();
    const double joinCpu = watch.cpuSeconds();

    ProcessUsage::settle(3000); // at rest
    const long resting = ProcessUsage::residentKilobytes();
    std::printf("room with %d occupants and %d history messages complete in its tab: %.3f s "
                "wall, %.3f s CPU\n",
        occupants + 1, history, joinWall, joinCpu);
    std::printf("resident memory: %.1f MiB at rest (%.1f MiB before joining, +%.1f MiB)\n",
        double(resting) / 1024.0, double(memoryBefore) / 1024.0,
        double(resting - memoryBefore) / 1024.0);
    return 0;
}

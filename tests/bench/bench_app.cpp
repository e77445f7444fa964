// The whole application, windows and all (offscreen), against the scripted server: signing in
// to an account with a big roster until every contact shows online in the roster view, then a
// burst of 2,000 messages from one contact until they are stored, receipted and counted in
// the open conversation, then memory at rest. Prints wall time, process CPU time and memory.
// Usage: bench_app [contacts=5000] [messages=2000]
#include "BenchProfile.h"
#include "ProcessUsage.h"
#include "ScriptedServer.h"
#include "Stopwatch.h"
#include "app/Application.h"
#include "gui/ConversationWidget.h"
#include "gui/ConversationWindows.h"
#include "gui/MainWindow.h"
#include "im/Profile.h"
#include "im/models/ConversationsModel.h"
#include "im/models/MessagesModel.h"
#include "xmpp/core/Namespaces.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Palaver;
using namespace Qt::StringLiterals;
using Palaver::Bench::ProcessUsage;
using Palaver::Bench::Stopwatch;

namespace {

int visibleContacts(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        count += model.hasChildren(index) ? visibleContacts(model, index) : 1;
    }
    return count;
}

QByteArray rosterOf(int contacts, QByteArray* presences)
{
    const char* groups[] = {"Friends", "Family", "Work", "Football", "Neighbours"};
    QByteArray roster = "<query xmlns='jabber:iq:roster'>";
    for (int i = 0; i < contacts; ++i) {
        const QByteArray jid = "contact" + QByteArray::number(i) + "@example.org";
        roster += "<item jid='" + jid + "' name='Contact " + QByteArray::number(i)
            + "' subscription='both'><group>" + groups[i % 5] + "</group></item>";
        *presences += "<presence from='" + jid + "/phone'><show>" + (i % 3 == 0 ? "away" : "chat")
            + "</show><status>Status of " + QByteArray::number(i) + "</status></presence>";
    }
    return roster + "</query>";
}

QByteArray burstOf(int count)
{
    QByteArray burst;
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        burst += "<message from='contact0@example.org/phone' to='alice@localhost/assigned' "
                 "type='chat' id='m"
            + n + "'><body>Message number " + n + ", see you there 😀</body>"
            + "<request xmlns='urn:xmpp:receipts'/><markable xmlns='urn:xmpp:chat-markers:0'/>"
              "<stanza-id xmlns='urn:xmpp:sid:0' by='alice@localhost' id='s"
            + n + "'/></message>";
    }
    return burst;
}

} // namespace

int main(int argc, char* argv[])
{
    Bench::startLikePalaver();
    QApplication app(argc, argv);
    const int contacts = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int messages = argc > 2 ? std::atoi(argv[2]) : 2000;
    QByteArray presences;
    const QByteArray roster = rosterOf(contacts, &presences);
    const QByteArray burst = burstOf(messages);

    Testing::ScriptedServer server;
    if (!Bench::startScriptedServer(server)) {
        return 1;
    }
    int receipts = 0;
    server.onStanza = [&](const Xmpp::XmlElement& stanza) {
        if (stanza.name() == u"iq" && stanza.hasChild(u"query", Xmpp::Ns::Roster)) {
            server.send(u"<iq type='result' id='%1'>"_s.arg(stanza.attribute(u"id"))
                + QString::fromUtf8(roster) + u"</iq>"_s + QString::fromUtf8(presences));
        } else if (stanza.hasChild(u"received", Xmpp::Ns::Receipts)) {
            ++receipts;
        }
    };

    QTemporaryDir dir;
    Im::Profile profile(dir.path());
    profile.open();
    Bench::addScriptedAccount(profile, server);
    profile.settings().setValue(u"ui/showOffline"_s, false);
    const long memoryBefore = ProcessUsage::residentKilobytes();

    App::Application application(profile);
    QAbstractItemView& view = application.mainWindow().rosterView();
    Stopwatch watch;
    application.start();
    if (!ProcessUsage::waitUntil(
            [&] { return visibleContacts(*view.model()) == contacts; }, 120000)) {
        std::fprintf(stderr, "only %d of %d contacts shown online\n",
            visibleContacts(*view.model()), contacts);
        return 1;
    }
    QApplication::processEvents();
    const double loginWall = watch.wallSeconds();
    const double loginCpu = watch.cpuSeconds();
    ProcessUsage::settle(500); // archive query and disco settle

    Gui::ConversationWidget* chat
        = application.openChat(u"alice@localhost"_s, u"contact0@example.org"_s);
    ProcessUsage::settle(200);
    watch.restart();
    server.send(QString::fromUtf8(burst));
    if (!ProcessUsage::waitUntil(
            [&] { return chat->messages().rowCount() >= messages && receipts == messages; },
            120000)) {
        std::fprintf(stderr, "only %d shown, %d receipts\n", chat->messages().rowCount(), receipts);
        return 1;
    }
    QApplication::processEvents();
    const double burstWall = watch.wallSeconds();
    const double burstCpu = watch.cpuSeconds();

    ProcessUsage::settle(3000); // at rest
    const long resting = ProcessUsage::residentKilobytes();

    std::printf("sign-in, %d contacts online in the roster view: %.3f s wall, %.3f s CPU\n",
        contacts, loginWall, loginCpu);
    std::printf("%d messages stored, receipted, in the open conversation: %.3f s wall, %.3f s "
                "CPU\n",
        messages, burstWall, burstCpu);
    std::printf("resident memory: %.1f MiB at rest (%.1f MiB before the app, %.1f MiB peak)\n",
        double(resting) / 1024.0, double(memoryBefore) / 1024.0,
        double(ProcessUsage::peakKilobytes()) / 1024.0);
    return 0;
}

// Big roster: 10,000 contacts fetched over a real TLS stream into the roster model (with the
// sort/filter proxy attached), then 10,000 presence updates. Prints wall time, process CPU
// time and peak memory. The server is the scripted test server in this process; its share
// of the CPU (writing pre-built bytes) is small.
#include "ProcessUsage.h"
#include "ScriptedServer.h"
#include "Stopwatch.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/RosterModel.h"
#include "im/models/RosterProxyModel.h"
#include "im/services/PresenceService.h"
#include "im/services/RosterService.h"
#include "im/storage/ArchiveStore.h"
#include "im/storage/CapsStore.h"
#include "im/storage/Database.h"
#include "im/storage/MessageStore.h"
#include "im/storage/RosterStore.h"
#include "im/storage/Schema.h"
#include "xmpp/core/Namespaces.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Palaver;
using namespace Qt::StringLiterals;
using Palaver::Bench::ProcessUsage;
using Palaver::Bench::Stopwatch;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int contacts = argc > 1 ? std::atoi(argv[1]) : 10000;
    const char* groups[] = {"Friends", "Family", "Work", "Football", "Neighbours"};

    QByteArray roster = "<query xmlns='jabber:iq:roster'>";
    QByteArray presences;
    for (int i = 0; i < contacts; ++i) {
        const QByteArray jid = "contact" + QByteArray::number(i) + "@example.org";
        roster += "<item jid='" + jid + "' name='Contact " + QByteArray::number(i)
            + "' subscription='both'><group>" + groups[i % 5] + "</group></item>";
        presences += "<presence from='" + jid + "/phone'><show>" + (i % 3 == 0 ? "away" : "chat")
            + "</show><status>Status of " + QByteArray::number(i)
            + "</status><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
              "node='https://example.org' ver='QgayPKawpkPSDYmwT/WM94uAlu0='/></presence>";
    }
    roster += "</query>";

    Testing::ScriptedServer server;
    const QString data = QStringLiteral(PALAVER_TEST_DATA_DIR);
    if (!server.start(data + u"/scripted-server.crt"_s, data + u"/scripted-server.key"_s)) {
        std::fprintf(stderr, "cannot start the scripted server\n");
        return 1;
    }
    server.onStanza = [&](const Xmpp::XmlElement& stanza) {
        if (stanza.name() == u"iq" && stanza.hasChild(u"query", Xmpp::Ns::Roster)) {
            server.send(u"<iq type='result' id='%1'>"_s.arg(stanza.attribute(u"id"))
                + QString::fromUtf8(roster) + u"</iq>"_s);
        }
    };

    QTemporaryDir dir;
    Im::Profile profile(dir.path());
    profile.open();
    Xmpp::ConnectionSettings settings;
    settings.jid = Xmpp::Jid::fromString(u"alice@localhost");
    settings.password = u"secret"_s;
    settings.host = u"127.0.0.1"_s;
    settings.port = server.serverPort();
    settings.pinnedCertificate = server.fingerprint();
    Im::Account account(settings, profile.stores());
    Im::RosterModel model(account);
    Im::RosterProxyModel proxy;
    proxy.setSourceModel(&model);
    if (!ProcessUsage::waitUntil([&] { return account.roster().isLoaded(); }, 5000)) {
        return 1;
    }

    const long memoryBefore = ProcessUsage::peakKilobytes();
    Stopwatch watch;
    account.goOnline();
    if (!ProcessUsage::waitUntil(
            [&] { return account.roster().items().size() == contacts; }, 60000)) {
        std::fprintf(stderr, "the roster did not arrive\n");
        return 1;
    }
    QCoreApplication::processEvents(); // the model reset and the proxy's sort
    const double rosterWall = watch.wallSeconds();
    const double rosterCpu = watch.cpuSeconds();

    watch.restart();
    server.send(QString::fromUtf8(presences));
    int online = 0;
    if (!ProcessUsage::waitUntil(
            [&] {
                online = 0;
                for (int row = 0; row < proxy.rowCount(); ++row) {
                    online += proxy.rowCount(proxy.index(row, 0));
                }
                return online == contacts;
            },
            60000)) {
        std::fprintf(stderr, "presences did not arrive (%d of %d visible)\n", online, contacts);
        return 1;
    }
    const double presenceWallTime = watch.wallSeconds();
    const double presenceCpu = watch.cpuSeconds();

    std::printf("contacts: %d in %d groups\n", contacts, model.rowCount());
    std::printf(
        "login + roster into model and proxy: %.3f s wall, %.3f s CPU\n", rosterWall, rosterCpu);
    std::printf("%d presence updates applied:         %.3f s wall, %.3f s CPU\n", contacts,
        presenceWallTime, presenceCpu);
    std::printf("total:                               %.3f s wall, %.3f s CPU\n",
        rosterWall + presenceWallTime, rosterCpu + presenceCpu);
    std::printf("peak resident memory: %.1f MiB (%.1f MiB before login)\n",
        double(ProcessUsage::peakKilobytes()) / 1024.0, double(memoryBefore) / 1024.0);
    account.goOffline();
    return 0;
}

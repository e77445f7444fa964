// A burst of 2,000 incoming chat messages over a real TLS stream, through the whole pipeline:
// parsing, carbons/archive checks, storing (SQLite, full-text index), receipts once stored,
// the open conversation's model and the conversation list. Prints wall and process CPU time.
#include "ProcessUsage.h"
#include "ScriptedServer.h"
#include "Stopwatch.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/ConversationsModel.h"
#include "im/models/MessagesModel.h"
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
    const int count = argc > 1 ? std::atoi(argv[1]) : 2000;
    const char* words[] = {"hello", "are", "you", "coming", "tonight", "see", "you", "there",
        "café", "thanks", "😀", "tomorrow"};

    QByteArray burst;
    for (int i = 0; i < count; ++i) {
        QByteArray body;
        for (int w = 0; w < 4 + i % 12; ++w) {
            body += words[(i + w) % 12];
            body += ' ';
        }
        const QByteArray n = QByteArray::number(i);
        burst += "<message from='romeo@example.net/orchard' to='alice@localhost/assigned' "
                 "type='chat' id='m"
            + n + "'><body>" + body
            + "</body>"
              "<active xmlns='http://jabber.org/protocol/chatstates'/>"
              "<request xmlns='urn:xmpp:receipts'/><markable xmlns='urn:xmpp:chat-markers:0'/>"
              "<origin-id xmlns='urn:xmpp:sid:0' id='o"
            + n
            + "'/>"
              "<stanza-id xmlns='urn:xmpp:sid:0' by='alice@localhost' id='s"
            + n + "'/></message>";
    }

    Testing::ScriptedServer server;
    const QString data = QStringLiteral(PALAVER_TEST_DATA_DIR);
    if (!server.start(data + u"/scripted-server.crt"_s, data + u"/scripted-server.key"_s)) {
        return 1;
    }
    int receipts = 0;
    server.onStanza = [&](const Xmpp::XmlElement& stanza) {
        if (stanza.name() == u"iq" && stanza.hasChild(u"query", Xmpp::Ns::Roster)) {
            server.send(
                u"<iq type='result' id='%1'><query xmlns='jabber:iq:roster'><item "
                "jid='romeo@example.net' name='Romeo' subscription='both'/></query></iq>"_s.arg(
                    stanza.attribute(u"id")));
        } else if (stanza.hasChild(u"received", Xmpp::Ns::Receipts)) {
            ++receipts;
        }
    };

    QTemporaryDir dir;
    Im::Profile profile(dir.path());
    profile.open();
    Im::MessageStore& messages = profile.messages();
    Xmpp::ConnectionSettings settings;
    settings.jid = Xmpp::Jid::fromString(u"alice@localhost");
    settings.password = u"secret"_s;
    settings.host = u"127.0.0.1"_s;
    settings.port = server.serverPort();
    settings.pinnedCertificate = server.fingerprint();
    Im::Account account(settings, profile.stores());
    Im::ConversationsModel conversations(messages);
    conversations.addAccount(account.jid(), account.messages());
    Im::MessagesModel open(
        messages, account.messages(), account.jid(), Xmpp::Jid::fromString(u"romeo@example.net"));
    account.goOnline();
    if (!ProcessUsage::waitUntil([&] { return !account.roster().items().isEmpty(); }, 10000)) {
        std::fprintf(stderr, "no session\n");
        return 1;
    }
    ProcessUsage::settle(300); // let the archive query and disco settle

    const Stopwatch watch;
    server.send(QString::fromUtf8(burst));
    if (!ProcessUsage::waitUntil(
            [&] { return open.rowCount() == count && receipts == count; }, 120000)) {
        std::fprintf(stderr, "only %d stored, %d receipts\n", open.rowCount(), receipts);
        return 1;
    }
    const double seconds = watch.wallSeconds();
    const double cpu = watch.cpuSeconds();
    std::printf(
        "%d messages stored, shown and receipted: %.3f s wall, %.3f s CPU (%.0f messages/s)\n",
        count, seconds, cpu, count / seconds);
    std::printf("unread in the conversation list: %d\n", conversations.totalUnread());
    account.goOffline();
    return 0;
}

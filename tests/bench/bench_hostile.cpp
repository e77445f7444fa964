// Hostile input against the whole application (offscreen, the scripted server): messages whose
// bodies once made formatting quadratic, shown in the open conversation, and floods of
// strangers (subscription requests, messages). For each it prints the process CPU time until
// everything is shown and the longest stall of the GUI thread (target: none over 50 ms;
// 1,000 subscription requests under 0.3 CPU s).
// Usage: bench_hostile [bytes=100000]
#include "BenchProfile.h"
#include "ProcessUsage.h"
#include "ScriptedServer.h"
#include "StallProbe.h"
#include "Stopwatch.h"
#include "app/Application.h"
#include "gui/ConversationView.h"
#include "gui/ConversationWidget.h"
#include "gui/MainWindow.h"
#include "gui/MessageDelegate.h"
#include "im/Account.h"
#include "im/models/MessagesModel.h"
#include "im/services/RosterService.h"
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

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

void report(const char* what, const Stopwatch& watch, const Testing::StallProbe& probe)
{
    std::printf("%-44s %7.3f s CPU %7.3f s wall   longest stall %4lld ms\n", what,
        watch.cpuSeconds(), watch.wallSeconds(), probe.longestStallMs());
}

} // namespace

int main(int argc, char* argv[])
{
    Bench::startLikePalaver();
    QApplication app(argc, argv);
    const qsizetype bytes = argc > 1 ? std::atoi(argv[1]) : 100000;

    Testing::ScriptedServer server;
    if (!Bench::startScriptedServer(server)) {
        return 1;
    }
    server.onStanza = [&](const Xmpp::XmlElement& stanza) {
        if (stanza.name() == u"iq" && stanza.hasChild(u"query", Xmpp::Ns::Roster)) {
            server.send(u"<iq type='result' id='%1'><query xmlns='jabber:iq:roster'><item "
                        "jid='bob@example.org' name='Bob' subscription='both'/></query></iq>"
                        "<presence from='bob@example.org/phone'/>"_s.arg(stanza.attribute(u"id")));
        }
    };
    QTemporaryDir dir;
    Im::Profile profile(dir.path());
    profile.open();
    Bench::addScriptedAccount(profile, server);
    App::Application application(profile);
    application.start();
    Im::Account* account = nullptr;
    if (!ProcessUsage::waitUntil(
            [&] {
                account = application.account(u"alice@localhost"_s);
                return account && account->client().isConnected()
                    && account->roster().item(Xmpp::Jid::fromString(u"bob@example.org"));
            },
            20000)) {
        std::fprintf(stderr, "not signed in\n");
        return 1;
    }
    ProcessUsage::settle(500);
    Gui::ConversationWidget* chat
        = application.openChat(u"alice@localhost"_s, u"bob@example.org"_s);
    ProcessUsage::settle(300);

    const QList<QPair<const char*, QString>> bodies {
        {"link with closing brackets", u"http://x/"_s + QString(bytes, u')')},
        {"opening stars", QString(u"*a "_s).repeated(bytes / 3)},
        {"underscores in a word", QString(u"_a"_s).repeated(bytes / 2)},
        {"refused links in one run", QString(u"*http://%"_s).repeated(bytes / 9)},
        {"plain words", QString(u"word "_s).repeated(bytes / 5)},
        {"short lines", QString(u"line\n"_s).repeated(bytes / 5)},
    };
    std::printf("each body %lld characters, shown in the open conversation:\n",
        static_cast<long long>(bytes));
    int id = 0;
    for (const auto& [name, body] : bodies) {
        const int rows = chat->messages().rowCount();
        Testing::StallProbe probe;
        probe.start();
        Stopwatch watch;
        server.send(u"<message from='bob@example.org/phone' to='alice@localhost/assigned' "
                    "type='chat' id='h%1'><body>%2</body></message>"_s.arg(++id)
                        .arg(escaped(body)));
        ProcessUsage::waitUntil([&] { return chat->messages().rowCount() > rows; }, 60000);
        QApplication::processEvents();
        ProcessUsage::settle(50);
        probe.stop();
        report(name, watch, probe);
    }

    // Shown as far as it goes ("Show more" until there is no more): the plain-words message.
    {
        auto* view = chat->findChild<Gui::ConversationView*>();
        const QModelIndex plain = view->model()->index(view->model()->rowCount() - 2, 0);
        Testing::StallProbe probe;
        probe.start();
        Stopwatch watch;
        while (view->messageDelegate().canShowMore(plain)) {
            view->messageDelegate().setExpanded(plain, true);
            QApplication::processEvents();
        }
        ProcessUsage::settle(50);
        probe.stop();
        report("\"Show more\" as far as it goes", watch, probe);
        view->messageDelegate().setExpanded(plain, false);
    }

    const auto flood = [&](const char* name, const QString& stanza, int count,
                           const std::function<bool()>& done) {
        QString all;
        for (int i = 0; i < count; ++i) {
            all += stanza.arg(i);
        }
        Testing::StallProbe probe;
        probe.start();
        Stopwatch watch;
        server.send(all);
        ProcessUsage::waitUntil(done, 60000);
        QApplication::processEvents();
        ProcessUsage::settle(50);
        probe.stop();
        report(name, watch, probe);
    };
    Im::RosterService& roster = account->roster();
    flood("1,000 subscription requests from strangers",
        u"<presence type='subscribe' from='stranger%1@example.net'><status>Please add me, I "
        "am a friend of a friend</status></presence>"_s,
        1000, [&] { return roster.requests().size() == Im::RosterService::MaxRequests; });
    flood("1,000 messages from strangers",
        u"<message from='spammer%1@example.net/x' type='chat' id='s%1'><body>Cheap watches"
        "</body></message>"_s,
        1000, [&] {
            return roster.messageRequestOrder().size() == Im::RosterService::MaxMessageRequests;
        });
    std::printf("resident memory: %.1f MiB\n", double(ProcessUsage::residentKilobytes()) / 1024.0);
    return 0;
}

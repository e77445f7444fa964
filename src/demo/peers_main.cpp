// palaver-demo-peers: the demo's contacts as real clients, and a load generator for
// benchmarks. Reads the environment file the demo launcher wrote.
#include "DemoCrowd.h"
#include "DemoEnvironment.h"
#include "StopRequest.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

using namespace Palaver::Demo;
using namespace Qt::StringLiterals;

namespace {
void say(const QString& line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char* argv[])
{
    // Gui only to draw the pictures; no window is ever shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"palaver-demo-peers"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The demo's contacts: they sign in, change status, answer and talk in the room."_s);
    parser.addHelpOption();
    const QCommandLineOption environmentOption(
        u"environment"_s, u"The environment file the demo wrote."_s, u"file"_s);
    const QCommandLineOption peersOption(
        u"peers"_s, u"How many of its peers sign in (default: all)."_s, u"n"_s);
    const QCommandLineOption speedOption(u"speed"_s,
        u"Moods and room talk this many times faster (default 1)."_s, u"factor"_s, u"1"_s);
    const QCommandLineOption noRoomOption(u"no-room"_s, u"Stay out of the room."_s);
    const QCommandLineOption silentOption(u"no-answers"_s, u"Answer nothing."_s);
    const QCommandLineOption burstOption(
        u"burst"_s, u"Once ready, send this many messages (from all peers in turn)."_s, u"n"_s);
    const QCommandLineOption rateOption(
        u"rate"_s, u"Messages per second in a burst (default 500)."_s, u"n"_s, u"500"_s);
    const QCommandLineOption targetOption(
        u"burst-to"_s, u"Who gets the burst (default: the demo user)."_s, u"jid"_s);
    const QCommandLineOption exitOption(u"exit-after-burst"_s, u"Sign off once it is sent."_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"Log each connection's steps."_s);
    parser.addOptions({environmentOption, peersOption, speedOption, noRoomOption, silentOption,
        burstOption, rateOption, targetOption, exitOption, verboseOption});
    parser.process(app);
    if (!parser.isSet(verboseOption)) {
        QLoggingCategory::setFilterRules(u"palaver.*.debug=false\npalaver.*.info=false"_s);
    }

    QString error;
    const auto environment = DemoEnvironment::load(parser.value(environmentOption), &error);
    if (!environment) {
        std::fprintf(stderr, "palaver-demo-peers: %s\n", qPrintable(error));
        return 2;
    }
    DemoCrowdOptions options;
    options.peers = parser.isSet(peersOption) ? parser.value(peersOption).toInt() : -1;
    options.speed = parser.value(speedOption).toDouble();
    options.room = !parser.isSet(noRoomOption);
    options.answers = !parser.isSet(silentOption);
    options.greeting = options.answers;
    DemoCrowd crowd(*environment, options);

    StopRequest stopRequest;
    // Signs off once the server has confirmed all that was sent (a busy server can take longer
    // than closing a stream waits for), and exits once it has closed every stream: nothing
    // sent is cut off in a buffer.
    QTimer closing;
    QElapsedTimer waited;
    bool signingOff = false;
    int exitStatus = 0;
    QObject::connect(&closing, &QTimer::timeout, &app, [&] {
        if (!signingOff) {
            if (crowd.allAcknowledged() || waited.hasExpired(300000)) {
                crowd.stop();
                signingOff = true;
                waited.start();
            }
        } else if (crowd.isStopped() || waited.hasExpired(10000)) {
            QCoreApplication::exit(exitStatus);
        }
    });
    const auto quit = [&](int status) {
        if (!closing.isActive()) {
            exitStatus = status;
            waited.start();
            closing.start(50);
        }
    };
    QObject::connect(&stopRequest, &StopRequest::requested, &app, [&quit] { quit(0); });
    QObject::connect(&crowd, &DemoCrowd::failed, &app, [&crowd, &quit](const QString& reason) {
        std::fprintf(stderr, "palaver-demo-peers: %s\n", qPrintable(reason));
        if (!crowd.isReady()) {
            quit(1);
        }
    });
    QObject::connect(&crowd, &DemoCrowd::ready, &app, [&] {
        say(u"ready: %1 peers signed in"_s.arg(crowd.size()));
        if (parser.isSet(burstOption)) {
            const Palaver::Xmpp::Jid target = parser.isSet(targetOption)
                ? Palaver::Xmpp::Jid::fromString(parser.value(targetOption))
                : environment->jidOf(environment->user.user);
            crowd.sendBurst(
                target, parser.value(burstOption).toInt(), parser.value(rateOption).toDouble());
        }
    });
    QObject::connect(&crowd, &DemoCrowd::burstSent, &app, [&](int count, qint64 milliseconds) {
        say(u"burst: %1 messages sent in %2 ms"_s.arg(count).arg(milliseconds));
        if (parser.isSet(exitOption)) {
            quit(0);
        }
    });
    // Without their server (stopped, or the demo that started it gone) they would try again
    // forever; a minute without any connection ends them.
    QTimer watch;
    QElapsedTimer serverGone;
    QObject::connect(&watch, &QTimer::timeout, &app, [&] {
        if (!crowd.isReady() || crowd.anyConnected()) {
            serverGone.invalidate();
        } else if (!serverGone.isValid()) {
            serverGone.start();
        } else if (serverGone.hasExpired(60000)) {
            std::fprintf(stderr, "palaver-demo-peers: the server has been gone for a minute\n");
            quit(1);
        }
    });
    watch.start(1000);
    crowd.start();
    return QCoreApplication::exec();
}

// palaver-demo: Palaver signed in to a local demo server with contacts who are online, answer
// and talk in a room. scripts/demo builds and starts it.
#include "DemoLauncher.h"
#include "DemoPersona.h"
#include "StopRequest.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

using namespace Palaver::Demo;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    // Palaver has the windows; this program only draws the demo people's pictures.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (platform.isEmpty()) {
        qunsetenv("QT_QPA_PLATFORM");
    } else {
        qputenv("QT_QPA_PLATFORM", platform);
    }
    QCoreApplication::setApplicationName(u"palaver-demo"_s);
    DemoLauncherOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Starts a local demo server with demo contacts and a room, and Palaver signed in to "
        "it with a profile of its own. Closing Palaver (or Ctrl+C) stops everything. "
        "Arguments after -- go to Palaver."_s);
    parser.addHelpOption();
    const QCommandLineOption dirOption(u"dir"_s,
        u"The demo folder, cleared on each start (default: %1)."_s.arg(
            QStringLiteral(PALAVER_DEMO_DIR)),
        u"dir"_s, QStringLiteral(PALAVER_DEMO_DIR));
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        u"Once signed in and settled, save a picture of Palaver's windows and end the demo "
        "(works with QT_QPA_PLATFORM=offscreen, without a display)."_s,
        u"file"_s);
    const QCommandLineOption speedOption(u"speed"_s,
        u"The demo people change status and talk this many times faster."_s, u"factor"_s);
    const QCommandLineOption crowdOption(
        u"crowd"_s, u"This many more contacts (for big rosters)."_s, u"n"_s);
    const QCommandLineOption onlineOption(u"online"_s,
        u"How many of the crowd sign in (default 200: each is a connection of its own)."_s, u"n"_s,
        u"200"_s);
    const QCommandLineOption verboseOption(
        u"verbose"_s, u"Let Palaver and the demo people log each connection's steps."_s);
    parser.addOptions(
        {dirOption, screenshotOption, speedOption, crowdOption, onlineOption, verboseOption});
    parser.addPositionalArgument(u"palaver-arguments"_s, u"Passed on to Palaver."_s, u"[-- …]"_s);
    parser.process(app);
    if (parser.isSet(verboseOption)) {
        options.peersArguments << u"--verbose"_s;
    } else {
        // The demo's own steps are enough on the terminal; Palaver still reports warnings.
        QLoggingCategory::setFilterRules(u"palaver.*.debug=false\npalaver.*.info=false"_s);
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
            qputenv("QT_LOGGING_RULES", "palaver.*.debug=false;palaver.*.info=false");
        }
    }

    options.directory = QDir(parser.value(dirOption)).absolutePath();
    const QString here = QCoreApplication::applicationDirPath();
    options.palaverProgram = QStringLiteral(PALAVER_PROGRAM);
    options.peersProgram = QDir(here).filePath(u"palaver-demo-peers"_s);
    options.palaverArguments = parser.positionalArguments();
    if (parser.isSet(screenshotOption)) {
        options.palaverArguments << u"--screenshot"_s
                                 << QFileInfo(parser.value(screenshotOption)).absoluteFilePath();
    }
    if (parser.isSet(speedOption)) {
        options.peersArguments << u"--speed"_s << parser.value(speedOption);
    }
    options.crowd = qMax(0, parser.value(crowdOption).toInt());
    const int online = qBound(0, parser.value(onlineOption).toInt(), options.crowd);
    options.peersArguments << u"--peers"_s << QString::number(DemoPersona::cast().size() + online);

#ifdef Q_OS_LINUX
    if (platform.isEmpty() && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fprintf(stderr,
            "palaver-demo: no display found. Run the demo under a virtual one:\n"
            "    xvfb-run -a %s\n"
            "or take a picture of it without any display:\n"
            "    QT_QPA_PLATFORM=offscreen %s --screenshot demo.png\n",
            argv[0], argv[0]);
        return 1;
    }
#endif
    DemoLauncher launcher(options);
    StopRequest stopRequest;
    QObject::connect(&stopRequest, &StopRequest::requested, &launcher, [&launcher] {
        launcher.stop(130); // as a shell reports Ctrl+C
    });
    QObject::connect(&launcher, &DemoLauncher::finished, &app, &QCoreApplication::exit);
    QTimer::singleShot(
        0, &launcher, &DemoLauncher::start); // inside exec(), so an early end ends it
    return QCoreApplication::exec();
}

// Palaver: a desktop XMPP messenger.
#include "Application.h"
#include "LaunchRequest.h"
#include "LocalTimeZone.h"
#include "SingleInstance.h"
#include "WindowSnapshot.h"
#include "im/Profile.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>

using Palaver::App::LaunchRequest;
using Palaver::App::SingleInstance;

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Palaver"));
    QCoreApplication::setOrganizationName(QStringLiteral("Palaver"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("palaver.im"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PALAVER_VERSION));
}

void installTranslators(QCoreApplication& app)
{
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto* translator = new QTranslator(&app);
    if (translator->load(
            QLocale(), QStringLiteral("palaver"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    }
}

void complain(const QString& text)
{
    std::fprintf(stderr, "palaver: %s\n", qPrintable(text));
}

// Runs without a display: --help, --version, bad arguments, and handing the request to the
// instance already running; so scripts and screen-lock hooks work over ssh too.
int runWithoutWindows(int argc, char* argv[], bool profileTaken, SingleInstance* instance)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    QCommandLineParser parser;
    LaunchRequest::describe(parser);
    parser.process(app); // answers --help and --version, and exits
    LaunchRequest request;
    QString error;
    if (!LaunchRequest::parse(app.arguments(), &request, &error)) {
        complain(error);
        return 2;
    }
    if (profileTaken) {
        if (instance->forward(app.arguments())) {
            return 0;
        }
        complain(QCoreApplication::translate(
            "main", "Palaver is already running with this profile but does not answer."));
        return 1;
    }
    complain(QCoreApplication::translate(
        "main", "Palaver is not running with this profile, so there is no status to set."));
    return 1;
}

QStringList argumentsOf(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

bool isInformationalRun(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version"
            || arg == "-v") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    Palaver::App::nameLocalTimeZone();
    if (isInformationalRun(argc, argv)) {
        return runWithoutWindows(argc, argv, false, nullptr);
    }
    LaunchRequest request;
    QString error;
    const bool understood = LaunchRequest::parse(argumentsOf(argc, argv), &request, &error);
    const QString directory = request.configDirectory.isEmpty()
        ? Palaver::Im::Profile::defaultDirectory()
        : QDir(request.configDirectory).absolutePath();
    QDir().mkpath(directory);
    SingleInstance instance(directory);
    const bool profileTaken = understood && !instance.acquire();
    // A status alone is for a running instance; starting a window for it would surprise a
    // screen-lock script.
    const bool statusOnly = request.show && !profileTaken;
    if (!understood || profileTaken || statusOnly) {
        return runWithoutWindows(argc, argv, profileTaken, &instance);
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("im.palaver.Palaver"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/palaver.svg")));
    installTranslators(app);

    Palaver::Im::Profile profile(directory);
    if (!profile.open(&error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Palaver"),
            QCoreApplication::translate("main", "The profile in %1 cannot be opened: %2")
                .arg(directory, error));
        return 1;
    }
    if (!instance.listen(&error)) {
        // Still usable; only later starts cannot hand over their links.
        complain(
            QCoreApplication::translate("main", "Other starts of Palaver cannot reach this one: %1")
                .arg(error));
    }

    Palaver::App::Application application(profile);
    application.acceptLaunchRequestsFrom(instance);
    application.start();
    if (!request.uri.isEmpty()) {
        application.handleLaunchRequest(request);
    }
    std::unique_ptr<Palaver::App::WindowSnapshot> snapshot;
    if (!request.screenshotFile.isEmpty()) {
        snapshot = std::make_unique<Palaver::App::WindowSnapshot>(
            application.sessions(), request.screenshotFile);
    }
    const int status = QApplication::exec();
    application.signOff();
    return status;
}

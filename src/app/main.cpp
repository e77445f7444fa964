// Palaver: a desktop XMPP messenger.
#include "Application.h"
#include "im/Profile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

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

QCommandLineOption configDirOption()
{
    return QCommandLineOption(QStringLiteral("config-dir"),
        QCoreApplication::translate(
            "main", "Keep settings and history in <dir> (a separate profile)."),
        QCoreApplication::translate("main", "dir"));
}

void describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop XMPP messenger"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(configDirOption());
}

// --help and --version answer without a display, so they work over ssh and in scripts.
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
    if (isInformationalRun(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("im.palaver.Palaver"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/palaver.svg")));
    installTranslators(app);
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    const QString directory = parser.isSet(configDirOption())
        ? parser.value(configDirOption())
        : Palaver::Im::Profile::defaultDirectory();
    Palaver::Im::Profile profile(directory);
    QString error;
    if (!profile.open(&error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Palaver"),
            QCoreApplication::translate("main", "The profile in %1 cannot be opened: %2")
                .arg(directory, error));
        return 1;
    }

    Palaver::App::Application application(profile);
    application.start();
    return QApplication::exec();
}

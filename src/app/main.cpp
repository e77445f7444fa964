// Palaver: a desktop XMPP messenger.
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
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

void describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop XMPP messenger"));
    parser.addHelpOption();
    parser.addVersionOption();
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

    Palaver::Gui::MainWindow window;
    window.show();
    return QApplication::exec();
}

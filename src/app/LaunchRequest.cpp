#include "LaunchRequest.h"

#include "gui/PresenceStyle.h"
#include "xmpp/core/Presence.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Palaver::App {

namespace {

QCommandLineOption configDirOption()
{
    return QCommandLineOption(u"config-dir"_s,
        QCoreApplication::translate(
            "main", "Keep settings and history in <dir> (a separate profile)."),
        QCoreApplication::translate("main", "dir"));
}

QCommandLineOption statusOption()
{
    return QCommandLineOption(u"status"_s,
        QCoreApplication::translate("main",
            "Set the status: online, chat, away, xa, dnd or offline; the remaining arguments are "
            "the status message."),
        QCoreApplication::translate("main", "status"));
}

QCommandLineOption screenshotOption()
{
    return QCommandLineOption(u"screenshot"_s,
        QCoreApplication::translate("main",
            "Once signed in, save a picture of the windows as <file> and quit (also without a "
            "display, with QT_QPA_PLATFORM=offscreen)."),
        QCoreApplication::translate("main", "file"));
}

} // namespace

void LaunchRequest::describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop XMPP messenger"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(configDirOption());
    parser.addOption(statusOption());
    parser.addOption(screenshotOption());
    parser.addPositionalArgument(u"uri"_s,
        QCoreApplication::translate(
            "main", "An xmpp: address to open, such as xmpp:someone@example.org?message."),
        u"[xmpp:URI]"_s);
}

std::optional<int> LaunchRequest::showFromName(const QString& name)
{
    using Show = Xmpp::Presence::Show;
    const QString word = name.trimmed().toLower();
    if (word == u"online" || word == u"available") {
        return int(Show::Online);
    }
    if (word == u"chat" || word == u"free") {
        return int(Show::Chat);
    }
    if (word == u"away") {
        return int(Show::Away);
    }
    if (word == u"xa" || word == u"extended-away") {
        return int(Show::ExtendedAway);
    }
    if (word == u"dnd" || word == u"busy" || word == u"do-not-disturb") {
        return int(Show::DoNotDisturb);
    }
    if (word == u"offline") {
        return Gui::PresenceStyle::Offline;
    }
    return std::nullopt;
}

bool LaunchRequest::parse(const QStringList& arguments, LaunchRequest* request, QString* error)
{
    QCommandLineParser parser;
    describe(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    *request = {};
    request->configDirectory = parser.value(configDirOption());
    request->screenshotFile = parser.value(screenshotOption());
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(statusOption())) {
        request->show = showFromName(parser.value(statusOption()));
        if (!request->show) {
            *error = QCoreApplication::translate(
                "main", "\"%1\" is not a status; use online, chat, away, xa, dnd or offline.")
                         .arg(parser.value(statusOption()));
            return false;
        }
        request->statusMessage = positional.join(u' ');
        return true;
    }
    if (positional.size() > 1) {
        *error
            = QCoreApplication::translate("main", "Only one xmpp: address can be opened at once.");
        return false;
    }
    if (!positional.isEmpty()) {
        if (!positional.first().startsWith(u"xmpp:"_s, Qt::CaseInsensitive)) {
            *error = QCoreApplication::translate("main", "\"%1\" is not an xmpp: address.")
                         .arg(positional.first());
            return false;
        }
        request->uri = positional.first();
    }
    return true;
}

} // namespace Palaver::App

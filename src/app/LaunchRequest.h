// LaunchRequest: what one start of the program asks for: a profile, an xmpp: URI to open, a
// status to set. A second start hands its request to the running instance, which is why the
// parsing lives here and not in main().
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace Palaver::App {

struct LaunchRequest
{
    QString configDirectory; // empty: the default profile
    QString uri;
    std::optional<int> show; // a PresenceStyle value
    QString statusMessage;
    QString screenshotFile; // take a picture of the windows once signed in, then quit

    // Describes the options on a parser, for parsing and for --help.
    static void describe(QCommandLineParser& parser);
    // Parses the program's arguments (the first being the program itself); false with a
    // sentence for the user when they make no sense.
    static bool parse(const QStringList& arguments, LaunchRequest* request, QString* error);
    // The presence a status word names ("away", "dnd"…), or nothing.
    static std::optional<int> showFromName(const QString& name);
};

} // namespace Palaver::App

// DemoProfile: a Palaver profile of its own for the demo (what --config-dir points at), with
// the demo account, its password and the demo server's certificate pinned, so the demo never
// touches the user's real profile or keychain.
#pragma once

#include <QString>

namespace Palaver::Demo {

struct DemoEnvironment;

bool writeDemoProfile(const QString& directory, const DemoEnvironment& environment, QString* error);

} // namespace Palaver::Demo

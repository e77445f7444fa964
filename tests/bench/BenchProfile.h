// BenchProfile: what the whole-application benchmarks start from: the process set up as
// palaver's own, the scripted server on a loopback port and a throw-away profile with
// alice@localhost on it.
#pragma once

#include "ScriptedServer.h"
#include "im/Profile.h"

namespace Palaver::Bench {

// Before the QApplication: the time zone named as palaver's main() does, and the offscreen
// platform unless another is asked for.
void startLikePalaver();

// False, with a line on stderr, when the server cannot listen.
bool startScriptedServer(Testing::ScriptedServer& server);
void addScriptedAccount(Im::Profile& profile, const Testing::ScriptedServer& server);

} // namespace Palaver::Bench

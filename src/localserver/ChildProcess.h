// ChildProcess: a program started by the tests or the demo that must not outlive its starter.
#pragma once

class QProcess;

namespace Palaver::LocalServer {

// Before start(): on Linux the process gets SIGTERM when the program that started it dies,
// however that happens (a crash, a kill), so no server or client is left running. Elsewhere
// only an orderly stop ends it.
void endWithParent(QProcess& process);
// Asks it to end (SIGTERM, by its process id) and kills it if it has not within graceMs.
// True when it ended by itself in time (or was not running).
bool stopChild(QProcess& process, int graceMs);

} // namespace Palaver::LocalServer

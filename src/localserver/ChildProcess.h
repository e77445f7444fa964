// ChildProcess: a program started by the tests or the demo that must not outlive its starter.
#pragma once

class QProcess;

namespace Palaver::LocalServer {

// Before start(): on Linux the process gets SIGTERM when the program that started it dies,
// however that happens (a crash, a kill), so no server or client is left running. Elsewhere
// only an orderly stop ends it.
void endWithParent(QProcess& process);

} // namespace Palaver::LocalServer

// LocalTimeZone: names the local time zone once for the C library, before anything converts
// times (main() and the benchmarks that stand in for it call it first).
#pragma once

namespace Palaver::App {

// Without TZ, glibc looks at /etc/localtime again on every local-time conversion: dozens of
// file system calls per message shown. With TZ naming that file, it reads it once; the zone
// is the same. Does nothing elsewhere, or when TZ is set.
void nameLocalTimeZone();

} // namespace Palaver::App

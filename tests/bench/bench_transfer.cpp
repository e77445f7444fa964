// A large file (200 MB unless given in MB) shared through the real Prosody fixture's
// http_file_share: uploaded by one account (hashed first, then streamed by PUT) and downloaded
// by another (streamed to disk, checked against its hash). Prints throughput and CPU for each,
// the process's peak memory (the file is never held whole) and the longest stall of the main
// thread's event loop, where the GUI would be.
#include "AccountHarness.h"
#include "ProcessUsage.h"
#include "SlixmppPeer.h"
#include "StallProbe.h"
#include "Stopwatch.h"
#include "TestFiles.h"
#include "im/transfers/FileDownloads.h"
#include "im/transfers/FileUpload.h"
#include "im/transfers/UploadService.h"
#include "localserver/ProsodyServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Palaver;
using namespace Qt::StringLiterals;
using Palaver::Bench::ProcessUsage;
using Palaver::Bench::Stopwatch;

namespace {
void report(const char* what, qint64 bytes, double seconds, double cpu, qint64 stallMs)
{
    std::printf("%-9s %7.1f MB in %6.2f s: %7.1f MB/s, %5.2f CPU s, longest stall %lld ms\n", what,
        bytes / 1e6, seconds, bytes / 1e6 / seconds, cpu, static_cast<long long>(stallMs));
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? std::atoll(argv[1]) : 200;
    const qint64 size = megabytes * 1000 * 1000;

    LocalServer::ProsodyServer::Options options;
    options.uploadSizeLimit = size + 1024 * 1024;
    LocalServer::ProsodyServer prosody(options);
    if (!prosody.isInstalled()
        || !prosody.start({{u"ann"_s, u"pw-ann"_s}, {u"ben"_s, u"pw-ben"_s}})) {
        std::fprintf(stderr, "Prosody did not start: %s\n", qPrintable(prosody.errorString()));
        return 1;
    }
    QTemporaryDir files;
    {
        // Written a megabyte at a time: this process never has the whole file.
        QFile file(files.filePath(u"big.bin"_s));
        if (!file.open(QIODevice::WriteOnly)) {
            return 1;
        }
        const QByteArray block = Testing::randomBytes(1000 * 1000);
        for (qint64 written = 0; written < size; written += block.size()) {
            file.write(block);
        }
    }
#ifdef Q_OS_UNIX
    ::sync(); // the test file's own writing-back is not what is measured
#endif
    const long baseline = ProcessUsage::residentKilobytes();

    Testing::AccountHarness ann(prosody, u"ann"_s, u"desk"_s);
    Testing::AccountHarness ben(prosody, u"ben"_s, u"desk"_s);
    if (!ann.signIn() || !ben.signIn()
        || !ProcessUsage::waitUntil([&] { return ann.account().uploads().isAvailable(); }, 10000)) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    Im::UploadService& uploads = ann.account().uploads();
    uploads.allowPinnedCertificateForFiles(true);
    ben.account().uploads().allowPinnedCertificateForFiles(true);
    QSignalSpy sent(&uploads, &Im::UploadService::fileSent);
    Testing::StallProbe probe;

    probe.start();
    Stopwatch clock;
    double cpu = ProcessUsage::cpuSeconds();
    Im::FileUpload* upload = uploads.send(
        Xmpp::Jid::fromString(u"ben@localhost"_s), files.filePath(u"big.bin"_s), false);
    double hashed = 0;
    QObject::connect(upload, &Im::FileUpload::stateChanged, [&](Im::FileUpload::State state) {
        if (state == Im::FileUpload::State::RequestingSlot && hashed == 0) {
            hashed = clock.wallSeconds();
        }
        if (qEnvironmentVariableIsSet("BENCH_TRACE")) {
            std::printf("  %.3f s: state %d, longest stall so far %lld ms\n", clock.wallSeconds(),
                int(state), static_cast<long long>(probe.longestStallMs()));
        }
    });
    if (!ProcessUsage::waitUntil([&] { return !sent.isEmpty(); }, 600000)) {
        std::fprintf(
            stderr, "upload failed: %d %s\n", int(upload->failure()), qPrintable(upload->detail()));
        return 1;
    }
    report("upload", size, clock.wallSeconds(), ProcessUsage::cpuSeconds() - cpu,
        probe.longestStallMs());
    std::printf(
        "          (of which %.2f s hashing and describing on a worker thread; peak %.1f MB "
        "resident so far)\n",
        hashed, ProcessUsage::peakKilobytes() / 1024.0);
    const QString url = sent.first().at(1).toString();

    const Xmpp::Jid annJid = Xmpp::Jid::fromString(u"ann@localhost"_s);
    if (!ben.waitForHistory(annJid, [&](const auto& records) {
            return !records.isEmpty() && records.last().attachment.url == url;
        })) {
        std::fprintf(stderr, "the file message did not arrive\n");
        return 1;
    }
    const Xmpp::SharedFile file = ben.history(annJid).last().attachment;
    Im::FileDownloads& downloads = ben.account().downloads();
    QTemporaryDir folder;
    downloads.setFolder(folder.path());
    probe.start();
    clock.restart();
    cpu = ProcessUsage::cpuSeconds();
    downloads.download(file);
    const bool done = ProcessUsage::waitUntil(
        [&] { return downloads.entry(url).state != Im::FileDownloads::State::Downloading; },
        600000);
    if (!done || downloads.entry(url).state != Im::FileDownloads::State::Done) {
        std::fprintf(stderr, "download failed: %s\n", qPrintable(downloads.entry(url).detail));
        return 1;
    }
    report("download", size, clock.wallSeconds(), ProcessUsage::cpuSeconds() - cpu,
        probe.longestStallMs());
    std::printf("checked   size and SHA-256 as the message gave them\n");
    std::printf("memory    peak %.1f MB resident (%.1f MB before signing in)\n",
        ProcessUsage::peakKilobytes() / 1024.0, baseline / 1024.0);

    // The same upload by a client we did not write (slixmpp with aiohttp), to tell the
    // server's pace from ours.
    if (Testing::SlixmppPeer::isInstalled()) {
        Testing::SlixmppPeer sly(prosody, u"ben"_s, u"pw-ben"_s);
        if (sly.start()) {
            clock.restart();
            const bool uploaded = sly.run({{u"do"_s, u"upload"_s}, {u"to"_s, u"ann@localhost"_s},
                                              {u"path"_s, files.filePath(u"big.bin"_s)},
                                              {u"service"_s, prosody.uploadDomain()}},
                600000);
            const double seconds = clock.wallSeconds();
            std::printf("slixmpp   upload %s in %.2f s: %.1f MB/s\n", uploaded ? "done" : "failed",
                seconds, size / 1e6 / seconds);
        }
    }
    return 0;
}

// Files people share, downloaded when the user asks: through the real Prosody fixture's
// http_file_share, checked against the size and hash their message gives, saved under a safe
// name that takes nothing over, remembered after a restart, and cancelled without leftovers.
#include "AccountHarness.h"
#include "ServerTest.h"
#include "TestFiles.h"
#include "im/transfers/FileDownloads.h"
#include "im/transfers/FileUpload.h"
#include "im/transfers/UploadService.h"
#include "localserver/ProsodyServer.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Im;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

class FileDownloadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void downloadIsCheckedAndKept();
    void cancelLeavesNothing();
    void programsAreNeverOpened_data();
    void programsAreNeverOpened();

private:
    // Ann shares a file with Ben; what Ben's history says of it.
    SharedFile share(const QString& name, const QByteArray& bytes, const QString& benDevice);
    bool finished(FileDownloads& downloads, const QString& url);

    std::unique_ptr<ProsodyServer> m_prosody;
    QTemporaryDir m_files;
    QTemporaryDir m_benProfile;
};

void FileDownloadTest::initTestCase()
{
    ProsodyServer::Options options;
    options.uploadSizeLimit = 4 * 1024 * 1024;
    m_prosody = std::make_unique<ProsodyServer>(options);
    PALAVER_START_SERVER(
        *m_prosody, (QList<ServerAccount> {{u"ann"_s, u"pw-ann"_s}, {u"ben"_s, u"pw-ben"_s}}));
}

SharedFile FileDownloadTest::share(
    const QString& name, const QByteArray& bytes, const QString& benDevice)
{
    AccountHarness ann(*m_prosody, u"ann"_s, u"desk"_s);
    AccountHarness ben(*m_prosody, u"ben"_s, benDevice, m_benProfile.path());
    if (!ann.signIn() || !ben.signIn()
        || !QTest::qWaitFor([&] { return ann.account().uploads().isAvailable(); }, 10000)) {
        return {};
    }
    UploadService& uploads = ann.account().uploads();
    uploads.allowPinnedCertificateForFiles(true);
    QSignalSpy sent(&uploads, &UploadService::fileSent);
    uploads.send(
        Jid::fromString(u"ben@localhost"_s), writeTestFile(m_files.path(), name, bytes), false);
    if (!sent.wait(15000)) {
        return {};
    }
    const QString url = sent.first().at(1).toString();
    const Jid annJid = Jid::fromString(u"ann@localhost"_s);
    if (!ben.waitForHistory(annJid, [&](const auto& records) {
            return !records.isEmpty() && records.last().attachment.url == url;
        })) {
        return {};
    }
    return ben.history(annJid).last().attachment;
}

bool FileDownloadTest::finished(FileDownloads& downloads, const QString& url)
{
    return QTest::qWaitFor(
        [&] {
            const FileDownloads::State state = downloads.entry(url).state;
            return state == FileDownloads::State::Done || state == FileDownloads::State::Failed;
        },
        15000);
}

void FileDownloadTest::downloadIsCheckedAndKept()
{
    const QByteArray bytes = randomBytes(300 * 1024, 7);
    const SharedFile file = share(u"report <1>.pdf"_s, bytes, u"phone"_s);
    QVERIFY(!file.isNull());
    QCOMPARE(file.sha256.size(), 32);
    QTemporaryDir folder;
    QString kept;
    {
        AccountHarness ben(*m_prosody, u"ben"_s, u"phone"_s, m_benProfile.path());
        FileDownloads& downloads = ben.account().downloads();
        downloads.setFolder(folder.path());

        // The pinned certificate is not trusted for files until the user allows it.
        downloads.download(file);
        QCOMPARE(downloads.entry(file.url).state, FileDownloads::State::Downloading);
        QVERIFY(finished(downloads, file.url));
        QCOMPARE(downloads.entry(file.url).failure, FileDownloads::Failure::Certificate);
        QVERIFY(downloads.entry(file.url).pinnedRefused); // the user can be asked
        QVERIFY(QDir(folder.path()).isEmpty());

        ben.account().uploads().allowPinnedCertificateForFiles(true);
        QSignalSpy progress(&downloads, &FileDownloads::progressed);
        downloads.download(file);
        QVERIFY(finished(downloads, file.url));
        const FileDownloads::Entry done = downloads.entry(file.url);
        QCOMPARE(done.state, FileDownloads::State::Done);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(done.received, bytes.size());
        QCOMPARE(QFileInfo(done.path).fileName(), u"report _1_.pdf"_s); // made safe
        QFile saved(done.path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bytes);
        kept = done.path;

        // The same name again takes nothing over.
        SharedFile again = file;
        again.url += u"?again"_s;
        downloads.download(again);
        QVERIFY(finished(downloads, again.url));
        QCOMPARE(QFileInfo(downloads.entry(again.url).path).fileName(), u"report _1_ (2).pdf"_s);

        // Two of one name at once get a name each; a part file left by a crash stays
        // untouched, and its name is not taken.
        QVERIFY(QDir(folder.path()).mkpath(u"."_s));
        const QString stale = writeTestFile(folder.path(), u"twin.pdf.part"_s, "stale");
        SharedFile first = file;
        first.url += u"?twin1"_s;
        first.name = u"twin.pdf"_s;
        SharedFile second = first;
        second.url += u"?twin2"_s;
        downloads.download(first);
        downloads.download(second);
        QVERIFY(finished(downloads, first.url) && finished(downloads, second.url));
        QCOMPARE(QFileInfo(downloads.entry(first.url).path).fileName(), u"twin (2).pdf"_s);
        QCOMPARE(QFileInfo(downloads.entry(second.url).path).fileName(), u"twin (3).pdf"_s);
        for (const SharedFile& twin : {first, second}) {
            QFile copy(downloads.entry(twin.url).path);
            QVERIFY(copy.open(QIODevice::ReadOnly));
            QCOMPARE(copy.readAll(), bytes);
        }
        QFile staleFile(stale);
        QVERIFY(staleFile.open(QIODevice::ReadOnly));
        QCOMPARE(staleFile.readAll(), QByteArray("stale"));

        // Save as… replaces the file the user chose, in one step.
        const QString chosen = writeTestFile(folder.path(), u"mine.pdf"_s, "old contents");
        SharedFile saveAs = file;
        saveAs.url += u"?saved"_s;
        downloads.download(saveAs, chosen);
        QVERIFY(finished(downloads, saveAs.url));
        QCOMPARE(downloads.entry(saveAs.url).path, chosen);
        QFile chosenFile(chosen);
        QVERIFY(chosenFile.open(QIODevice::ReadOnly));
        QCOMPARE(chosenFile.readAll(), bytes);

        // Two saved to one chosen file: the second is refused, the first is kept whole.
        SharedFile firstToOne = file;
        firstToOne.url += u"?one1"_s;
        SharedFile secondToOne = file;
        secondToOne.url += u"?one2"_s;
        const QString one = QDir(folder.path()).filePath(u"one.pdf"_s);
        downloads.download(firstToOne, one);
        downloads.download(secondToOne, one);
        QCOMPARE(downloads.entry(secondToOne.url).failure, FileDownloads::Failure::TargetBusy);
        QVERIFY(finished(downloads, firstToOne.url));
        QCOMPARE(downloads.entry(firstToOne.url).path, one);

        // Not what the message said: refused, and nothing left under its name.
        SharedFile forged = file;
        forged.url += u"?forged"_s;
        forged.sha256[0] = char(forged.sha256.at(0) ^ 1);
        downloads.download(forged);
        QVERIFY(finished(downloads, forged.url));
        QCOMPARE(downloads.entry(forged.url).failure, FileDownloads::Failure::Damaged);
        QVERIFY(!QFileInfo::exists(downloads.entry(forged.url).path));
        SharedFile shorter = file;
        shorter.url += u"?shorter"_s;
        shorter.sha256.clear();
        shorter.size = bytes.size() - 1;
        downloads.download(shorter);
        QVERIFY(finished(downloads, shorter.url));
        QCOMPARE(downloads.entry(shorter.url).failure, FileDownloads::Failure::Damaged);

        // A hostile name stays inside the folder.
        SharedFile hostile = file;
        hostile.url += u"?hostile"_s;
        hostile.name = u"../../.bashrc"_s;
        downloads.download(hostile);
        QVERIFY(finished(downloads, hostile.url));
        QCOMPARE(downloads.entry(hostile.url).path, QDir(folder.path()).filePath(u"bashrc"_s));
        // The first, the same name again, the twins, the stale part, the chosen ones, bashrc.
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size(), 8);
        ben.shutDown();
    }
    // After a restart, the file is still downloaded, where it was put.
    AccountHarness ben(*m_prosody, u"ben"_s, u"phone"_s, m_benProfile.path());
    FileDownloads& downloads = ben.account().downloads();
    QCOMPARE(downloads.entry(file.url).state, FileDownloads::State::Done);
    QCOMPARE(downloads.entry(file.url).path, kept);
    QVERIFY(QFile::remove(kept)); // gone from disk: to be fetched again
    QCOMPARE(downloads.entry(file.url).state, FileDownloads::State::None);
}

void FileDownloadTest::cancelLeavesNothing()
{
    const SharedFile file = share(u"big.bin"_s, randomBytes(3 * 1024 * 1024, 9), u"tablet"_s);
    QVERIFY(!file.isNull());
    AccountHarness ben(*m_prosody, u"ben"_s, u"tablet"_s, m_benProfile.path());
    ben.account().uploads().allowPinnedCertificateForFiles(true);
    FileDownloads& downloads = ben.account().downloads();
    QTemporaryDir folder;
    downloads.setFolder(folder.path());
    QSignalSpy progress(&downloads, &FileDownloads::progressed);
    downloads.download(file);
    QVERIFY(progress.wait(15000));
    downloads.cancel(file.url);
    QCOMPARE(downloads.entry(file.url).state, FileDownloads::State::None);
    QTest::qWait(200);
    QVERIFY2(QDir(folder.path()).isEmpty(),
        qPrintable(
            QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u", "_s)));
}

void FileDownloadTest::programsAreNeverOpened_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("runnable");
    QTest::newRow("picture") << u"summit.jpg"_s << false;
    QTest::newRow("document") << u"report.PDF"_s << false;
    QTest::newRow("windows program") << u"setup.EXE"_s << true;
    QTest::newRow("script") << u"install.sh"_s << true;
    QTest::newRow("desktop entry") << u"x.desktop"_s << true;
    QTest::newRow("double suffix") << u"photo.jpg.exe"_s << true;
    QTest::newRow("no suffix") << u"README"_s << true;
    QTest::newRow("macro document") << u"budget.xlsm"_s << true;
    QTest::newRow("web page") << u"invoice.html"_s << true;
    QTest::newRow("installer package") << u"update.msix"_s << true;
    QTest::newRow("disk image") << u"tools.iso"_s << true;
    QTest::newRow("shortcut") << u"search.search-ms"_s << true;
    QTest::newRow("video") << u"clip.webm"_s << false;
    QTest::newRow("archive") << u"photos.zip"_s << false;
}

void FileDownloadTest::programsAreNeverOpened()
{
    QFETCH(QString, name);
    QTEST(FileDownloads::isRunnable(name), "runnable");
}

QTEST_MAIN(FileDownloadTest)
#include "tst_filedownload.moc"

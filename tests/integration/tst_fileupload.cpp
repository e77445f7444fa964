// Files through the server's upload service (XEP-0363) on a real Prosody with http_file_share:
// a round trip between two accounts with identical bytes, the pinned certificate trusted for
// files only once allowed, the size limit refused before anything is sent, a cancelled
// upload that sends nothing; and slixmpp, a client we did not write, both ways.
#include "AccountHarness.h"
#include "ServerTest.h"
#include "SlixmppPeer.h"
#include "TestFiles.h"
#include "im/services/RoomService.h"
#include "im/transfers/FileUpload.h"
#include "im/transfers/UploadService.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Im;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Limit = 2 * 1024 * 1024;

} // namespace

class FileUploadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripWithIdenticalBytes();
    void overTheLimitIsRefusedBeforeSending();
    void cancelledUploadSendsNothing();
    void interruptedUploadIsOfferedAgain();
    void roomLeftMeanwhileKeepsTheFileToSendAgain();
    void photosGoTurnedAndWithoutWhereTheyWereTaken();
    void slixmppBothWays();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    // The file at url, fetched as anyone would, trusting the fixture's authority.
    QByteArray fetch(const QUrl& url);
    bool signInWithUploads(AccountHarness& harness);

    std::unique_ptr<ProsodyServer> m_prosody;
    QTemporaryDir m_files;
};

void FileUploadTest::initTestCase()
{
    ProsodyServer::Options options;
    options.uploadSizeLimit = Limit;
    m_prosody = std::make_unique<ProsodyServer>(options);
    PALAVER_START_SERVER(*m_prosody,
        (QList<ServerAccount> {
            {u"ann"_s, u"pw-ann"_s}, {u"ben"_s, u"pw-ben"_s}, {u"sly"_s, u"pw-sly"_s}}));
}

QString FileUploadTest::writeFile(const QString& name, const QByteArray& bytes)
{
    return writeTestFile(m_files.path(), name, bytes);
}

QByteArray FileUploadTest::fetch(const QUrl& url)
{
    return fetchTrusting(url, m_prosody->caCertificate());
}

bool FileUploadTest::signInWithUploads(AccountHarness& harness)
{
    return harness.signIn()
        && QTest::qWaitFor([&] { return harness.account().uploads().isAvailable(); }, 10000);
}

void FileUploadTest::roundTripWithIdenticalBytes()
{
    AccountHarness ann(*m_prosody, u"ann"_s, u"desk"_s);
    AccountHarness ben(*m_prosody, u"ben"_s, u"desk"_s);
    QVERIFY(signInWithUploads(ann));
    QVERIFY(ben.signIn());
    UploadService& uploads = ann.account().uploads();
    QCOMPARE(uploads.maxFileSize(), Limit);
    const QByteArray bytes = randomBytes(300 * 1024);
    const QString path = writeFile(u"holiday photo.jpg"_s, bytes);
    const Jid benJid = Jid::fromString(u"ben@localhost"_s);

    // The account trusts the server's certificate by its pin: not for files until allowed.
    FileUpload* upload = uploads.send(benJid, path, false);
    QCOMPARE(uploads.uploadsTo(benJid), QList<FileUpload*> {upload});
    QTRY_COMPARE_WITH_TIMEOUT(upload->state(), FileUpload::State::Failed, 15000);
    QCOMPARE(upload->failure(), FileUpload::Failure::Certificate);
    QVERIFY(upload->pinnedCertificateRefused());

    uploads.allowPinnedCertificateForFiles(true);
    QSignalSpy sent(&uploads, &UploadService::fileSent);
    QSignalSpy progress(upload, &FileUpload::progressed);
    uploads.retry(upload);
    QVERIFY(sent.wait(15000));
    QVERIFY(!progress.isEmpty());
    QVERIFY(uploads.uploadsTo(benJid).isEmpty());
    const QString url = sent.first().at(1).toString();
    QVERIFY2(url.startsWith(u"https://localhost:"_s), qPrintable(url));
    QVERIFY(url.endsWith(u"holiday%20photo.jpg"_s) || url.endsWith(u"holiday photo.jpg"_s));

    // Ben gets a file message: the address as body, marked as a file; the bytes are the same.
    QVERIFY(ben.waitForHistory(Jid::fromString(u"ann@localhost"_s), [&](const auto& records) {
        return !records.isEmpty() && records.last().attachment.url == url
            && records.last().body == url;
    }));
    QCOMPARE(ann.history(benJid).last().attachment.url, url);
    QCOMPARE(fetch(QUrl(url)), bytes);
    // With its details (XEP-0446), kept in history as they came.
    const SharedFile received = ben.history(Jid::fromString(u"ann@localhost"_s)).last().attachment;
    QCOMPARE(received.name, u"holiday photo.jpg"_s);
    QCOMPARE(received.size, bytes.size());
    QCOMPARE(received.mediaType, u"image/jpeg"_s);
    QCOMPARE(received.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    QVERIFY(!received.dimensions.isValid()); // not a picture after all
}

void FileUploadTest::overTheLimitIsRefusedBeforeSending()
{
    AccountHarness ann(*m_prosody, u"ann"_s, u"laptop"_s);
    QVERIFY(signInWithUploads(ann));
    const QString path = writeFile(u"big.bin"_s, QByteArray(Limit + 1, 'x'));
    FileUpload* upload
        = ann.account().uploads().send(Jid::fromString(u"ben@localhost"_s), path, false);
    QCOMPARE(upload->state(), FileUpload::State::Failed);
    QCOMPARE(upload->failure(), FileUpload::Failure::TooLarge);
    QCOMPARE(upload->limit(), Limit);
    QCOMPARE(upload->sent(), 0);
    // Still listed: the user decides what becomes of it.
    QCOMPARE(ann.account().uploads().uploadsTo(Jid::fromString(u"ben@localhost"_s)).size(), 1);
}

void FileUploadTest::cancelledUploadSendsNothing()
{
    AccountHarness ann(*m_prosody, u"ann"_s, u"tablet"_s);
    QVERIFY(signInWithUploads(ann));
    UploadService& uploads = ann.account().uploads();
    uploads.allowPinnedCertificateForFiles(true);
    const Jid benJid = Jid::fromString(u"ben@localhost"_s);
    const int before = ann.history(benJid).size();
    const QString path = writeFile(u"cancelled.bin"_s, randomBytes(Limit - 1024));
    QSignalSpy sent(&uploads, &UploadService::fileSent);
    QSignalSpy removed(&uploads, &UploadService::uploadRemoved);
    // Cancelled once the transfer has begun: the PUT is aborted, the message never sent.
    connect(&uploads, &UploadService::uploadAdded, this, [&](const Jid&, FileUpload* added) {
        connect(added, &FileUpload::stateChanged, this, [&, added](FileUpload::State state) {
            if (state == FileUpload::State::Uploading) {
                uploads.dismiss(added);
            }
        });
    });
    uploads.send(benJid, path, false);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
    QTest::qWait(1500);
    QVERIFY(sent.isEmpty());
    QCOMPARE(ann.history(benJid).size(), before);
}

// Uploaded for a room the user is not in (left while it went up): the file stays listed,
// and Retry sends the message once the room is joined, without uploading again.
void FileUploadTest::interruptedUploadIsOfferedAgain()
{
    QTemporaryDir profile;
    const Jid benJid = Jid::fromString(u"ben@localhost"_s);
    const QByteArray bytes = randomBytes(Limit - 1024);
    const QString path = writeFile(u"long way.bin"_s, bytes);
    {
        AccountHarness ann(*m_prosody, u"ann"_s, u"tablet"_s, profile.path());
        QVERIFY(signInWithUploads(ann));
        UploadService& uploads = ann.account().uploads();
        uploads.allowPinnedCertificateForFiles(true);
        FileUpload* upload = uploads.send(benJid, path, false);
        QSignalSpy progress(upload, &FileUpload::progressed);
        QVERIFY(progress.wait(15000));
        ann.shutDown(); // quitting while it is on its way
    }
    // At the next start it is offered again, to be sent or dismissed.
    {
        AccountHarness ann(*m_prosody, u"ann"_s, u"tablet"_s, profile.path());
        UploadService& uploads = ann.account().uploads();
        const QList<FileUpload*> offered = uploads.uploadsTo(benJid);
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.first()->failure(), FileUpload::Failure::Interrupted);
        QCOMPARE(offered.first()->path(), path);
        QCOMPARE(uploads.interruptedChats(), QList<Jid> {benJid});
        QVERIFY(signInWithUploads(ann));
        uploads.allowPinnedCertificateForFiles(true);
        QSignalSpy sent(&uploads, &UploadService::fileSent);
        uploads.retry(offered.first());
        QVERIFY(sent.wait(15000));
        QCOMPARE(fetch(QUrl(sent.first().at(1).toString())), bytes);
        ann.shutDown();
    }
    // Sent: not offered again.
    AccountHarness ann(*m_prosody, u"ann"_s, u"tablet"_s, profile.path());
    QVERIFY(ann.account().uploads().uploadsTo(benJid).isEmpty());
}

void FileUploadTest::roomLeftMeanwhileKeepsTheFileToSendAgain()
{
    QTemporaryDir profile;
    const Jid room = Jid::fromString(u"den@"_s + m_prosody->mucDomain());
    const Jid benJid = Jid::fromString(u"ben@localhost"_s);
    QUrl url;
    {
        AccountHarness ann(*m_prosody, u"ann"_s, u"studio"_s, profile.path());
        QVERIFY(signInWithUploads(ann));
        UploadService& uploads = ann.account().uploads();
        uploads.allowPinnedCertificateForFiles(true);
        FileUpload* upload = uploads.send(room, writeFile(u"plan.txt"_s, "the plan\n"), true);
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), FileUpload::State::Failed, 15000);
        QCOMPARE(upload->failure(), FileUpload::Failure::NotSent);
        url = upload->url();
        QVERIFY(url.isValid());
        FileUpload* huge
            = uploads.send(benJid, writeFile(u"huge.bin"_s, randomBytes(Limit + 1)), false);
        QCOMPARE(huge->failure(), FileUpload::Failure::TooLarge);
        ann.shutDown();
    }
    // After a restart each is as it was: the file on the server still to be sent (not
    // uploaded again), the one over the limit still saying so; neither "interrupted".
    AccountHarness ann(*m_prosody, u"ann"_s, u"studio"_s, profile.path());
    UploadService& uploads = ann.account().uploads();
    QVERIFY(uploads.interruptedChats().isEmpty());
    const QList<FileUpload*> refused = uploads.uploadsTo(benJid);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first()->failure(), FileUpload::Failure::TooLarge);
    QCOMPARE(refused.first()->limit(), Limit);
    const QList<FileUpload*> unsent = uploads.uploadsTo(room);
    QCOMPARE(unsent.size(), 1);
    FileUpload* upload = unsent.first();
    QCOMPARE(upload->failure(), FileUpload::Failure::NotSent);
    QCOMPARE(upload->url(), url);
    QCOMPARE(upload->sharedFile().sha256.size(), 32);

    QVERIFY(signInWithUploads(ann));
    MucRoom* joining = ann.account().rooms().join(room, u"Ann"_s);
    QTRY_COMPARE_WITH_TIMEOUT(joining->state(), MucRoom::State::Joined, 15000);
    QSignalSpy sent(&uploads, &UploadService::fileSent);
    QSignalSpy progress(upload, &FileUpload::progressed);
    uploads.retry(upload);
    QVERIFY(sent.size() == 1 || sent.wait(15000));
    QVERIFY(progress.isEmpty()); // not uploaded a second time
    QCOMPARE(sent.first().at(1).toString(), url.toString(QUrl::FullyEncoded));
}

// A JPEG photo as a phone writes it, turned by an EXIF tag and telling where it was taken.
static QByteArray photoWithExif()
{
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "jpeg");
    // TIFF (little endian): IFD0 with Orientation = 6 (turn 90° clockwise) and a GPS IFD
    // that names the northern hemisphere.
    const auto u16
        = [](QByteArray& out, quint16 v) { out.append(char(v & 0xff)).append(char(v >> 8)); };
    const auto u32 = [&](QByteArray& out, quint32 v) {
        u16(out, v & 0xffff);
        u16(out, v >> 16);
    };
    QByteArray tiff("II*\0", 4);
    u32(tiff, 8);
    u16(tiff, 2); // entries
    u16(tiff, 0x0112);
    u16(tiff, 3);
    u32(tiff, 1);
    u16(tiff, 6);
    u16(tiff, 0);
    u16(tiff, 0x8825);
    u16(tiff, 4);
    u32(tiff, 1);
    u32(tiff, 8 + 2 + 2 * 12 + 4);
    u32(tiff, 0); // no next IFD
    u16(tiff, 1);
    u16(tiff, 0x0001);
    u16(tiff, 2);
    u32(tiff, 2);
    tiff.append("N\0\0\0", 4);
    u32(tiff, 0);
    QByteArray app1("Exif\0\0", 6);
    app1 += tiff;
    QByteArray segment("\xff\xe1", 2);
    segment.append(char((app1.size() + 2) >> 8)).append(char((app1.size() + 2) & 0xff));
    segment += app1;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

void FileUploadTest::photosGoTurnedAndWithoutWhereTheyWereTaken()
{
    AccountHarness ann(*m_prosody, u"ann"_s, u"camera"_s);
    QVERIFY(signInWithUploads(ann));
    UploadService& uploads = ann.account().uploads();
    uploads.allowPinnedCertificateForFiles(true);
    const QByteArray photo = photoWithExif();
    QVERIFY(photo.contains("Exif"));
    QSignalSpy sent(&uploads, &UploadService::fileSent);
    uploads.send(Jid::fromString(u"ben@localhost"_s), writeFile(u"IMG_0001.jpg"_s, photo), false);
    QVERIFY(sent.wait(15000));
    const QString url = sent.first().at(1).toString();
    QVERIFY(url.endsWith(u"IMG_0001.jpg"_s));
    const QByteArray received = fetch(QUrl(url));
    QVERIFY(!received.isEmpty());
    QVERIFY(!received.contains("Exif"));
    const QImage image = QImage::fromData(received, "jpeg");
    QCOMPARE(image.size(), QSize(200, 300)); // turned as the tag said
    // Its message gives the size as shown, for a placeholder of the right shape.
    QVERIFY(ann.waitForHistory(Jid::fromString(u"ben@localhost"_s), [&](const auto& records) {
        return !records.isEmpty() && records.last().attachment.url == url
            && records.last().attachment.dimensions == QSize(200, 300);
    }));

    // Asked for as taken: the very bytes, metadata and all.
    sent.clear();
    uploads.send(Jid::fromString(u"ben@localhost"_s), writeFile(u"IMG_0002.jpg"_s, photo), false,
        {false, true});
    QVERIFY(sent.wait(15000));
    QCOMPARE(fetch(QUrl(sent.first().at(1).toString())), photo);
}

void FileUploadTest::slixmppBothWays()
{
    if (!SlixmppPeer::isInstalled()) {
        if (serverMissingIsFailure()) {
            QFAIL("python3-slixmpp is not installed");
        }
        QSKIP("python3-slixmpp is not installed");
    }
    AccountHarness ann(*m_prosody, u"ann"_s, u"phone"_s);
    QVERIFY(signInWithUploads(ann));
    SlixmppPeer sly(*m_prosody, u"sly"_s, u"pw-sly"_s);
    QVERIFY2(sly.start(), qPrintable(sly.errorString()));
    const Jid slyJid = Jid::fromString(u"sly@localhost"_s);

    // slixmpp's own upload reaches Palaver as a file message.
    const QByteArray picture = randomBytes(4096);
    const QString path = writeFile(u"from-sly.png"_s, picture);
    QVERIFY(sly.run({{u"do"_s, u"upload"_s}, {u"to"_s, u"ann@localhost"_s}, {u"path"_s, path},
                        {u"service"_s, m_prosody->uploadDomain()}},
        20000));
    QVERIFY(ann.waitForHistory(slyJid, [](const auto& records) {
        return !records.isEmpty() && !records.last().attachment.url.isEmpty();
    }));
    const MessageRecord received = ann.history(slyJid).last();
    QCOMPARE(received.body, received.attachment.url);
    QCOMPARE(fetch(QUrl(received.attachment.url)), picture);

    // Ours reaches slixmpp with its out-of-band address.
    UploadService& uploads = ann.account().uploads();
    uploads.allowPinnedCertificateForFiles(true);
    QSignalSpy sent(&uploads, &UploadService::fileSent);
    uploads.send(slyJid, writeFile(u"to-sly.txt"_s, "hello, sly\n"), false);
    QVERIFY(sent.wait(15000));
    const QString url = sent.first().at(1).toString();
    const QJsonObject event = sly.waitForMessage(
        [&](const QJsonObject& message) { return message.value(u"oob"_s).toString() == url; });
    QCOMPARE(event.value(u"body"_s).toString(), url);
}

QTEST_MAIN(FileUploadTest)
#include "tst_fileupload.moc"

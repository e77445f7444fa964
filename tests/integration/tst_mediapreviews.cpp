// Previews of shared pictures, fetched from a real Prosody's upload service: PNG, JPEG, GIF
// and WebP decoded small; a decompression bomb refused before decoding, a truncated image and
// a file that is no image neither crash nor hang; nothing fetched for a stranger, from a
// local address that is not our server, or beyond the size cap.
#include "AccountHarness.h"
#include "ServerTest.h"
#include "im/services/MessageService.h"
#include "im/services/RosterService.h"
#include "im/transfers/FileUpload.h"
#include "im/transfers/MediaPreviews.h"
#include "im/transfers/UploadService.h"
#include "localserver/ProsodyServer.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Im;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

namespace {
QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return image.save(&buffer, format) ? bytes : QByteArray();
}

QImage picture(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            image.setPixel(x, y, qRgb(x % 256, y % 256, (x + y) % 256));
        }
    }
    return image;
}
} // namespace

class MediaPreviewsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatsArePreviewedSmall_data();
    void formatsArePreviewedSmall();
    void hostileFilesAreRefused();
    void nothingIsFetchedWhereItMustNotBe();
    void retractedPictureLeavesTheCache();

private:
    // Uploads the bytes as a file of this name and gives its address.
    QString share(const QString& name, const QByteArray& bytes);
    MediaPreviews::Status waitForPreview(const QString& url, const Jid& sender);

    std::unique_ptr<ProsodyServer> m_prosody;
    std::unique_ptr<AccountHarness> m_ann;
    std::unique_ptr<AccountHarness> m_ben;
    QTemporaryDir m_files;
};

void MediaPreviewsTest::initTestCase()
{
    ProsodyServer::Options options;
    options.uploadSizeLimit = 8 * 1024 * 1024;
    m_prosody = std::make_unique<ProsodyServer>(options);
    PALAVER_START_SERVER(
        *m_prosody, (QList<ServerAccount> {{u"ann"_s, u"pw-ann"_s}, {u"ben"_s, u"pw-ben"_s}}));
    m_ann = std::make_unique<AccountHarness>(*m_prosody, u"ann"_s, u"desk"_s);
    m_ben = std::make_unique<AccountHarness>(*m_prosody, u"ben"_s, u"desk"_s);
    QVERIFY(m_ann->signIn() && m_ben->signIn());
    QVERIFY(QTest::qWaitFor([&] { return m_ann->account().uploads().isAvailable(); }, 10000));
    // The fixture's file server shows the certificate pinned for both accounts' server.
    m_ann->account().uploads().allowPinnedCertificateForFiles(true);
    m_ben->account().uploads().allowPinnedCertificateForFiles(true);
}

QString MediaPreviewsTest::share(const QString& name, const QByteArray& bytes)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    file.close();
    UploadService& uploads = m_ann->account().uploads();
    QSignalSpy sent(&uploads, &UploadService::fileSent);
    uploads.send(Jid::fromString(u"ben@localhost"_s), path, false);
    return sent.wait(15000) ? sent.first().at(1).toString() : QString();
}

MediaPreviews::Status MediaPreviewsTest::waitForPreview(const QString& url, const Jid& sender)
{
    MediaPreviews& previews = m_ben->account().previews();
    previews.preview(url, sender);
    const bool ended = QTest::qWaitFor(
        [&] { return previews.status(url) != MediaPreviews::Status::Loading; }, 15000);
    return ended ? previews.status(url) : MediaPreviews::Status::Loading;
}

void MediaPreviewsTest::formatsArePreviewedSmall_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QSize>("previewSize");
    const QImage photo = picture(1200, 800);
    for (const char* format : {"png", "jpg", "webp"}) {
        // Scaled while decoding, the aspect kept.
        QTest::newRow(format) << QString::fromLatin1(format) << encoded(photo, format)
                              << QSize(320, 213);
    }
    // Qt reads GIF but does not write it: a 1 × 1 one, kept at its size.
    QTest::newRow("gif") << u"gif"_s
                         << QByteArray::fromBase64(
                                "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
                         << QSize(1, 1);
}

void MediaPreviewsTest::formatsArePreviewedSmall()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QSize, previewSize);
    QVERIFY2(!bytes.isEmpty(), "no image plugin: is qt6-image-formats-plugins installed?");
    const QString url = share(u"photo."_s + format, bytes);
    QVERIFY(!url.isEmpty());
    MediaPreviews& previews = m_ben->account().previews();
    previews.setFetchCheck([](const Jid&) { return true; });
    QCOMPARE(waitForPreview(url, Jid::fromString(u"ann@localhost/desk"_s)),
        MediaPreviews::Status::Ready);
    const QImage preview = previews.preview(url, Jid::fromString(u"ann@localhost/desk"_s));
    QCOMPARE(preview.size(), previewSize);
    // Kept whole on disk (photos arrive written again without their metadata).
    QVERIFY(QFileInfo(previews.cachedFile(url)).size() > 0);
}

void MediaPreviewsTest::hostileFilesAreRefused()
{
    MediaPreviews& previews = m_ben->account().previews();
    previews.setFetchCheck([](const Jid&) { return true; });
    const Jid ann = Jid::fromString(u"ann@localhost/desk"_s);

    // 30,000 × 30,000 pixels in a few hundred kilobytes: refused by its header, not decoded.
    QImage bomb(30000, 30000, QImage::Format_Mono);
    bomb.fill(0);
    const QByteArray bombBytes = encoded(bomb, "png");
    QVERIFY(!bombBytes.isEmpty() && bombBytes.size() < 4 * 1024 * 1024);
    bomb = QImage();
    QCOMPARE(waitForPreview(share(u"bomb.png"_s, bombBytes), ann), MediaPreviews::Status::Refused);

    // Half a JPEG: whatever comes of it, it ends.
    const QByteArray jpeg = encoded(picture(800, 600), "jpg");
    const MediaPreviews::Status truncated
        = waitForPreview(share(u"half.jpg"_s, jpeg.left(jpeg.size() / 2)), ann);
    QVERIFY(
        truncated == MediaPreviews::Status::Failed || truncated == MediaPreviews::Status::Ready);

    // Garbage named as a picture, and a text file.
    QCOMPARE(waitForPreview(share(u"fake.png"_s, QByteArray(5000, 'z')), ann),
        MediaPreviews::Status::Failed);
    QCOMPARE(
        waitForPreview(share(u"notes.txt"_s, "just text\n"), ann), MediaPreviews::Status::Refused);
}

void MediaPreviewsTest::nothingIsFetchedWhereItMustNotBe()
{
    MediaPreviews& previews = m_ben->account().previews();
    const QByteArray png = encoded(picture(100, 100), "png");

    // A stranger's picture: not fetched at all, by the account's own rule (a device of
    // Ben's that no test has changed).
    const QString strangers = share(u"stranger.png"_s, png);
    AccountHarness phone(*m_prosody, u"ben"_s, u"phone"_s);
    QVERIFY(phone.signIn());
    MediaPreviews& own = phone.account().previews();
    QVERIFY(own.preview(strangers, Jid::fromString(u"eve@localhost/x"_s)).isNull());
    QTest::qWait(300);
    QCOMPARE(own.status(strangers), MediaPreviews::Status::None);
    // Our own (from another device of ours) is fetched.
    own.preview(strangers, Jid::fromString(u"ben@localhost/desk"_s));
    QCOMPARE(own.status(strangers), MediaPreviews::Status::Loading);

    previews.setFetchCheck([](const Jid&) { return true; });
    const Jid ann = Jid::fromString(u"ann@localhost/desk"_s);
    // A loopback address that is not our server's name: refused before any connection.
    const QString local = u"https://127.0.0.2:%1/file_share/x/y.png"_s.arg(m_prosody->httpsPort());
    QCOMPARE(waitForPreview(local, ann), MediaPreviews::Status::Refused);
    QVERIFY(!QFileInfo::exists(previews.cachedFile(local)));
    // Not http(s).
    QCOMPARE(waitForPreview(u"file:///etc/passwd"_s, ann), MediaPreviews::Status::Refused);
    // Over the size cap for previews.
    MediaPreviews::Limits limits = previews.limits();
    limits.downloadBytes = 1000;
    previews.setLimits(limits);
    QCOMPARE(waitForPreview(share(u"big.png"_s, png + QByteArray(2000, '\0')), ann),
        MediaPreviews::Status::Refused);
    previews.setLimits({});

    QVERIFY(MediaPreviews::isPublicAddress(QHostAddress(u"93.184.216.34"_s)));
    QVERIFY(MediaPreviews::isPublicAddress(QHostAddress(u"2606:2800:220:1::1"_s)));
    for (const QString& address : {u"10.1.2.3"_s, u"192.168.0.1"_s, u"172.20.0.1"_s, u"127.0.0.1"_s,
             u"169.254.1.1"_s, u"100.64.0.1"_s, u"0.0.0.0"_s, u"::1"_s, u"fe80::1"_s, u"fd00::1"_s,
             u"::ffff:192.168.0.1"_s, u"224.0.0.1"_s}) {
        QVERIFY2(!MediaPreviews::isPublicAddress(QHostAddress(address)), qPrintable(address));
    }
}

void MediaPreviewsTest::retractedPictureLeavesTheCache()
{
    MediaPreviews& previews = m_ben->account().previews();
    previews.setFetchCheck([](const Jid&) { return true; });
    const QString url = share(u"regretted.png"_s, encoded(picture(200, 100), "png"));
    const Jid ann = Jid::fromString(u"ann@localhost/desk"_s);
    QCOMPARE(waitForPreview(url, ann), MediaPreviews::Status::Ready);
    QVERIFY(QFileInfo::exists(previews.cachedFile(url)));

    const Jid benJid = Jid::fromString(u"ben@localhost"_s);
    // Only a contact may take a message back.
    m_ben->account().roster().addContact(ann.bare(), u"Ann"_s, {});
    QTRY_VERIFY_WITH_TIMEOUT(m_ben->account().roster().items().contains(ann.bare()), 15000);
    QVERIFY(m_ben->waitForHistory(ann.bare(), [&](const auto& records) {
        return !records.isEmpty() && records.last().attachment.url == url;
    }));
    QVERIFY(m_ann->waitForHistory(benJid, [&](const auto& records) {
        return !records.isEmpty() && records.last().attachment.url == url;
    }));
    QVERIFY(m_ann->account().messages().retract(benJid, m_ann->history(benJid).last()));
    QVERIFY(m_ben->waitForHistory(ann.bare(),
        [&](const auto& records) { return !records.isEmpty() && records.last().retracted; }));
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(previews.cachedFile(url)), 15000);
    QVERIFY(previews.preview(url, ann).isNull());
    QVERIFY(!previews.previewSize(url, ann).isValid());
    QCOMPARE(previews.status(url), MediaPreviews::Status::Refused);
    QTest::qWait(300); // and it is not fetched again
    QVERIFY(!QFileInfo::exists(previews.cachedFile(url)));
}

QTEST_GUILESS_MAIN(MediaPreviewsTest)
#include "tst_mediapreviews.moc"

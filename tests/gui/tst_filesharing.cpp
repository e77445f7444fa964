// Sharing files from a conversation, driven as a person would in the whole application
// (offscreen) against a real Prosody with an upload service: a file dropped on the tab goes
// up with its progress shown, the pinned certificate is trusted for files only once the user
// says so, the message shows the file by name and reaches the contact; a file over the
// server's limit is refused at once, saying the limit.
#include "AccountHarness.h"
#include "AppTestSupport.h"
#include "ServerTest.h"
#include "TestFiles.h"
#include "app/Application.h"
#include "gui/ConversationView.h"
#include "gui/ConversationWidget.h"
#include "gui/ConversationWindows.h"
#include "gui/DirectTransfersPanel.h"
#include "gui/FileActions.h"
#include "gui/ImageViewer.h"
#include "gui/MessageDelegate.h"
#include "gui/MessageInput.h"
#include "gui/RoomWidget.h"
#include "gui/UploadsPanel.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/MessagesModel.h"
#include "im/services/OmemoService.h"
#include "im/services/RoomService.h"
#include "im/services/RosterService.h"
#include "im/transfers/DirectTransfers.h"
#include "im/transfers/FileDownloads.h"
#include "im/transfers/FileUpload.h"
#include "im/transfers/MediaPreviews.h"
#include "im/transfers/UploadService.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Palaver;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Limit = 1024 * 1024;

ProsodyServer::Options withUploads()
{
    ProsodyServer::Options options;
    options.uploadSizeLimit = Limit;
    return options;
}

// Answers the next message box with this button once it is up, keeping what it said.
void answerNoting(QMessageBox::StandardButton button, QString* text)
{
    QTimer::singleShot(50, [button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            answerNoting(button, text);
            return;
        }
        *text = box->text();
        box->button(button)->click();
    });
}
// Chooses path in the next file dialog once it is up.
void answerFileDialog(const QString& path)
{
    QTimer::singleShot(50, [path] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            answerFileDialog(path);
            return;
        }
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
    });
}
} // namespace

class FileSharingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void droppedFileIsSharedWithProgress();
    void receivedFilesAreDownloadedOpenedAndViewed();
    void pictureInARoomShowsItsPreview();
    void filesGoStraightBetweenContactsDevices();

private:
    // Ann's whole application on a profile of her own, signed in with uploads available.
    std::unique_ptr<App::Application> startAnn(
        Im::Profile& profile, const QString& user = u"ann"_s);
    ProsodyServer m_prosody {withUploads()};
    QTemporaryDir m_files;
};

void FileSharingTest::initTestCase()
{
    PALAVER_START_SERVER(m_prosody,
        (QList<ServerAccount> {{u"ann"_s, u"pw-ann"_s}, {u"ben"_s, u"pw-ben"_s},
            {u"cat"_s, u"pw-cat"_s, {{u"dan"_s, u"Dan"_s, {}}}},
            {u"dan"_s, u"pw-dan"_s, {{u"cat"_s, u"Cat"_s, {}}}}}));
}

std::unique_ptr<App::Application> FileSharingTest::startAnn(
    Im::Profile& profile, const QString& user)
{
    if (!profile.open()) {
        return nullptr;
    }
    addServerAccount(profile, m_prosody, user);
    auto app = std::make_unique<App::Application>(profile);
    app->start();
    Im::Account* ann = app->account(user + u"@localhost"_s);
    if (!ann || !QTest::qWaitFor([&] { return ann->uploads().isAvailable(); }, 15000)) {
        return nullptr;
    }
    return app;
}

void FileSharingTest::droppedFileIsSharedWithProgress()
{
    AccountHarness ben(m_prosody, u"ben"_s, u"desk"_s);
    QVERIFY(ben.signIn());
    QTemporaryDir dir;
    Im::Profile profile(dir.path());
    const std::unique_ptr<App::Application> started = startAnn(profile);
    QVERIFY(started);
    App::Application& app = *started;
    Im::Account* ann = app.account(u"ann@localhost"_s);
    const Im::AccountSettings settings = *profile.account(ann->client().settings().jid);
    Gui::ConversationWidget* chat = app.openChat(u"ann@localhost"_s, u"ben@localhost"_s);
    QVERIFY(chat);
    // Files are not encrypted: Ann writes to Ben unencrypted, so nothing asks about that.
    ann->omemo().setEncrypting(Xmpp::Jid::fromString(u"ben@localhost"_s), false);
    chat->window()->resize(640, 520);
    chat->window()->show();
    QVERIFY(chat->findChild<QToolButton*>(u"attachButton"_s));
    auto* panel = chat->findChild<Gui::UploadsPanel*>();
    QVERIFY(panel && !panel->isVisible());

    // Over the limit: refused at once, with the limit in words.
    QFile big(m_files.filePath(u"huge.iso"_s));
    QVERIFY(big.open(QIODevice::WriteOnly) && big.write(QByteArray(Limit + 1, 'x')) > 0);
    big.close();
    QString refusal;
    answerNoting(QMessageBox::Ok, &refusal);
    QVERIFY(!chat->sendFiles({big.fileName()}));
    QVERIFY2(refusal.contains(u"1.0 MB"_s) || refusal.contains(u"1 MB"_s), qPrintable(refusal));
    QVERIFY(ann->uploads().uploadsTo(Xmpp::Jid::fromString(u"ben@localhost"_s)).isEmpty());

    // A file dropped on the tab: the pinned certificate is offered for files, then it goes.
    QFile report(m_files.filePath(u"report.pdf"_s));
    QVERIFY(report.open(QIODevice::WriteOnly) && report.write(QByteArray(600 * 1024, 'r')) > 0);
    report.close();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(report.fileName())});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(chat, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy sent(&ann->uploads(), &Im::UploadService::fileSent);
    answerNextMessageBox(QMessageBox::Yes);
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(chat, &drop);
    QVERIFY(panel->isVisible());
    QVERIFY(panel->findChild<QLabel*>(u"uploadName"_s)->text().contains(u"report.pdf"_s));
    saveScreenshot(chat->window(), u"upload-in-progress.png"_s);
    QVERIFY(sent.wait(15000));
    const QString url = sent.first().at(1).toString();
    QTRY_VERIFY(!panel->isVisible());
    // The answer is kept for the account, for the pinned certificate it was given for.
    QCOMPARE(
        profile.account(settings.jid)->pinnedCertificateForFiles, m_prosody.serverFingerprint());

    // The message shows the file by its name, linked; Ben has it too.
    auto* view = chat->findChild<Gui::ConversationView*>();
    QTRY_VERIFY(view->model()->rowCount() >= 1);
    const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
    QCOMPARE(last.data(Im::MessagesModel::AttachmentUrlRole).toString(), url);
    view->selectAll();
    const auto parts = view->selectedTextParts();
    view->clearTextSelection();
    QVERIFY(!parts.isEmpty());
    QVERIFY2(parts.last().second.startsWith(u"📄 report.pdf\n600.0 kB · PDF document\n"_s),
        qPrintable(parts.last().second));
    QVERIFY(ben.waitForHistory(Xmpp::Jid::fromString(u"ann@localhost"_s),
        [&](const auto& r) { return !r.isEmpty() && r.last().attachment.url == url; }));

    // A picture shows as a picture, scaled to the bubble, and the file name under it.
    QImage photo(900, 600, QImage::Format_RGB32);
    photo.fill(QColor(0x3a, 0x7b, 0xd5));
    const QString photoPath = m_files.filePath(u"sunset.png"_s);
    QVERIFY(photo.save(photoPath));
    sent.clear();
    QVERIFY(chat->sendFiles({photoPath}));
    QVERIFY(sent.wait(15000));
    const QString photoUrl = sent.first().at(1).toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        ann->previews().status(photoUrl), Im::MediaPreviews::Status::Ready, 15000);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    const QModelIndex picture = view->model()->index(1, 0);
    QTRY_VERIFY(view->visualRect(picture).height() > 200);
    saveScreenshot(chat->window(), u"file-message.png"_s);

    // A picture pasted into the input: asked first, then shared; its temporary file goes.
    QImage clip(200, 120, QImage::Format_RGB32);
    clip.fill(Qt::yellow);
    QGuiApplication::clipboard()->setImage(clip);
    auto* input = chat->findChild<Gui::MessageInput*>();
    input->setFocus();
    sent.clear();
    QStringList pastedPaths; // taken as it starts: the upload is deleted once sent
    connect(&ann->uploads(), &Im::UploadService::uploadAdded, this,
        [&](const Xmpp::Jid&, Im::FileUpload* upload) { pastedPaths.append(upload->path()); });
    answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(input, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(sent.wait(15000));
    QCOMPARE(pastedPaths.size(), 1);
    const QString pasted = pastedPaths.first();
    QVERIFY(pasted.endsWith(u".png"_s));
    QVERIFY(input->toPlainText().isEmpty()); // no text for the picture
    QTRY_VERIFY(!QFileInfo::exists(pasted));
    QTRY_COMPARE(view->model()->rowCount(), 3);
}

namespace {
// Where a link of a row's card is, in the view's viewport.
QPoint linkPoint(Gui::ConversationView* view, const QModelIndex& index, const QString& link)
{
    const QStyleOptionViewItem option = view->optionFor(index);
    for (int y = option.rect.top(); y < option.rect.bottom(); y += 2) {
        for (int x = option.rect.left(); x < option.rect.right(); x += 3) {
            if (view->messageDelegate().linkAt(option, index, QPoint(x, y)) == link) {
                return {x, y};
            }
        }
    }
    return {-1, -1};
}

// The newest row sharing a file of this name.
QModelIndex rowSharing(Gui::ConversationView* view, const QString& name)
{
    for (int row = view->model()->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(Im::MessagesModel::AttachmentRole).value<Xmpp::SharedFile>().name == name) {
            return index;
        }
    }
    return {};
}

bool clickLink(
    Gui::ConversationView* view, const QModelIndex& index, Gui::MessageAttachments::Action action)
{
    view->scrollTo(index);
    const QPoint point = linkPoint(view, index, Gui::MessageAttachments::linkFor(action));
    if (point.x() < 0) {
        return false;
    }
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    return true;
}
} // namespace

void FileSharingTest::receivedFilesAreDownloadedOpenedAndViewed()
{
    QTemporaryDir dir;
    Im::Profile profile(dir.path());
    const std::unique_ptr<App::Application> app = startAnn(profile);
    QVERIFY(app);
    Im::Account* ann = app->account(u"ann@localhost"_s);
    QTemporaryDir downloadsFolder;
    ann->downloads().setFolder(downloadsFolder.path());
    // Pictures are fetched by themselves only from contacts.
    const Xmpp::Jid benJid = Xmpp::Jid::fromString(u"ben@localhost"_s);
    ann->roster().addContact(benJid, u"Ben"_s, {});
    QTRY_VERIFY_WITH_TIMEOUT(ann->roster().items().contains(benJid), 15000);
    AccountHarness ben(m_prosody, u"ben"_s, u"laptop"_s);
    QVERIFY(ben.signIn());
    QVERIFY(QTest::qWaitFor([&] { return ben.account().uploads().isAvailable(); }, 15000));
    Im::UploadService& benUploads = ben.account().uploads();
    benUploads.allowPinnedCertificateForFiles(true);
    QSignalSpy sent(&benUploads, &Im::UploadService::fileSent);
    const Xmpp::Jid annJid = Xmpp::Jid::fromString(u"ann@localhost"_s);
    const QByteArray notes = "shopping: bread, tea\n";
    const QString animation = m_files.filePath(u"wave.gif"_s);
    QFile gif(animation);
    QVERIFY(gif.open(QIODevice::WriteOnly));
    gif.write(QByteArray::fromBase64(
        "R0lGODlhKAAeAPAAAP8AAAAAACH5BAAKAAAAIf8LTkVUU0NBUEUyLjADAQAAACwAAAAAKAAeAAACIYSPqcvtD6Oct"
        "NqLs968+w+G4kiW5omm6sq27gvH8kxzBQAh+QQACgAAACwAAAAAKAAeAIAAAP8AAAACIYSPqcvtD6OctNqLs968+w"
        "+G4kiW5omm6sq27gvH8kxzBQA7"));
    gif.close();
    for (const QString& path : {writeTestFile(m_files.path(), u"notes.txt"_s, notes),
             writeTestFile(m_files.path(), u"setup.exe"_s, "MZ not really"), animation}) {
        sent.clear();
        benUploads.send(annJid, path, false);
        QVERIFY(sent.wait(15000));
    }

    Gui::ConversationWidget* chat = app->openChat(u"ann@localhost"_s, u"ben@localhost"_s);
    QVERIFY(chat);
    chat->window()->resize(640, 560);
    chat->window()->show();
    auto* view = chat->findChild<Gui::ConversationView*>();
    // (Ann's earlier files to Ben come from her archive too.)
    QTRY_VERIFY_WITH_TIMEOUT(rowSharing(view, u"wave.gif"_s).isValid(), 15000);
    auto* files = chat->findChild<Gui::FileActions*>();
    QVERIFY(files);
    QList<QUrl> handedOver;
    files->setUrlOpener([&](const QUrl& url) {
        handedOver.append(url);
        return true;
    });

    // A file card: Download; the pinned certificate is offered for files, then it comes.
    const QModelIndex card = rowSharing(view, u"notes.txt"_s);
    QTRY_VERIFY(linkPoint(view, card,
                    Gui::MessageAttachments::linkFor(Gui::MessageAttachments::Action::Download))
                    .x()
        >= 0);
    saveScreenshot(chat->window(), u"file-card.png"_s);
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(clickLink(view, card, Gui::MessageAttachments::Action::Download));
    const QString notesUrl = card.data(Im::MessagesModel::AttachmentUrlRole).toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        ann->downloads().entry(notesUrl).state, Im::FileDownloads::State::Done, 15000);
    QFile downloaded(QDir(downloadsFolder.path()).filePath(u"notes.txt"_s));
    QCOMPARE(ann->downloads().entry(notesUrl).path, downloaded.fileName());
    QVERIFY(downloaded.open(QIODevice::ReadOnly));
    QCOMPARE(downloaded.readAll(), notes);
    QTRY_VERIFY(linkPoint(view, card,
                    Gui::MessageAttachments::linkFor(Gui::MessageAttachments::Action::ShowInFolder))
                    .x()
        >= 0);
    saveScreenshot(chat->window(), u"file-card-downloaded.png"_s);
    QVERIFY(clickLink(view, card, Gui::MessageAttachments::Action::Open));
    QTRY_COMPARE(handedOver, QList<QUrl> {QUrl::fromLocalFile(downloaded.fileName())});

    // Save as… onto the downloaded file itself keeps it; anywhere else, a copy.
    QSignalSpy saved(files, &Gui::FileActions::saved);
    answerFileDialog(downloaded.fileName());
    answerNextMessageBox(QMessageBox::Yes); // the dialog asks before replacing
    QVERIFY(clickLink(view, card, Gui::MessageAttachments::Action::SaveAs));
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(saved.first().at(1).toBool());
    downloaded.close();
    QVERIFY(downloaded.open(QIODevice::ReadOnly));
    QCOMPARE(downloaded.readAll(), notes);
    const QString copy = QDir(downloadsFolder.path()).filePath(u"for later.txt"_s);
    answerFileDialog(copy);
    QVERIFY(clickLink(view, card, Gui::MessageAttachments::Action::SaveAs));
    QTRY_COMPARE(saved.size(), 2);
    QCOMPARE(saved.last().at(0).toString(), copy);
    QFile copied(copy);
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), notes);

    // A program is fetched but never opened: its folder is shown, and the user is told.
    handedOver.clear();
    QSignalSpy opened(files, &Gui::FileActions::opened);
    QString told;
    answerNoting(QMessageBox::Ok, &told);
    QVERIFY(
        clickLink(view, rowSharing(view, u"setup.exe"_s), Gui::MessageAttachments::Action::Open));
    QVERIFY(opened.wait(15000));
    QCOMPARE(opened.first().at(1).toBool(), true);
    QVERIFY2(told.contains(u"setup.exe"_s), qPrintable(told));
    QCOMPARE(handedOver, QList<QUrl> {QUrl::fromLocalFile(downloadsFolder.path())});

    // A picture: its preview opens the viewer, where the animation plays.
    const QModelIndex picture = rowSharing(view, u"wave.gif"_s);
    const QString gifUrl = picture.data(Im::MessagesModel::AttachmentUrlRole).toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        ann->previews().status(gifUrl), Im::MediaPreviews::Status::Ready, 15000);
    QTRY_VERIFY(view->visualRect(picture).height() > 30);
    view->scrollTo(picture);
    const QRect rect = view->visualRect(picture);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.topLeft() + QPoint(28, 30));
    Gui::ImageViewer* viewer = nullptr;
    QTRY_VERIFY((viewer = chat->window()->findChild<Gui::ImageViewer*>()) != nullptr);
    QVERIFY(viewer->isAnimated());
    QTRY_VERIFY(viewer->isShowing());
    viewer->close();
}

void FileSharingTest::pictureInARoomShowsItsPreview()
{
    const Xmpp::Jid garden = Xmpp::Jid::fromString(u"garden@"_s + m_prosody.mucDomain());
    AccountHarness ben(m_prosody, u"ben"_s, u"camera"_s);
    QVERIFY(ben.signIn());
    Xmpp::MucRoom* benRoom = ben.account().rooms().join(garden, u"Ben"_s);
    QTRY_COMPARE_WITH_TIMEOUT(benRoom->state(), Xmpp::MucRoom::State::Joined, 10000);
    QTemporaryDir dir;
    Im::Profile profile(dir.path());
    const std::unique_ptr<App::Application> app = startAnn(profile);
    QVERIFY(app);
    Im::Account* ann = app->account(u"ann@localhost"_s);
    ann->uploads().allowPinnedCertificateForFiles(true);
    ann->rooms().join(garden, u"Ann"_s);
    Gui::RoomWidget* tab = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((tab = app->conversationWindows().room(u"ann@localhost"_s, garden))
            && tab->room().state() == Xmpp::MucRoom::State::Joined,
        10000);
    tab->window()->resize(700, 560);
    tab->window()->show();

    // A room member's picture: fetched because Ann is in the room, shown as a picture.
    QImage photo(800, 500, QImage::Format_RGB32);
    photo.fill(QColor(0x2e, 0x8b, 0x57));
    const QString path = m_files.filePath(u"meadow.png"_s);
    QVERIFY(photo.save(path));
    Im::UploadService& benUploads = ben.account().uploads();
    benUploads.allowPinnedCertificateForFiles(true);
    QVERIFY(QTest::qWaitFor([&] { return benUploads.isAvailable(); }, 15000));
    QSignalSpy sent(&benUploads, &Im::UploadService::fileSent);
    benUploads.send(garden, path, true);
    QVERIFY(sent.wait(15000));
    const QString url = sent.first().at(1).toString();
    auto* view = tab->findChild<Gui::ConversationView*>();
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(rowSharing(view, u"meadow.png"_s).isValid(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(ann->previews().status(url), Im::MediaPreviews::Status::Ready, 15000);
    const QModelIndex picture = rowSharing(view, u"meadow.png"_s);
    QTRY_VERIFY(view->visualRect(picture).height() > 190); // 320 × 200 and the caption
    saveScreenshot(tab->window(), u"room-picture.png"_s);
}

void FileSharingTest::filesGoStraightBetweenContactsDevices()
{
    const Xmpp::Jid catJid = Xmpp::Jid::fromString(u"cat@localhost"_s);
    const Xmpp::Jid danJid = Xmpp::Jid::fromString(u"dan@localhost"_s);
    AccountHarness dan(m_prosody, u"dan"_s, u"desk"_s);
    QTemporaryDir danFolder;
    dan.account().downloads().setFolder(danFolder.path());
    QVERIFY(dan.signIn());
    QTemporaryDir dir;
    Im::Profile profile(dir.path());
    const std::unique_ptr<App::Application> started = startAnn(profile, u"cat"_s);
    QVERIFY(started);
    Im::Account* cat = started->account(catJid.toString());
    QTemporaryDir catFolder;
    cat->downloads().setFolder(catFolder.path());
    QVERIFY(QTest::qWaitFor(
        [&] { return cat->directTransfers().deviceFor(danJid).has_value(); }, 15000));
    Gui::ConversationWidget* chat = started->openChat(catJid.toString(), danJid.toString());
    QVERIFY(chat);
    chat->window()->resize(640, 520);
    chat->window()->show();
    auto* panel = chat->findChild<Gui::DirectTransfersPanel*>();
    QVERIFY(panel && !panel->isVisible());

    // Over the server's limit: offered straight to Dan's device instead of refused.
    const QByteArray bytes = randomBytes(Limit + 4096);
    const QString path = writeTestFile(m_files.path(), u"film.mkv"_s, bytes);
    QSignalSpy offered(&dan.account().directTransfers(), &Im::DirectTransfers::transferAdded);
    // Dan's device has OMEMO, so the chat is encrypted, and files are not: the user is asked.
    QTRY_VERIFY_WITH_TIMEOUT(cat->omemo().isEncrypting(danJid), 10000);
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(chat->sendFiles({path}));
    QVERIFY(panel->isVisible());
    auto* status = panel->findChild<QLabel*>(u"transferStatus"_s);
    QTRY_VERIFY2(status->text().contains(u"Waiting for Dan to accept “film.mkv”"_s),
        qPrintable(status->text()));
    saveScreenshot(chat->window(), u"direct-transfer-offered.png"_s);
    QTRY_VERIFY_WITH_TIMEOUT(offered.size() == 1, 15000);
    auto* toDan = offered.first().at(1).value<Im::DirectTransfer*>();
    toDan->accept();
    QTRY_VERIFY_WITH_TIMEOUT(toDan->state() == Im::DirectTransfer::State::Done, 20000);
    QTRY_VERIFY2(status->text().contains(u"Sent “film.mkv”"_s), qPrintable(status->text()));
    QFile received(toDan->path());
    QVERIFY(received.open(QIODevice::ReadOnly));
    QCOMPARE(received.readAll(), bytes);

    // Dan offers one back: Cat saves it with a click and opens it.
    const QString notesPath = writeTestFile(m_files.path(), u"notes.pdf"_s, "%PDF-1.4 notes");
    dan.account().directTransfers().send(catJid, notesPath);
    QList<QUrl> opened;
    panel->setUrlOpener([&opened](const QUrl& url) {
        opened.append(url);
        return true;
    });
    QPushButton* save = nullptr;
    QTRY_VERIFY((save = [&]() -> QPushButton* {
        for (auto* button : panel->findChildren<QPushButton*>(u"transferAccept"_s)) {
            if (button->isVisible()) {
                return button;
            }
        }
        return nullptr;
    }()));
    saveScreenshot(chat->window(), u"direct-transfer-offer.png"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QPushButton* open = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((open = [&]() -> QPushButton* {
        for (auto* button : panel->findChildren<QPushButton*>(u"transferOpen"_s)) {
            if (button->isVisible()) {
                return button;
            }
        }
        return nullptr;
    }()),
        20000);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().toLocalFile(), QDir(catFolder.path()).filePath(u"notes.pdf"_s));
    QFile notes(opened.first().toLocalFile());
    QVERIFY(notes.open(QIODevice::ReadOnly));
    QCOMPARE(notes.readAll(), QByteArray("%PDF-1.4 notes"));
}

QTEST_MAIN(FileSharingTest)
#include "tst_filesharing.moc"

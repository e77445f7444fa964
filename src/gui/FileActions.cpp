#include "FileActions.h"

#include "ImageViewer.h"
#include "im/Account.h"
#include "im/transfers/FileDownloads.h"
#include "im/transfers/MediaPreviews.h"
#include "im/transfers/UploadService.h"
#include "xmpp/modules/xep0363_upload/UploadSlot.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>
#include <QUrl>

using Palaver::Im::FileDownloads;

namespace Palaver::Gui {

FileActions::FileActions(Im::Account& account, QWidget* window)
    : QObject(window)
    , m_account(account)
    , m_window(window)
    , m_openUrl(&QDesktopServices::openUrl)
{
    connect(&account.downloads(), &FileDownloads::stateChanged, this, &FileActions::onStateChanged);
}

namespace {

enum class CopyResult {
    Copied,
    NotThatFile, // not the size or hash the message gave: to be fetched instead
    Failed
};

// Off the GUI thread: copies source over target in one step (the old target stays if
// anything fails), checking it is the file the message described.
CopyResult copyChecked(const QString& source, const QString& target, const Xmpp::SharedFile& file)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        return CopyResult::Failed;
    }
    if (file.size >= 0 && in.size() != file.size) {
        return CopyResult::NotThatFile;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        return CopyResult::Failed;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk;
    while (!(chunk = in.read(1024 * 1024)).isEmpty()) {
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return CopyResult::Failed;
        }
    }
    if (in.error() != QFileDevice::NoError) {
        out.cancelWriting();
        return CopyResult::Failed;
    }
    if (!file.sha256.isEmpty() && hash.result() != file.sha256) {
        out.cancelWriting();
        return CopyResult::NotThatFile;
    }
    return out.commit() ? CopyResult::Copied : CopyResult::Failed;
}

} // namespace

void FileActions::trigger(const Xmpp::SharedFile& file, MessageAttachments::Action action)
{
    FileDownloads& downloads = m_account.downloads();
    const FileDownloads::Entry entry = downloads.entry(file.url);
    if (action != MessageAttachments::Action::SaveAs) {
        m_requested.insert(file.url, Request {file, action, {}});
    }
    switch (action) {
    case MessageAttachments::Action::Download:
        downloads.download(file);
        break;
    case MessageAttachments::Action::Open:
        if (entry.state == FileDownloads::State::Done) {
            open(entry.path);
        } else {
            m_openWhenDone.insert(file.url);
            downloads.download(file);
        }
        break;
    case MessageAttachments::Action::SaveAs:
        saveAs(file);
        break;
    case MessageAttachments::Action::ShowInFolder:
        if (entry.state == FileDownloads::State::Done) {
            m_openUrl(QUrl::fromLocalFile(QFileInfo(entry.path).absolutePath()));
        }
        break;
    case MessageAttachments::Action::Cancel:
        m_openWhenDone.remove(file.url);
        m_saveWhenDone.remove(file.url);
        downloads.cancel(file.url);
        break;
    case MessageAttachments::Action::View:
        view(file);
        break;
    case MessageAttachments::Action::None:
        break;
    }
}

void FileActions::open(const QString& path)
{
    const bool program = FileDownloads::isRunnable(QFileInfo(path).fileName());
    if (program) {
        // Never run what someone sent: the user sees where it is and decides.
        QMessageBox::information(m_window, tr("Not Opened"),
            tr("“%1” may be a program, so Palaver does not open it. Its folder is shown "
               "instead.")
                .arg(QFileInfo(path).fileName()));
        m_openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    } else {
        m_openUrl(QUrl::fromLocalFile(path));
    }
    Q_EMIT opened(path, program);
}

void FileActions::saveAs(const Xmpp::SharedFile& file)
{
    FileDownloads& downloads = m_account.downloads();
    const QString suggested
        = QDir(downloads.folder()).filePath(Xmpp::UploadSlot::baseName(file.displayName()));
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Save File"), suggested);
    if (target.isEmpty()) {
        return;
    }
    const Request request {file, MessageAttachments::Action::SaveAs, target};
    m_requested.insert(file.url, request);
    const FileDownloads::Entry entry = downloads.entry(file.url);
    if (entry.state == FileDownloads::State::Downloading) {
        m_saveWhenDone.insert(file.url, target); // copied once it is here
        return;
    }
    // Already here (downloaded, or the picture in the preview cache): copied, not fetched.
    QString have = entry.state == FileDownloads::State::Done ? entry.path : QString();
    if (have.isEmpty()
        && m_account.previews().status(file.url) == Im::MediaPreviews::Status::Ready) {
        have = m_account.previews().cachedFile(file.url);
    }
    if (!have.isEmpty() && QFileInfo::exists(have)) {
        saveCopy(have, request);
        return;
    }
    downloads.download(file, target);
}

void FileActions::saveCopy(const QString& source, const Request& request)
{
    const QFileInfo from(source);
    if (from.canonicalFilePath() == QFileInfo(request.target).canonicalFilePath()) {
        Q_EMIT saved(request.target, true); // it is there already: nothing to copy
        return;
    }
    QPointer<FileActions> self(this);
    QThreadPool::globalInstance()->start([self, source, request] {
        const CopyResult result = copyChecked(source, request.target, request.file);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, request, result] {
                if (!self) {
                    return;
                }
                if (result == CopyResult::NotThatFile) {
                    self->m_account.downloads().download(request.file, request.target);
                    return;
                }
                if (result == CopyResult::Failed) {
                    QMessageBox::warning(self->m_window, tr("Not Saved"),
                        tr("The file could not be saved as “%1”.").arg(request.target));
                }
                Q_EMIT self->saved(request.target, result == CopyResult::Copied);
            },
            Qt::QueuedConnection);
    });
}

void FileActions::view(const Xmpp::SharedFile& file)
{
    const QString cached = m_account.previews().cachedFile(file.url);
    if (!QFileInfo::exists(cached)) {
        trigger(file, MessageAttachments::Action::Open);
        return;
    }
    auto* viewer = new ImageViewer(cached, file.displayName(), m_window);
    connect(viewer, &ImageViewer::saveRequested, this, [this, file] { saveAs(file); });
    viewer->show();
}

void FileActions::onStateChanged(const QString& url)
{
    const FileDownloads::Entry entry = m_account.downloads().entry(url);
    if (entry.state == FileDownloads::State::Done) {
        if (const QString target = m_saveWhenDone.take(url); !target.isEmpty()) {
            saveCopy(entry.path, Request {m_requested.value(url).file, {}, target});
        }
        if (m_openWhenDone.remove(url)) {
            // Not from inside the network reply's signal: a message box runs an event loop.
            QMetaObject::invokeMethod(
                this, [this, path = entry.path] { open(path); }, Qt::QueuedConnection);
        }
    } else if (entry.state == FileDownloads::State::Failed) {
        m_openWhenDone.remove(url);
        m_saveWhenDone.remove(url);
        if (entry.pinnedRefused && m_requested.contains(url)) {
            // Asked by the window whose file it is, once, not from inside the reply's signal.
            QMetaObject::invokeMethod(
                this, [this, url] { askAboutPinnedCertificate(url); }, Qt::QueuedConnection);
        }
    }
}

void FileActions::askAboutPinnedCertificate(const QString& url)
{
    const auto answer = QMessageBox::question(m_window, tr("Trust the certificate for files?"),
        tr("The file server uses the certificate you chose to trust for this account, which no "
           "authority vouches for. Trust it for files too?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    const Request request = m_requested.take(url);
    if (answer == QMessageBox::Yes && !request.file.isNull()) {
        m_account.uploads().allowPinnedCertificateForFiles(true); // remembered for the account
        if (request.action == MessageAttachments::Action::Open) {
            m_openWhenDone.insert(url);
        }
        m_account.downloads().download(request.file, request.target);
    }
}

} // namespace Palaver::Gui

#include "FileActions.h"

#include "ImageViewer.h"
#include "im/Account.h"
#include "im/transfers/FileDownloads.h"
#include "im/transfers/MediaPreviews.h"
#include "im/transfers/UploadService.h"
#include "xmpp/modules/xep0363_upload/UploadSlot.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
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

void FileActions::trigger(const Xmpp::SharedFile& file, MessageAttachments::Action action)
{
    FileDownloads& downloads = m_account.downloads();
    const FileDownloads::Entry entry = downloads.entry(file.url);
    m_requested.insert(file.url, file);
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
    // Already here (downloaded, or the picture in the preview cache): copied, not fetched.
    const FileDownloads::Entry entry = downloads.entry(file.url);
    QString have = entry.state == FileDownloads::State::Done ? entry.path : QString();
    if (have.isEmpty()
        && m_account.previews().status(file.url) == Im::MediaPreviews::Status::Ready) {
        have = m_account.previews().cachedFile(file.url);
    }
    if (!have.isEmpty() && QFileInfo::exists(have)) {
        QFile::remove(target); // the dialog asked about replacing it
        if (!QFile::copy(have, target)) {
            QMessageBox::warning(
                m_window, tr("Not Saved"), tr("The file could not be saved as “%1”.").arg(target));
        }
        return;
    }
    downloads.download(file, target);
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
    if (entry.state == FileDownloads::State::Done && m_openWhenDone.remove(url)) {
        open(entry.path);
    } else if (entry.state == FileDownloads::State::Failed) {
        m_openWhenDone.remove(url);
        if (entry.pinnedRefused) {
            // Not from inside the network reply's signal: the question runs an event loop.
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
    if (answer == QMessageBox::Yes) {
        m_account.uploads().allowPinnedCertificateForFiles(true); // remembered for the account
        if (const auto requested = m_requested.constFind(url); requested != m_requested.cend()) {
            m_account.downloads().download(*requested);
        }
    }
}

} // namespace Palaver::Gui

#include "UploadsPanel.h"

#include "RemoteText.h"
#include "im/transfers/FileUpload.h"
#include "im/transfers/UploadService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;
using Palaver::Im::FileUpload;

namespace Palaver::Gui {

UploadsPanel::UploadsPanel(Im::UploadService& uploads, const Xmpp::Jid& peer, QWidget* parent)
    : QWidget(parent)
    , m_uploads(uploads)
    , m_peer(peer)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(u"uploadsPanel"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    connect(&uploads, &Im::UploadService::uploadAdded, this,
        [this](const Xmpp::Jid& to, FileUpload* upload) {
            if (to == m_peer) {
                add(upload);
            }
        });
    connect(&uploads, &Im::UploadService::uploadRemoved, this, &UploadsPanel::remove);
    for (FileUpload* upload : uploads.uploadsTo(peer)) {
        add(upload);
    }
    setVisible(!m_rows.isEmpty());
}

QString UploadsPanel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString UploadsPanel::failureText(const FileUpload& upload)
{
    switch (upload.failure()) {
    case FileUpload::Failure::Unreadable:
        return tr("The file cannot be read (moved, deleted or not allowed).");
    case FileUpload::Failure::NoService:
        return tr("Your server offers no file sharing, or you are offline.");
    case FileUpload::Failure::TooLarge:
        return upload.limit() > 0
            ? tr("Too large: your server takes files of up to %1.").arg(sizeText(upload.limit()))
            : tr("Too large for your server.");
    case FileUpload::Failure::Refused:
        return upload.detail().isEmpty()
            ? tr("Your server refused the file.")
            : tr("Your server refused the file: %1").arg(RemoteText::line(upload.detail(), 300));
    case FileUpload::Failure::Certificate:
        return tr("The file server's certificate is not trusted, so nothing was sent.");
    case FileUpload::Failure::Network:
        return tr("The upload broke off (%1).").arg(RemoteText::line(upload.detail(), 300));
    case FileUpload::Failure::NotSent:
        return tr("Uploaded, but the message could not be sent (are you still in the room?).");
    case FileUpload::Failure::Interrupted:
        return tr("Not sent: Palaver was closed while it was on its way.");
    case FileUpload::Failure::None:
        break;
    }
    return {};
}

void UploadsPanel::add(FileUpload* upload)
{
    if (m_rows.contains(upload)) {
        return;
    }
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(4, 2, 4, 2);
    auto* name = new QLabel(row);
    name->setObjectName(u"uploadName"_s);
    name->setText(
        u"📎 "_s + RemoteText::name(upload->fileName(), 60) + u" · "_s + sizeText(upload->size()));
    auto* progress = new QProgressBar(row);
    progress->setObjectName(u"uploadProgress"_s);
    progress->setMaximumHeight(14);
    progress->setTextVisible(false);
    progress->setAccessibleName(tr("Upload progress"));
    auto* status = new QLabel(row);
    status->setObjectName(u"uploadStatus"_s);
    status->setWordWrap(true);
    auto* retry = new QPushButton(tr("Retry"), row);
    retry->setObjectName(u"uploadRetry"_s);
    auto* cancel = new QPushButton(tr("Cancel"), row);
    cancel->setObjectName(u"uploadCancel"_s);
    layout->addWidget(name);
    layout->addWidget(progress, 1);
    layout->addWidget(status, 1);
    layout->addWidget(retry);
    layout->addWidget(cancel);
    m_layout->addWidget(row);
    m_rows.insert(upload, row);
    connect(retry, &QPushButton::clicked, this, [this, upload] { m_uploads.retry(upload); });
    connect(cancel, &QPushButton::clicked, this, [this, upload] { m_uploads.dismiss(upload); });
    connect(upload, &FileUpload::progressed, progress, [progress](qint64 sent, qint64 total) {
        progress->setMaximum(1000);
        progress->setValue(total > 0 ? int(sent * 1000 / total) : 0);
    });
    connect(upload, &FileUpload::stateChanged, this, [this, upload] {
        update(upload);
        if (upload->state() == FileUpload::State::Failed && upload->pinnedCertificateRefused()) {
            // Not from inside the network reply's signal: the question runs an event loop.
            QMetaObject::invokeMethod(
                this, [this, upload] { askAboutPinnedCertificate(upload); }, Qt::QueuedConnection);
        }
    });
    update(upload);
    show();
}

void UploadsPanel::update(FileUpload* upload)
{
    QWidget* row = m_rows.value(upload);
    if (!row) {
        return;
    }
    const bool failed = upload->state() == FileUpload::State::Failed;
    auto* progress = row->findChild<QProgressBar*>(u"uploadProgress"_s);
    auto* status = row->findChild<QLabel*>(u"uploadStatus"_s);
    auto* retry = row->findChild<QPushButton*>(u"uploadRetry"_s);
    auto* cancel = row->findChild<QPushButton*>(u"uploadCancel"_s);
    progress->setVisible(!failed);
    if (upload->state() == FileUpload::State::Preparing
        || upload->state() == FileUpload::State::RequestingSlot) {
        progress->setRange(0, 0); // busy until bytes flow
    }
    status->setVisible(failed);
    status->setText(failed ? failureText(*upload) : QString());
    retry->setVisible(failed && upload->failure() != FileUpload::Failure::TooLarge);
    cancel->setText(failed ? tr("Remove") : tr("Cancel"));
}

void UploadsPanel::askAboutPinnedCertificate(FileUpload* upload)
{
    if (!m_rows.contains(upload) || upload->state() != FileUpload::State::Failed) {
        return; // removed or retried meanwhile
    }
    const auto answer = QMessageBox::question(this, tr("Trust the certificate for files?"),
        tr("The file server uses the certificate you chose to trust for this account, which no "
           "authority vouches for. Trust it for sending files too?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        m_uploads.allowPinnedCertificateForFiles(true);
        m_uploads.retry(upload);
    }
}

void UploadsPanel::remove(FileUpload* upload)
{
    if (QWidget* row = m_rows.take(upload)) {
        row->deleteLater();
    }
    setVisible(!m_rows.isEmpty());
}

} // namespace Palaver::Gui

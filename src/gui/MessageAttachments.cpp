#include "MessageAttachments.h"

#include "RemoteText.h"
#include "im/models/MessagesModel.h"
#include "im/transfers/FileDownloads.h"
#include "im/transfers/MediaPreviews.h"

#include <QDir>
#include <QLocale>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;
using Palaver::Im::FileDownloads;
using Palaver::Im::MessagesModel;

namespace Palaver::Gui {

namespace {

const QString Scheme = u"palaver-file:"_s;

Xmpp::SharedFile fileOf(const QModelIndex& index)
{
    if (index.data(MessagesModel::RetractedRole).toBool()) {
        return {};
    }
    return index.data(MessagesModel::AttachmentRole).value<Xmpp::SharedFile>();
}

Xmpp::Jid senderOf(const QModelIndex& index)
{
    return Xmpp::Jid::fromString(index.data(MessagesModel::SenderRole).toString());
}

QMimeType typeOf(const Xmpp::SharedFile& file)
{
    const QMimeDatabase types;
    const QMimeType named = types.mimeTypeForName(file.mediaType);
    return named.isValid()
        ? named
        : types.mimeTypeForFile(file.displayName(), QMimeDatabase::MatchExtension);
}

QString iconFor(const QMimeType& type)
{
    const QString name = type.name();
    if (name.startsWith(u"image/"_s)) {
        return u"🖼️"_s;
    }
    if (name.startsWith(u"video/"_s)) {
        return u"🎬"_s;
    }
    if (name.startsWith(u"audio/"_s)) {
        return u"🎵"_s;
    }
    if (type.inherits(u"application/zip"_s) || type.inherits(u"application/x-tar"_s)
        || type.inherits(u"application/gzip"_s) || type.inherits(u"application/x-7z-compressed"_s)
        || type.inherits(u"application/vnd.rar"_s)) {
        return u"🗜️"_s;
    }
    if (name.startsWith(u"text/"_s) || type.inherits(u"application/pdf"_s)
        || name.contains(u"document"_s) || name.contains(u"opendocument"_s)) {
        return u"📄"_s;
    }
    return u"📎"_s;
}

QString link(
    MessageAttachments::Action action, const QString& text, const MessageFormatter::Style& style)
{
    return u"<a href=\""_s + MessageAttachments::linkFor(action) + u"\" style=\"color:"_s
        + style.linkColor.name() + u"\">"_s + text.toHtmlEscaped() + u"</a>"_s;
}

} // namespace

MessageAttachments::Action MessageAttachments::actionOf(const QString& link)
{
    if (!link.startsWith(Scheme)) {
        return Action::None;
    }
    static const QHash<QString, Action> actions {{u"download"_s, Action::Download},
        {u"open"_s, Action::Open}, {u"save"_s, Action::SaveAs}, {u"folder"_s, Action::ShowInFolder},
        {u"cancel"_s, Action::Cancel}, {u"view"_s, Action::View}};
    return actions.value(link.mid(Scheme.size()), Action::None);
}

QString MessageAttachments::linkFor(Action action)
{
    switch (action) {
    case Action::Download:
        return Scheme + u"download"_s;
    case Action::Open:
        return Scheme + u"open"_s;
    case Action::SaveAs:
        return Scheme + u"save"_s;
    case Action::ShowInFolder:
        return Scheme + u"folder"_s;
    case Action::Cancel:
        return Scheme + u"cancel"_s;
    case Action::View:
        return Scheme + u"view"_s;
    case Action::None:
        break;
    }
    return {};
}

void MessageAttachments::setSources(Im::MediaPreviews* previews, Im::FileDownloads* downloads)
{
    m_previews = previews;
    m_downloads = downloads;
}

QSize MessageAttachments::previewSize(const QModelIndex& index) const
{
    const Xmpp::SharedFile file = fileOf(index);
    if (!m_previews || file.isNull()) {
        return {};
    }
    return m_previews->previewSize(file.url, senderOf(index));
}

QImage MessageAttachments::preview(const QModelIndex& index) const
{
    const Xmpp::SharedFile file = fileOf(index);
    if (!m_previews || file.isNull()) {
        return {};
    }
    return m_previews->preview(file.url, senderOf(index));
}

std::optional<qreal> MessageAttachments::progress(const QModelIndex& index) const
{
    const Xmpp::SharedFile file = fileOf(index);
    if (!m_downloads || file.isNull()) {
        return std::nullopt;
    }
    const FileDownloads::Entry entry = m_downloads->entry(file.url);
    if (entry.state != FileDownloads::State::Downloading) {
        return std::nullopt;
    }
    return entry.total > 0 ? qBound(0.0, qreal(entry.received) / qreal(entry.total), 1.0) : 0.0;
}

QString MessageAttachments::stateKey(const QModelIndex& index) const
{
    const Xmpp::SharedFile file = fileOf(index);
    if (file.isNull()) {
        return {};
    }
    const bool shown = previewSize(index).isValid();
    const FileDownloads::Entry entry
        = m_downloads ? m_downloads->entry(file.url) : FileDownloads::Entry {};
    // Of unknown size, the text shows the bytes so far: a new text every 128 KiB.
    const qint64 step = entry.total > 0 ? 100 * entry.received / entry.total : entry.received >> 17;
    return u"%1/%2/%3/%4"_s.arg(shown).arg(int(entry.state)).arg(int(entry.failure)).arg(step);
}

QString MessageAttachments::html(
    const QModelIndex& index, const MessageFormatter::Style& style) const
{
    const Xmpp::SharedFile file = fileOf(index);
    if (file.isNull()) {
        return {};
    }
    const QLocale locale;
    const QMimeType type = typeOf(file);
    QString details = file.size >= 0
        ? locale.formattedDataSize(file.size, 1, QLocale::DataSizeTraditionalFormat)
        : QString();
    const QString name = RemoteText::name(file.displayName(), 120).toHtmlEscaped();
    if (previewSize(index).isValid()) {
        // The picture says what it is: its name and size under it, and a way to keep it.
        return u"<small>"_s + name + (details.isEmpty() ? QString() : u" · "_s + details) + u" · "_s
            + link(Action::SaveAs, tr("Save as…"), style) + u"</small>"_s;
    }
    if (!type.isDefault() && !type.comment().isEmpty()) {
        details += (details.isEmpty() ? QString() : u" · "_s) + type.comment();
    }
    return u"<table cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"middle\">"
           "<span style=\"font-size:20pt\">"_s
        + iconFor(type) + u"</span>&nbsp;</td><td><b>"_s + name + u"</b><br><small>"_s
        + details.toHtmlEscaped() + u"</small></td></tr></table><div>"_s
        + statusHtml(file.url, style) + u"</div>"_s;
}

QString MessageAttachments::statusHtml(
    const QString& url, const MessageFormatter::Style& style) const
{
    const FileDownloads::Entry entry
        = m_downloads ? m_downloads->entry(url) : FileDownloads::Entry {};
    const QString dot = u" · "_s;
    switch (entry.state) {
    case FileDownloads::State::Downloading: {
        const QString done = entry.total > 0
            ? tr("Downloading… %1 %").arg(int(100 * entry.received / entry.total))
            : tr("Downloading… %1")
                  .arg(QLocale().formattedDataSize(
                      entry.received, 1, QLocale::DataSizeTraditionalFormat));
        return done.toHtmlEscaped() + dot + link(Action::Cancel, tr("Cancel"), style);
    }
    case FileDownloads::State::Done:
        return link(Action::Open, tr("Open"), style) + dot
            + link(Action::ShowInFolder, tr("Show in Folder"), style) + dot
            + link(Action::SaveAs, tr("Save as…"), style);
    case FileDownloads::State::Failed: {
        QString reason;
        switch (entry.failure) {
        case FileDownloads::Failure::Certificate:
            reason = tr("The file server's certificate is not trusted.");
            break;
        case FileDownloads::Failure::Damaged:
            reason = tr("What arrived is not the file that was sent; it was not kept.");
            break;
        case FileDownloads::Failure::Unwritable:
            reason = tr("The file could not be saved (%1).").arg(entry.detail);
            break;
        case FileDownloads::Failure::TargetBusy:
            reason = tr("Another download is already saving to that file.");
            break;
        case FileDownloads::Failure::KeptAside:
            reason = tr("The file arrived whole but could not be given its name; it is kept "
                        "as “%1”.")
                         .arg(QDir::toNativeSeparators(entry.path));
            break;
        case FileDownloads::Failure::Network:
        case FileDownloads::Failure::None:
            reason = entry.httpStatus == 404 || entry.httpStatus == 410
                ? tr("The file is no longer on the server.")
                : entry.httpStatus > 0
                ? tr("The file server refused the download (HTTP status %1).").arg(entry.httpStatus)
                : tr("The download failed (%1).").arg(entry.detail);
            break;
        }
        return u"<i>"_s + reason.toHtmlEscaped() + u"</i><br>"_s
            + link(Action::Download, tr("Try Again"), style) + dot
            + link(Action::SaveAs, tr("Save as…"), style);
    }
    case FileDownloads::State::None:
        break;
    }
    return link(Action::Download, tr("Download"), style) + dot
        + link(Action::Open, tr("Open"), style) + dot + link(Action::SaveAs, tr("Save as…"), style);
}

} // namespace Palaver::Gui

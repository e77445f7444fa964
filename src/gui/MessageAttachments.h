// MessageAttachments: what a message that shares a file shows of it: the picture (from the
// account's previews), or a card with the file's name, size and type and what can be done
// with it (Download, Open, Save as…, and while downloading, how far and Cancel). The card's
// actions are links ("palaver-file:…") the conversation hands to FileActions.
#pragma once

#include "MessageFormatter.h"

#include <QCoreApplication>
#include <QImage>
#include <QModelIndex>
#include <QSize>

#include <optional>

namespace Palaver::Im {
class FileDownloads;
class MediaPreviews;
} // namespace Palaver::Im

namespace Palaver::Gui {

class MessageAttachments
{
    Q_DECLARE_TR_FUNCTIONS(MessageAttachments)

public:
    enum class Action {
        None,
        Download,
        Open,
        SaveAs,
        ShowInFolder,
        Cancel,
        View, // the picture, full size
    };
    static Action actionOf(const QString& link);
    static QString linkFor(Action action);

    void setSources(Im::MediaPreviews* previews, Im::FileDownloads* downloads);

    // The shared picture's size as drawn, once known (fetching it if allowed), and the picture.
    QSize previewSize(const QModelIndex& index) const;
    QImage preview(const QModelIndex& index) const;
    // How much of a download is done (0 to 1), while one is under way.
    std::optional<qreal> progress(const QModelIndex& index) const;
    // Changes whenever what html() shows does.
    QString stateKey(const QModelIndex& index) const;
    // The file's card, as HTML (only its name and size under a shown picture).
    QString html(const QModelIndex& index, const MessageFormatter::Style& style) const;

private:
    QString statusHtml(const QString& url, const MessageFormatter::Style& style) const;

    Im::MediaPreviews* m_previews = nullptr;
    Im::FileDownloads* m_downloads = nullptr;
};

} // namespace Palaver::Gui

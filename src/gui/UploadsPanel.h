// UploadsPanel: the files on their way into one conversation, above its input: each with its
// name, a progress bar and Cancel while it goes; when it fails, why (in words a person
// understands) with Retry and Remove. Hidden while there is nothing to show.
#pragma once

#include "xmpp/core/Jid.h"

#include <QHash>
#include <QWidget>

class QVBoxLayout;

namespace Palaver::Im {
class FileUpload;
class UploadService;
} // namespace Palaver::Im

namespace Palaver::Gui {

class UploadsPanel : public QWidget
{
    Q_OBJECT

public:
    UploadsPanel(Im::UploadService& uploads, const Xmpp::Jid& peer, QWidget* parent = nullptr);

    // What the user is told about a failed upload.
    static QString failureText(const Im::FileUpload& upload);
    // A size for people: "3.2 MB".
    static QString sizeText(qint64 bytes);

private:
    void add(Im::FileUpload* upload);
    void remove(Im::FileUpload* upload);
    void update(Im::FileUpload* upload);
    // The account's pinned certificate was refused for files: the user may allow it.
    void askAboutPinnedCertificate(Im::FileUpload* upload);

    Im::UploadService& m_uploads;
    Xmpp::Jid m_peer;
    QVBoxLayout* m_layout;
    QHash<Im::FileUpload*, QWidget*> m_rows;
};

} // namespace Palaver::Gui

// FileActions: what the user does with a file shared in a conversation: download it, open it
// (downloading it first), save it where they choose, show it in its folder, or see a picture
// full size. Programs are never opened, only shown in their folder; a file server that uses
// the account's pinned certificate is trusted for files only after the user says so.
#pragma once

#include "MessageAttachments.h"
#include "xmpp/modules/messaging/SharedFile.h"

#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>

class QWidget;

namespace Palaver::Im {
class Account;
}

namespace Palaver::Gui {

class FileActions : public QObject
{
    Q_OBJECT

public:
    FileActions(Im::Account& account, QWidget* window);

    void trigger(const Xmpp::SharedFile& file, MessageAttachments::Action action);
    // How files and folders are handed to the desktop (tests watch instead of launching).
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_openUrl = std::move(opener); }

Q_SIGNALS:
    // A file was opened (or, being a program, its folder shown instead): for tests.
    void opened(const QString& path, bool program);

    // A saved copy was written (or could not be): for tests.
    void saved(const QString& target, bool ok);

private:
    struct Request
    {
        Xmpp::SharedFile file;
        MessageAttachments::Action action = MessageAttachments::Action::None;
        QString target; // where Save as… puts it
    };
    void open(const QString& path);
    void saveAs(const Xmpp::SharedFile& file);
    void saveCopy(const QString& source, const Request& request);
    void view(const Xmpp::SharedFile& file);
    void onStateChanged(const QString& url);
    void askAboutPinnedCertificate(const QString& url);

    Im::Account& m_account;
    QWidget* m_window;
    std::function<bool(const QUrl&)> m_openUrl;
    QSet<QString> m_openWhenDone;
    QHash<QString, QString> m_saveWhenDone; // url → where the user chose
    QHash<QString, Request> m_requested; // asked for in this window: to do again once trusted
};

} // namespace Palaver::Gui

// DirectTransfersPanel: files going straight between this contact's device and ours (Jingle),
// above the conversation's input: an offer to save or decline, progress with Cancel, and at
// the end Open and Show in Folder, or why it failed in words a person understands. Hidden
// while there is nothing to show.
#pragma once

#include "xmpp/core/Jid.h"

#include <QHash>
#include <QUrl>
#include <QWidget>

#include <functional>

class QVBoxLayout;

namespace Palaver::Im {
class Account;
class DirectTransfer;
} // namespace Palaver::Im

namespace Palaver::Gui {

class DirectTransfersPanel : public QWidget
{
    Q_OBJECT

public:
    DirectTransfersPanel(Im::Account& account, const Xmpp::Jid& peer, QWidget* parent = nullptr);

    // Tests watch what would be opened instead of starting other programs.
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_openUrl = std::move(opener); }
    // What the user is told about a transfer now.
    QString statusText(const Im::DirectTransfer& transfer) const;

private:
    void add(Im::DirectTransfer* transfer);
    void remove(Im::DirectTransfer* transfer);
    void update(Im::DirectTransfer* transfer);
    QString failureText(const Im::DirectTransfer& transfer) const;
    QString contactName() const;

    Im::Account& m_account;
    Xmpp::Jid m_peer;
    QVBoxLayout* m_layout;
    QHash<Im::DirectTransfer*, QWidget*> m_rows;
    std::function<bool(const QUrl&)> m_openUrl;
};

} // namespace Palaver::Gui

#include "DirectTransfersPanel.h"

#include "RemoteText.h"
#include "UploadsPanel.h"
#include "im/Account.h"
#include "im/services/RosterService.h"
#include "im/transfers/DirectTransfers.h"
#include "im/transfers/FileDownloads.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;
using Palaver::Im::DirectTransfer;
using Palaver::Xmpp::JingleSession;

namespace Palaver::Gui {

DirectTransfersPanel::DirectTransfersPanel(
    Im::Account& account, const Xmpp::Jid& peer, QWidget* parent)
    : QWidget(parent)
    , m_account(account)
    , m_peer(peer.bare())
    , m_layout(new QVBoxLayout(this))
    , m_openUrl(&QDesktopServices::openUrl)
{
    setObjectName(u"directTransfersPanel"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    Im::DirectTransfers& transfers = account.directTransfers();
    connect(&transfers, &Im::DirectTransfers::transferAdded, this,
        [this](const Xmpp::Jid& contact, DirectTransfer* transfer) {
            if (contact == m_peer) {
                add(transfer);
            }
        });
    connect(&transfers, &Im::DirectTransfers::transferRemoved, this, &DirectTransfersPanel::remove);
    for (DirectTransfer* transfer : transfers.transfersWith(m_peer)) {
        add(transfer);
    }
    setVisible(!m_rows.isEmpty());
}

QString DirectTransfersPanel::contactName() const
{
    const auto item = m_account.roster().item(m_peer);
    return item && !item->name.isEmpty() ? RemoteText::name(item->name, 40) : m_peer.toString();
}

QString DirectTransfersPanel::failureText(const DirectTransfer& transfer) const
{
    switch (transfer.failure()) {
    case DirectTransfer::Failure::Unreadable:
        return tr("The file cannot be read (moved, deleted or not allowed).");
    case DirectTransfer::Failure::Unwritable:
        return tr("The file could not be saved in your downloads folder.");
    case DirectTransfer::Failure::None:
    case DirectTransfer::Failure::Session:
        break;
    }
    switch (transfer.sessionFailure()) {
    case JingleSession::Failure::Declined:
        return tr("%1 declined the file.").arg(contactName());
    case JingleSession::Failure::Cancelled:
        return tr("Cancelled.");
    case JingleSession::Failure::CancelledByPeer:
        return tr("%1 cancelled the transfer.").arg(contactName());
    case JingleSession::Failure::Connectivity:
        return tr("The two devices could not reach each other, or the connection broke.");
    case JingleSession::Failure::Damaged:
        return tr("What arrived is not the file that was offered; it was not kept.");
    case JingleSession::Failure::Refused:
        return tr("%1's device did not take the file.").arg(contactName());
    case JingleSession::Failure::PeerGone:
        return tr("%1's device went offline.").arg(contactName());
    case JingleSession::Failure::Unwritable:
        return tr("The file could not be written to disk.");
    case JingleSession::Failure::None:
        break;
    }
    return tr("The transfer failed.");
}

QString DirectTransfersPanel::statusText(const DirectTransfer& transfer) const
{
    const bool incoming = transfer.direction() == JingleSession::Direction::Incoming;
    const QString name = RemoteText::name(transfer.name(), 60);
    const QString size = UploadsPanel::sizeText(transfer.size());
    switch (transfer.state()) {
    case DirectTransfer::State::Preparing:
        return tr("Preparing “%1” (%2)…").arg(name, size);
    case DirectTransfer::State::Offered:
        return incoming
            ? tr("%1 offers “%2” (%3) straight from their device.").arg(contactName(), name, size)
            : tr("Waiting for %1 to accept “%2” (%3)…").arg(contactName(), name, size);
    case DirectTransfer::State::Connecting:
        return tr("Connecting to %1's device for “%2”…").arg(contactName(), name);
    case DirectTransfer::State::Transferring:
        return transfer.method() == JingleSession::Method::InBand
            ? tr("“%1” (%2), through your server").arg(name, size)
            : tr("“%1” (%2), directly").arg(name, size);
    case DirectTransfer::State::Done:
        return incoming ? tr("Received “%1” (%2).").arg(name, size)
                        : tr("Sent “%1” (%2) to %3.").arg(name, size, contactName());
    case DirectTransfer::State::Failed:
        return tr("“%1”: %2").arg(name, failureText(transfer));
    }
    return {};
}

void DirectTransfersPanel::add(DirectTransfer* transfer)
{
    if (m_rows.contains(transfer)) {
        return;
    }
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(4, 2, 4, 2);
    auto* status = new QLabel(row);
    status->setObjectName(u"transferStatus"_s);
    status->setWordWrap(true);
    status->setTextFormat(Qt::PlainText);
    auto* progress = new QProgressBar(row);
    progress->setObjectName(u"transferProgress"_s);
    progress->setMaximumHeight(14);
    progress->setTextVisible(false);
    progress->setMaximum(1000);
    progress->setAccessibleName(tr("Transfer progress"));
    layout->addWidget(status, 1);
    layout->addWidget(progress, 1);
    const auto button = [row, layout](const QString& text, const QString& name) {
        auto* made = new QPushButton(text, row);
        made->setObjectName(name);
        layout->addWidget(made);
        return made;
    };
    QPushButton* save = button(tr("Save"), u"transferAccept"_s);
    QPushButton* decline = button(tr("Decline"), u"transferDecline"_s);
    QPushButton* open = button(tr("Open"), u"transferOpen"_s);
    QPushButton* showInFolder = button(tr("Show in Folder"), u"transferShow"_s);
    QPushButton* cancel = button(tr("Cancel"), u"transferCancel"_s);
    m_layout->addWidget(row);
    m_rows.insert(transfer, row);
    connect(save, &QPushButton::clicked, transfer, &DirectTransfer::accept);
    connect(decline, &QPushButton::clicked, transfer, &DirectTransfer::decline);
    connect(open, &QPushButton::clicked, this,
        [this, transfer] { m_openUrl(QUrl::fromLocalFile(transfer->path())); });
    connect(showInFolder, &QPushButton::clicked, this, [this, transfer] {
        m_openUrl(QUrl::fromLocalFile(QFileInfo(transfer->path()).absolutePath()));
    });
    connect(cancel, &QPushButton::clicked, this, [this, transfer] {
        if (transfer->state() == DirectTransfer::State::Done
            || transfer->state() == DirectTransfer::State::Failed) {
            m_account.directTransfers().dismiss(transfer);
        } else {
            transfer->cancel();
        }
    });
    connect(transfer, &DirectTransfer::changed, this, [this, transfer] { update(transfer); });
    // Gone with the account (say): its row goes too.
    connect(transfer, &QObject::destroyed, this, [this, transfer] { remove(transfer); });
    update(transfer);
    show();
}

void DirectTransfersPanel::update(DirectTransfer* transfer)
{
    QWidget* row = m_rows.value(transfer);
    if (!row) {
        return;
    }
    const DirectTransfer::State state = transfer->state();
    const bool incoming = transfer->direction() == JingleSession::Direction::Incoming;
    const bool over
        = state == DirectTransfer::State::Done || state == DirectTransfer::State::Failed;
    row->findChild<QLabel*>(u"transferStatus"_s)->setText(statusText(*transfer));
    auto* progress = row->findChild<QProgressBar*>(u"transferProgress"_s);
    progress->setVisible(state == DirectTransfer::State::Transferring);
    progress->setValue(
        transfer->size() > 0 ? int(transfer->transferred() * 1000 / transfer->size()) : 0);
    const bool offeredToUs = incoming && state == DirectTransfer::State::Offered;
    const bool received = incoming && state == DirectTransfer::State::Done;
    row->findChild<QPushButton*>(u"transferAccept"_s)->setVisible(offeredToUs);
    row->findChild<QPushButton*>(u"transferDecline"_s)->setVisible(offeredToUs);
    // Never started from here if it might run as a program.
    row->findChild<QPushButton*>(u"transferOpen"_s)
        ->setVisible(received && !Im::FileDownloads::isRunnable(transfer->path()));
    row->findChild<QPushButton*>(u"transferShow"_s)->setVisible(received);
    auto* cancel = row->findChild<QPushButton*>(u"transferCancel"_s);
    cancel->setVisible(!offeredToUs);
    cancel->setText(over ? tr("Remove") : tr("Cancel"));
}

void DirectTransfersPanel::remove(DirectTransfer* transfer)
{
    if (QWidget* row = m_rows.take(transfer)) {
        row->deleteLater();
    }
    setVisible(!m_rows.isEmpty());
}

} // namespace Palaver::Gui

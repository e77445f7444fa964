#include "DirectTransfers.h"

#include "FileDownloads.h"
#include "im/services/PresenceService.h"
#include "im/services/RosterService.h"
#include "xmpp/modules/xep0115_caps/CapsModule.h"
#include "xmpp/modules/xep0234_jingle/JingleFileTransferModule.h"

namespace Palaver::Im {

DirectTransfers::DirectTransfers(Xmpp::JingleFileTransferModule& module, Xmpp::CapsModule& caps,
    PresenceService& presence, RosterService& roster, FileDownloads& downloads, QObject* parent)
    : QObject(parent)
    , m_module(module)
    , m_caps(caps)
    , m_presence(presence)
    , m_downloads(downloads)
{
    m_module.setOfferFilter(
        [&roster](const Xmpp::Jid& from) { return roster.items().contains(from.bare()); });
    connect(&m_module, &Xmpp::JingleFileTransferModule::offerReceived, this,
        [this](Xmpp::JingleSession* session) {
            add(new DirectTransfer(m_module, session, m_downloads.folder(), this));
        });
}

std::optional<Xmpp::Jid> DirectTransfers::deviceFor(const Xmpp::Jid& contact) const
{
    // Resources come best first (RFC 6121 §4.7.2.3 ordering is the service's).
    std::optional<Xmpp::Jid> found;
    int bestPriority = 0;
    for (const Xmpp::ContactPresence& resource : m_presence.resources(contact.bare())) {
        const auto info = m_caps.capabilities(resource.jid);
        if (resource.jid.isFull() && info && Xmpp::JingleFileTransferModule::canReceive(*info)
            && (!found || resource.priority > bestPriority)) {
            found = resource.jid;
            bestPriority = resource.priority;
        }
    }
    return found;
}

DirectTransfer* DirectTransfers::send(const Xmpp::Jid& contact, const QString& path)
{
    const std::optional<Xmpp::Jid> device = deviceFor(contact);
    if (!device) {
        return nullptr;
    }
    auto* transfer = new DirectTransfer(m_module, *device, path, this);
    add(transfer);
    transfer->start();
    return transfer;
}

QList<DirectTransfer*> DirectTransfers::transfersWith(const Xmpp::Jid& contact) const
{
    QList<DirectTransfer*> found;
    for (DirectTransfer* transfer : m_transfers) {
        if (transfer->device().bare() == contact.bare()) {
            found.append(transfer);
        }
    }
    return found;
}

void DirectTransfers::add(DirectTransfer* transfer)
{
    m_transfers.append(transfer);
    Q_EMIT transferAdded(transfer->device().bare(), transfer);
}

void DirectTransfers::dismiss(DirectTransfer* transfer)
{
    if (m_transfers.removeOne(transfer)) {
        transfer->cancel();
        Q_EMIT transferRemoved(transfer);
        transfer->deleteLater();
    }
}

} // namespace Palaver::Im

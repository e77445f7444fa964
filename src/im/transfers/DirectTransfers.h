// DirectTransfers: the files on their way straight to and from contacts' devices (Jingle
// file transfer), per contact. Offers are taken only from contacts in the roster; a file is
// sent to the contact's device that can take it, the most available first.
#pragma once

#include "DirectTransfer.h"
#include "xmpp/core/Jid.h"

#include <QList>
#include <QObject>

#include <optional>

namespace Palaver::Xmpp {
class CapsModule;
class JingleFileTransferModule;
} // namespace Palaver::Xmpp

namespace Palaver::Im {

class FileDownloads;
class PresenceService;
class RosterService;

class DirectTransfers : public QObject
{
    Q_OBJECT

public:
    DirectTransfers(Xmpp::JingleFileTransferModule& module, Xmpp::CapsModule& caps,
        PresenceService& presence, RosterService& roster, FileDownloads& downloads,
        QObject* parent = nullptr);

    // The contact's device that can take a file directly, if one is online.
    std::optional<Xmpp::Jid> deviceFor(const Xmpp::Jid& contact) const;
    // Sends the file to the contact's device; nothing when none can take it.
    DirectTransfer* send(const Xmpp::Jid& contact, const QString& path);
    QList<DirectTransfer*> transfersWith(const Xmpp::Jid& contact) const;
    // Removes a transfer from the list, cancelling it if it still goes.
    void dismiss(DirectTransfer* transfer);
    Xmpp::JingleFileTransferModule& module() { return m_module; }

Q_SIGNALS:
    void transferAdded(const Palaver::Xmpp::Jid& contact, Palaver::Im::DirectTransfer* transfer);
    void transferRemoved(Palaver::Im::DirectTransfer* transfer);

private:
    void add(DirectTransfer* transfer);

    Xmpp::JingleFileTransferModule& m_module;
    Xmpp::CapsModule& m_caps;
    PresenceService& m_presence;
    FileDownloads& m_downloads;
    QList<DirectTransfer*> m_transfers;
};

} // namespace Palaver::Im

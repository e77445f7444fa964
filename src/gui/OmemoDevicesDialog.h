// OmemoDevicesDialog: end-to-end encryption's devices for one conversation: this device's
// fingerprint (as text and as a QR code for the other side to scan), and the contact's and
// our other devices with their fingerprints, each to verify, distrust or remove.
#pragma once

#include "xmpp/core/Jid.h"

#include <QDialog>

class QVBoxLayout;

namespace Palaver::Im {
class OmemoService;
} // namespace Palaver::Im

namespace Palaver::Gui {

class OmemoDevicesDialog : public QDialog
{
    Q_OBJECT

public:
    OmemoDevicesDialog(
        Im::OmemoService& omemo, const Xmpp::Jid& contact, QWidget* parent = nullptr);

private:
    void rebuild();
    // One owner's devices (a contact's or our own other ones) into layout.
    void fillDevices(QVBoxLayout* layout, const Xmpp::Jid& owner);

    Im::OmemoService& m_omemo;
    Xmpp::Jid m_contact;
    Xmpp::Jid m_self;
    QVBoxLayout* m_contactDevices = nullptr;
    QVBoxLayout* m_ownDevices = nullptr;
};

} // namespace Palaver::Gui

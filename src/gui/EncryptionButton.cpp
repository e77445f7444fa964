#include "EncryptionButton.h"

#include "OmemoDevicesDialog.h"
#include "im/Account.h"
#include "im/services/OmemoService.h"
#include "im/services/RoomService.h"

#include <QMenu>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

EncryptionButton::EncryptionButton(
    Im::Account& account, const Xmpp::Jid& peer, bool room, QWidget* parent)
    : QToolButton(parent)
    , m_account(account)
    , m_peer(peer.bare())
    , m_room(room)
{
    setObjectName(u"encryptionButton"_s);
    setAutoRaise(true);
    setCheckable(true);
    setAccessibleName(tr("Encrypt messages"));
    auto* menu = new QMenu(this);
    m_encryptAction = menu->addAction(tr("Encrypt Messages (OMEMO)"));
    m_encryptAction->setCheckable(true);
    connect(m_encryptAction, &QAction::toggled, this,
        [this](bool on) { m_account.omemo().setEncrypting(m_peer, on); });
    if (!room) {
        menu->addAction(tr("Devices and Fingerprints…"), this, &EncryptionButton::showDevices);
    }
    setMenu(menu);
    setPopupMode(QToolButton::MenuButtonPopup);
    connect(this, &QToolButton::clicked, this,
        [this](bool on) { m_account.omemo().setEncrypting(m_peer, on); });
    Im::OmemoService& omemo = account.omemo();
    connect(&omemo, &Im::OmemoService::encryptingChanged, this, [this](const Xmpp::Jid& changed) {
        if (changed == m_peer) {
            update();
        }
    });
    connect(&omemo, &Im::OmemoService::devicesChanged, this, [this](const Xmpp::Jid& owner) {
        if (owner == m_peer) {
            update();
        }
    });
    if (room) {
        connect(&account.rooms(), &Im::RoomService::privacyKnown, this,
            [this](const Xmpp::Jid& changed) {
                if (changed == m_peer) {
                    update();
                }
            });
    } else {
        // Device lists come with presence; asked for again whenever the conversation opens
        // or the account comes back.
        connect(&account.client(), &Xmpp::Client::sessionStarted, this,
            [this] { m_account.omemo().refreshDevices(m_peer); });
        omemo.refreshDevices(m_peer);
    }
    update();
}

void EncryptionButton::update()
{
    const Im::OmemoService& omemo = m_account.omemo();
    const bool on = omemo.isEncrypting(m_peer);
    setChecked(on);
    {
        const QSignalBlocker quiet(m_encryptAction);
        m_encryptAction->setChecked(on);
    }
    setText(on ? u"🔒"_s : u"🔓"_s);
    if (m_room) {
        setVisible(m_account.rooms().allowsEncryption(m_peer));
        setToolTip(on ? tr("Messages to this room are encrypted end to end (OMEMO): only its "
                           "members' devices can read them. Click to send unencrypted.")
                      : tr("Messages to this room are not encrypted. Click to encrypt them "
                           "end to end for its members (OMEMO)."));
    } else if (on) {
        setToolTip(tr("Messages are encrypted end to end (OMEMO): only your devices and the "
                      "contact's can read them. Click to send unencrypted."));
    } else if (omemo.contactSupportsOmemo(m_peer)) {
        setToolTip(tr("Messages are not encrypted: the servers on the way can read them. Click "
                      "to encrypt them end to end (OMEMO)."));
    } else {
        setToolTip(tr("Messages are not encrypted: no device of this contact has announced "
                      "that it can read encrypted messages (OMEMO)."));
    }
}

void EncryptionButton::showDevices()
{
    auto* dialog = new OmemoDevicesDialog(m_account.omemo(), m_peer, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace Palaver::Gui

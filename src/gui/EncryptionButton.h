// EncryptionButton: the lock beside a conversation's input: whether what the user sends is
// encrypted end to end (OMEMO), switched with a click, with the contact's devices and
// fingerprints one menu entry away. In a room it shows only where the room allows encryption
// (members only, everyone's address shown).
#pragma once

#include "xmpp/core/Jid.h"

#include <QToolButton>

namespace Palaver::Im {
class Account;
} // namespace Palaver::Im

namespace Palaver::Gui {

class EncryptionButton : public QToolButton
{
    Q_OBJECT

public:
    EncryptionButton(
        Im::Account& account, const Xmpp::Jid& peer, bool room, QWidget* parent = nullptr);

    // The contact's devices and fingerprints, and our own.
    void showDevices();

private:
    void update();

    Im::Account& m_account;
    Xmpp::Jid m_peer;
    bool m_room = false;
    QAction* m_encryptAction = nullptr;
};

} // namespace Palaver::Gui

#include "ChatTab.h"

#include "im/Account.h"
#include "im/models/MessagesModel.h"
#include "im/services/MessageService.h"
#include "im/storage/MessageStore.h"

namespace Palaver::Gui {

ChatTab::ChatTab(Im::Account& account, const Xmpp::Jid& peer, QWidget* parent)
    : QWidget(parent)
    , m_account(account)
    , m_peer(peer)
    , m_model(new Im::MessagesModel(
          account.messages().store(), account.messages(), account.jid(), peer, this))
{ }

} // namespace Palaver::Gui

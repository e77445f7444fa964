#include "ChatTab.h"

namespace Palaver::Gui {

ChatTab::ChatTab(Im::Account& account, const Xmpp::Jid& peer, QWidget* parent)
    : QWidget(parent)
    , m_account(account)
    , m_peer(peer)
{ }

} // namespace Palaver::Gui

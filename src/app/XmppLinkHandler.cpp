#include "XmppLinkHandler.h"

#include "Application.h"
#include "RoomTabs.h"
#include "gui/ConversationWidget.h"
#include "gui/ConversationWindows.h"
#include "gui/MainWindow.h"
#include "im/Account.h"
#include "im/models/AccountsModel.h"
#include "xmpp/Client.h"
#include "xmpp/core/XmppUri.h"

using namespace Qt::StringLiterals;

namespace Palaver::App {

XmppLinkHandler::XmppLinkHandler(Application& application)
    : QObject(&application)
    , m_application(application)
{ }

// The account the link names if it is one of ours, else the first one that is connected,
// else the first one.
Im::Account* XmppLinkHandler::accountFor(const QString& authority) const
{
    Im::AccountsModel& accounts = m_application.accounts();
    if (Im::Account* named = accounts.account(authority)) {
        return named;
    }
    for (int row = 0; row < accounts.rowCount(); ++row) {
        if (accounts.account(row)->client().isConnected()) {
            return accounts.account(row);
        }
    }
    return accounts.rowCount() > 0 ? accounts.account(0) : nullptr;
}

bool XmppLinkHandler::open(const QString& text, QString* error)
{
    const Xmpp::XmppUri uri = Xmpp::XmppUri::parse(text);
    if (!uri.isValid()) {
        *error = tr("The link %1 does not hold a valid chat address.").arg(text.left(200));
        return false;
    }
    Im::Account* account = accountFor(uri.authority().bare().toString());
    if (!account) {
        *error = tr("Add an account first; then the link can be opened.");
        return false;
    }
    const QString action = uri.action();
    if (action == u"roster" || action == u"subscribe") {
        m_application.showAddContact(account->jid(), uri.jid().bare().toString(),
            uri.value(u"name"_s), uri.value(u"group"_s));
        return true;
    }
    const Xmpp::Jid target = uri.jid().bare();
    if (m_application.conversationWindows().room(account->jid(), target)) {
        m_application.conversationWindows().openRoom(*account, target, true);
        return true; // already in the room: its tab is what the link means
    }
    if (action == u"join") {
        // XEP-0045 §15.5.6 / XEP-0147: the dialog, so the user sees where they go and as whom.
        m_application.rooms().showJoinDialog(&m_application.mainWindow(), account->jid(),
            target.toString(), uri.value(u"password"_s));
        return true;
    }
    if (action.isEmpty() || action == u"message") {
        Gui::ConversationWidget* chat
            = m_application.openChat(account->jid(), uri.jid().bare().toString());
        if (!chat) {
            *error = tr("The chat with %1 cannot be opened.").arg(uri.jid().toString());
            return false;
        }
        if (uri.hasValue(u"body"_s)) {
            chat->setDraft(uri.value(u"body"_s));
        }
        return true;
    }
    *error = tr("Palaver cannot act on \"%1\" links yet.").arg(action.left(40));
    return false;
}

} // namespace Palaver::App

// ContactMenu: what can be done with one contact from the roster: chat, details, rename,
// groups, subscription, blocking and removal. Each action goes straight to the account's services.
#pragma once

#include "xmpp/core/Jid.h"

#include <QMenu>

namespace Palaver::Im {
class Account;
}

namespace Palaver::Gui {

class ContactMenu : public QMenu
{
    Q_OBJECT

public:
    ContactMenu(Im::Account& account, const Xmpp::Jid& contact, QWidget* parent = nullptr);

    // Whole-word questions: asked here so tests can answer them.
    static QString removeQuestion(const QString& name);

Q_SIGNALS:
    void chatRequested(const QString& account, const QString& jid);
    void detailsRequested(const QString& account, const QString& jid);

private:
    void rename();
    void editGroups();
    void toggleBlocked();
    void remove();
    QString displayName() const;

    Im::Account& m_account;
    Xmpp::Jid m_contact;
};

} // namespace Palaver::Gui

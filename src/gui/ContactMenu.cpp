#include "ContactMenu.h"

#include "RemoteText.h"
#include "im/Account.h"
#include "im/services/RosterService.h"
#include "xmpp/modules/xep0191_blocking/BlockingModule.h"

#include <QInputDialog>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

ContactMenu::ContactMenu(Im::Account& account, const Xmpp::Jid& contact, QWidget* parent)
    : QMenu(parent)
    , m_account(account)
    , m_contact(contact.bare())
{
    const auto item = account.roster().item(m_contact);
    addAction(
        tr("&Chat"), this, [this] { Q_EMIT chatRequested(m_account.jid(), m_contact.toString()); });
    addAction(tr("&Details…"), this,
        [this] { Q_EMIT detailsRequested(m_account.jid(), m_contact.toString()); });
    addSeparator();
    addAction(tr("&Rename…"), this, &ContactMenu::rename)->setEnabled(item.has_value());
    addAction(tr("&Groups…"), this, &ContactMenu::editGroups)->setEnabled(item.has_value());
    addSeparator();
    if (item && !item->theyShareWithUs()) {
        addAction(item->askSubscribe ? tr("Ask &again to see their status")
                                     : tr("Ask to see their &status"),
            this, [this] { m_account.roster().requestSubscription(m_contact); });
        if (item->askSubscribe) {
            addAction(tr("&Withdraw the request"), this,
                [this] { m_account.roster().cancelSubscription(m_contact); });
        }
    }
    if (item && item->theyShareWithUs()) {
        addAction(tr("&Stop seeing their status"), this,
            [this] { m_account.roster().cancelSubscription(m_contact); });
    }
    if (item && item->weShareWithThem()) {
        addAction(tr("Stop &sharing my status"), this,
            [this] { m_account.roster().revokeSubscription(m_contact); });
    } else if (item) {
        addAction(tr("Share &my status"), this, [this] {
            if (!m_account.roster().preApprove(m_contact)) {
                QMessageBox::information(parentWidget(), tr("Share my status"),
                    RemoteText::asRichText(
                        tr("Your server cannot share your status before %1 asks for it. It is "
                           "shared as soon as you approve their request.")
                            .arg(displayName())));
            }
        });
    }
    if (auto* blocking = account.client().findModule<Xmpp::BlockingModule>();
        blocking && blocking->isSupported()) {
        addAction(blocking->isBlocked(m_contact) ? tr("&Unblock") : tr("&Block"), this,
            &ContactMenu::toggleBlocked);
    }
    addSeparator();
    addAction(tr("Re&move…"), this, &ContactMenu::remove)->setEnabled(item.has_value());
}

QString ContactMenu::displayName() const
{
    const auto item = m_account.roster().item(m_contact);
    return item && !item->name.isEmpty() ? RemoteText::name(item->name) : m_contact.toString();
}

QString ContactMenu::removeQuestion(const QString& name)
{
    return tr("Remove %1 from your contacts? You will no longer see each other's status.")
        .arg(name);
}

void ContactMenu::rename()
{
    const auto item = m_account.roster().item(m_contact);
    bool ok = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("Rename contact"),
        tr("Name for %1:").arg(m_contact.toString()), QLineEdit::Normal,
        item ? item->name : QString(), &ok);
    if (ok) {
        m_account.roster().rename(m_contact, name.trimmed());
    }
}

void ContactMenu::editGroups()
{
    const auto item = m_account.roster().item(m_contact);
    bool ok = false;
    const QString text = QInputDialog::getText(parentWidget(), tr("Groups"),
        RemoteText::asRichText(tr("Groups for %1, separated by commas:").arg(displayName())),
        QLineEdit::Normal, item ? item->groups.join(u", "_s) : QString(), &ok);
    if (!ok) {
        return;
    }
    QStringList groups;
    for (const QString& group : text.split(u',')) {
        if (!group.trimmed().isEmpty() && !groups.contains(group.trimmed())) {
            groups << group.trimmed();
        }
    }
    m_account.roster().setGroups(m_contact, groups);
}

void ContactMenu::toggleBlocked()
{
    auto* blocking = m_account.client().findModule<Xmpp::BlockingModule>();
    if (!blocking) {
        return;
    }
    if (blocking->isBlocked(m_contact)) {
        blocking->unblock({m_contact});
    } else {
        blocking->block({m_contact});
    }
}

void ContactMenu::remove()
{
    const auto answer = QMessageBox::question(parentWidget(), tr("Remove contact"),
        RemoteText::asRichText(removeQuestion(displayName())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        m_account.roster().removeContact(m_contact);
    }
}

} // namespace Palaver::Gui

// ContactDetailsDialog: who a contact is: their published profile (vCard), how status is
// shared between you, and the devices they are signed in on with the software each runs.
// Everything from the wire is shown as plain text.
#pragma once

#include "xmpp/core/Jid.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <memory>

namespace Ui {
class ContactDetailsDialog;
}

namespace Palaver::Xmpp {
struct VCard;
}

namespace Palaver::Im {
class Account;
}

namespace Palaver::Gui {

class ContactDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    ContactDetailsDialog(Im::Account& account, const Xmpp::Jid& contact, const QString& avatarPath,
        QWidget* parent = nullptr);
    ~ContactDetailsDialog() override;

    const Xmpp::Jid& contact() const { return m_contact; }
    QString accountJid() const;
    // The profile's fields as shown (label, value), for tests and screen readers alike.
    QList<QPair<QString, QString>> profileFields() const;

Q_SIGNALS:
    // The profile request was answered (with a card, nothing, or an error).
    void profileAnswered();

private:
    void showIdentity();
    void loadProfile();
    void showProfile(const Xmpp::VCard& card);
    void addField(const QString& label, const QString& value);
    void updateDevices();
    void askSoftware(const Xmpp::Jid& resource);
    QString subscriptionText() const;
    QString displayName() const;

    std::unique_ptr<Ui::ContactDetailsDialog> m_ui;
    Im::Account& m_account;
    Xmpp::Jid m_contact;
    QString m_avatarPath;
    QString m_profileName; // from the card, when the roster has no name
    QHash<Xmpp::Jid, QString> m_software; // resource -> "Name version (OS)"
    QSet<Xmpp::Jid> m_asked;
};

} // namespace Palaver::Gui

#include "OwnProfileDialog.h"

#include "RemoteText.h"
#include "im/Account.h"
#include "im/services/OwnAccount.h"
#include "xmpp/modules/xep0054_vcard/VCardModule.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {
namespace {
constexpr int MinimumPasswordLength = 8;
}

OwnProfileDialog::OwnProfileDialog(Im::Account& account, QWidget* parent)
    : QDialog(parent)
    , m_account(account)
    , m_own(new Im::OwnAccount(account.client(), this))
    , m_note(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save Profile"), this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_changePassword(new QPushButton(tr("&Change Password"), this))
    , m_delete(new QPushButton(tr("&Delete Account…"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Your Profile: %1").arg(account.jid()));
    auto* layout = new QVBoxLayout(this);

    auto* profile = new QGroupBox(tr("What your contacts see"), this);
    auto* form = new QFormLayout(profile);
    const std::pair<const char*, QString> names[] = {
        {"fullName", tr("&Name:")},
        {"nickname", tr("N&ickname:")},
        {"email", tr("&E-mail:")},
        {"phone", tr("&Phone:")},
        {"organisation", tr("&Organisation:")},
    };
    for (const auto& [name, label] : names) {
        auto* edit = new QLineEdit(profile);
        edit->setObjectName(QString::fromLatin1(name));
        form->addRow(label, edit);
        m_fields.append(edit);
    }
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    form->addRow(tr("No&te:"), m_note);
    form->addRow(QString(), m_save);
    layout->addWidget(profile);

    auto* password = new QGroupBox(tr("Password"), this);
    auto* passwordForm = new QFormLayout(password);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    passwordForm->addRow(tr("Ne&w password:"), m_password);
    passwordForm->addRow(tr("&Repeat it:"), m_repeat);
    passwordForm->addRow(QString(), m_changePassword);
    layout->addWidget(password);

    auto* danger = new QHBoxLayout;
    danger->addWidget(m_delete);
    danger->addStretch();
    layout->addLayout(danger);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &OwnProfileDialog::save);
    connect(m_changePassword, &QPushButton::clicked, this, &OwnProfileDialog::changePassword);
    connect(m_delete, &QPushButton::clicked, this, &OwnProfileDialog::deleteAccount);
    load();
}

QString OwnProfileDialog::account() const
{
    return m_account.jid();
}

QLineEdit& OwnProfileDialog::field(const QString& name) const
{
    for (QLineEdit* edit : m_fields) {
        if (edit->objectName() == name) {
            return *edit;
        }
    }
    Q_UNREACHABLE();
}

void OwnProfileDialog::load()
{
    m_save->setEnabled(false);
    report(tr("Loading your profile…"));
    m_account.vcards().request({}, this,
        [this](const std::optional<Xmpp::VCard>& card, const Xmpp::XmlElement& raw,
            const Xmpp::StanzaError&) {
            m_save->setEnabled(true);
            report({});
            if (!card) {
                return; // none yet: the fields start empty
            }
            m_card = raw;
            field(u"fullName"_s).setText(card->fullName);
            field(u"nickname"_s).setText(card->nickname);
            field(u"email"_s).setText(card->emails.value(0));
            field(u"phone"_s).setText(card->phones.value(0));
            field(u"organisation"_s).setText(card->organisation);
            m_note->setPlainText(card->description);
        });
}

void OwnProfileDialog::save()
{
    Xmpp::VCard card = Xmpp::VCard::fromElement(m_card);
    card.fullName = field(u"fullName"_s).text().trimmed();
    card.nickname = field(u"nickname"_s).text().trimmed();
    const QString email = field(u"email"_s).text().trimmed();
    card.emails = email.isEmpty() ? QStringList() : QStringList {email};
    const QString phone = field(u"phone"_s).text().trimmed();
    card.phones = phone.isEmpty() ? QStringList() : QStringList {phone};
    card.organisation = field(u"organisation"_s).text().trimmed();
    card.description = m_note->toPlainText().trimmed();
    m_save->setEnabled(false);
    report(tr("Saving…"));
    m_account.vcards().publish(card, m_card, this, [this](const Xmpp::StanzaError* error) {
        m_save->setEnabled(true);
        report(error ? tr("Your server did not save the profile: %1")
                           .arg(Xmpp::StanzaError::conditionName(error->condition()))
                     : tr("Profile saved."));
    });
}

void OwnProfileDialog::changePassword()
{
    const QString password = m_password->text();
    if (password.size() < MinimumPasswordLength) {
        report(tr("Choose a password of at least %1 characters.").arg(MinimumPasswordLength));
        return;
    }
    if (password != m_repeat->text()) {
        report(tr("The two passwords differ. Type the same one twice."));
        return;
    }
    m_changePassword->setEnabled(false);
    report(tr("Changing the password…"));
    m_own->changePassword(
        password, this, [this, password](const std::optional<Xmpp::StanzaError>& refused) {
            m_changePassword->setEnabled(true);
            if (refused) {
                const QString why = refused->text().isEmpty()
                    ? Xmpp::StanzaError::conditionName(refused->condition())
                    : RemoteText::line(refused->text(), 200);
                report(tr("Your server did not change the password: %1").arg(why));
                return;
            }
            m_password->clear();
            m_repeat->clear();
            report(tr("Password changed. Your other devices need the new one to sign in."));
            Q_EMIT passwordChanged(m_account.jid(), password);
        });
}

bool OwnProfileDialog::confirmDeletion()
{
    if (m_confirm) {
        return m_confirm();
    }
    bool ok = false;
    const QString typed = QInputDialog::getText(this, tr("Delete Account"),
        tr("This deletes %1 on its server, with its contacts and everything the server keeps "
           "for it. It cannot be undone.\n\nType the address to confirm:")
            .arg(m_account.jid()),
        QLineEdit::Normal, {}, &ok);
    return ok && typed.trimmed() == m_account.jid();
}

void OwnProfileDialog::deleteAccount()
{
    if (!confirmDeletion()) {
        report(tr("The account was not deleted."));
        return;
    }
    m_delete->setEnabled(false);
    report(tr("Deleting the account…"));
    m_own->deleteAccount(this, [this](const std::optional<Xmpp::StanzaError>& refused) {
        if (refused) {
            m_delete->setEnabled(true);
            report(tr("Your server did not delete the account: %1")
                       .arg(Xmpp::StanzaError::conditionName(refused->condition())));
            return;
        }
        Q_EMIT accountDeleted(m_account.jid());
        accept();
    });
}

void OwnProfileDialog::report(const QString& text)
{
    m_status->setText(text);
}

} // namespace Palaver::Gui

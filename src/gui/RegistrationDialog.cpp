#include "RegistrationDialog.h"

#include "CertificateDialog.h"
#include "ConnectionErrorText.h"
#include "Heading.h"
#include "ui_RegistrationDialog.h"
#include "xmpp/AccountRegistration.h"

#include <QPushButton>

namespace Palaver::Gui {

RegistrationDialog::RegistrationDialog(const Xmpp::ConnectionSettings& base, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegistrationDialog>())
    , m_settings(base)
{
    m_ui->setupUi(this);
    Heading::apply(m_ui->titleLabel, 1.25);
    m_continue = m_ui->buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setDefault(true);
    m_ui->statusLabel->hide();
    if (base.jid.isValid()) {
        m_ui->serverEdit->setText(base.jid.domain());
    }
    connect(m_ui->serverEdit, &QLineEdit::textChanged, this, &RegistrationDialog::validate);
    connect(m_ui->formWidget, &DataFormWidget::changed, this, &RegistrationDialog::validate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &RegistrationDialog::proceed);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

RegistrationDialog::~RegistrationDialog() = default;

void RegistrationDialog::validate()
{
    if (m_ui->pages->currentWidget() == m_ui->serverPage) {
        const Xmpp::Jid server = Xmpp::Jid::fromString(m_ui->serverEdit->text().trimmed());
        m_continue->setEnabled(server.isValid() && server.isBare());
        return;
    }
    m_continue->setEnabled(m_ui->formWidget->form().missingRequired().isEmpty());
}

void RegistrationDialog::proceed()
{
    if (m_ui->pages->currentWidget() == m_ui->serverPage) {
        const Xmpp::Jid typed = Xmpp::Jid::fromString(m_ui->serverEdit->text().trimmed());
        // Someone may type their whole wished-for address: the name goes into the form.
        const QString username
            = typed.local().isEmpty() && m_settings.jid.domain() == typed.domain()
            ? m_settings.jid.local()
            : typed.local();
        if (typed.domain() != m_settings.jid.domain()) {
            m_settings.pinnedCertificate.clear(); // trusted for another server
        }
        m_settings.jid = Xmpp::Jid::fromParts(username, typed.domain());
        connectToServer();
        return;
    }
    setBusy(true, tr("Creating the account…"));
    m_registration->submit(m_ui->formWidget->form());
}

void RegistrationDialog::connectToServer()
{
    if (m_registration) {
        // Possibly inside one of its own signals (a failure): it goes once that returns.
        m_registration->disconnect(this);
        m_registration->cancel();
        m_registration->deleteLater();
    }
    m_registration = new Xmpp::AccountRegistration(this);
    connect(m_registration, &Xmpp::AccountRegistration::formReceived, this,
        [this](const Xmpp::DataForm& form) {
            m_ui->formWidget->setForm(form);
            m_ui->pages->setCurrentWidget(m_ui->formPage);
            m_continue->setText(tr("Create account"));
            setBusy(false);
            m_ui->formWidget->focusFirstEmpty();
            adjustSize();
        });
    connect(
        m_registration, &Xmpp::AccountRegistration::failed, this, &RegistrationDialog::onFailed);
    connect(m_registration, &Xmpp::AccountRegistration::rejected, this,
        &RegistrationDialog::onRejected);
    connect(m_registration, &Xmpp::AccountRegistration::succeeded, this,
        [this](const Xmpp::Jid& jid, const QString& password) {
            m_jid = jid;
            m_password = password;
            setBusy(false);
            accept();
        });
    setBusy(true, tr("Asking %1 for its sign-up form…").arg(m_settings.jid.domain()));
    m_registration->start(m_settings);
}

void RegistrationDialog::onFailed(const Xmpp::ConnectionError& error)
{
    setBusy(false);
    m_ui->pages->setCurrentWidget(m_ui->serverPage);
    m_continue->setText(tr("Continue"));
    const QByteArray trusted = CertificateDialog::askToTrust(m_settings.jid.domain(), error, this,
        [this](CertificateDialog* dialog) { Q_EMIT certificateDialogShown(dialog); });
    if (!trusted.isEmpty()) {
        m_settings.pinnedCertificate = trusted;
        connectToServer();
        return;
    }
    m_ui->statusLabel->setText(ConnectionErrorText::describe(error));
    m_ui->statusLabel->show();
    validate();
}

void RegistrationDialog::onRejected(const Xmpp::StanzaError& error)
{
    setBusy(false);
    using Condition = Xmpp::StanzaError::Condition;
    QString text;
    switch (error.condition()) {
    case Condition::Conflict:
        text = tr("This username is taken. Choose another one.");
        break;
    case Condition::NotAcceptable:
    case Condition::BadRequest:
        text = tr("The server did not accept the form: a field is missing or not valid.");
        break;
    case Condition::NotAllowed:
    case Condition::PolicyViolation:
    case Condition::ResourceConstraint:
        text = tr("The server does not allow creating an account right now. Try again later.");
        break;
    default:
        text = tr("The account could not be created.");
        break;
    }
    if (!error.text().isEmpty()) {
        text += u'\n' + tr("The server says: %1").arg(error.text().simplified().left(300));
    }
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->show();
    m_ui->formWidget->focusFirstEmpty();
}

void RegistrationDialog::setBusy(bool busy, const QString& status)
{
    m_ui->pages->setEnabled(!busy);
    m_continue->setEnabled(!busy);
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->setVisible(!status.isEmpty());
    if (!busy) {
        validate();
    }
}

} // namespace Palaver::Gui

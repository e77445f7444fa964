#include "AccountAssistant.h"

#include "CertificateDialog.h"
#include "ConnectionErrorText.h"
#include "Heading.h"
#include "RegistrationDialog.h"
#include "ui_AccountAssistant.h"
#include "xmpp/Client.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace Palaver::Gui {

AccountAssistant::AccountAssistant(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountAssistant>())
{
    m_ui->setupUi(this);
    Heading::apply(m_ui->titleLabel, 1.25);
    m_signIn = m_ui->buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    // Set apart from the sign-in buttons, on the left, as another way forward.
    m_createAccount = new QPushButton(tr("Create account…"), this);
    auto* buttonRow = new QHBoxLayout;
    m_ui->layout->removeWidget(m_ui->buttons);
    buttonRow->addWidget(m_createAccount);
    buttonRow->addStretch();
    buttonRow->addWidget(m_ui->buttons);
    m_ui->layout->addLayout(buttonRow);
    m_createAccount->setToolTip(tr("Create a new account on a server that allows it"));
    connect(m_createAccount, &QPushButton::clicked, this, &AccountAssistant::createAccount);
    m_ui->statusLabel->hide();
    // The advanced settings stay folded until asked for.
    const auto fold = [this](bool open) {
        for (QWidget* child : m_ui->advancedBox->findChildren<QWidget*>()) {
            child->setVisible(open);
        }
        m_ui->advancedBox->setFlat(!open);
    };
    connect(m_ui->advancedBox, &QGroupBox::toggled, this, fold);
    fold(false);
    connect(m_ui->showPasswordCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->passwordEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->addressEdit, &QLineEdit::textChanged, this, &AccountAssistant::validate);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &AccountAssistant::validate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AccountAssistant::signIn);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

AccountAssistant::~AccountAssistant() = default;

void AccountAssistant::setAccount(const Im::AccountSettings& account)
{
    m_account = account;
    m_ui->addressEdit->setText(account.jid.bare().toString());
    m_ui->addressEdit->setReadOnly(true);
    m_createAccount->hide(); // fixing an account that exists
    m_ui->hostEdit->setText(account.host);
    m_ui->portSpin->setValue(account.port);
    m_ui->directTlsCheck->setChecked(account.directTls);
    m_ui->resourceEdit->setText(account.resource);
    m_ui->proxyEdit->setText(account.proxy);
    m_ui->advancedBox->setChecked(!account.host.isEmpty() || account.port != 0 || account.directTls
        || !account.proxy.isEmpty());
    m_ui->passwordEdit->setFocus();
}

QString AccountAssistant::password() const
{
    return m_ui->passwordEdit->text();
}

void AccountAssistant::setAdditionalCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCas = certificates;
}

void AccountAssistant::validate()
{
    const Xmpp::Jid jid = Xmpp::Jid::fromString(m_ui->addressEdit->text().trimmed());
    m_signIn->setEnabled(
        jid.isValid() && !jid.local().isEmpty() && !m_ui->passwordEdit->text().isEmpty());
}

// Reads the form into m_account; false (with the reason shown) when something is unusable.
bool AccountAssistant::collect()
{
    Xmpp::JidError error {};
    const Xmpp::Jid jid = Xmpp::Jid::fromString(m_ui->addressEdit->text().trimmed(), &error);
    if (!jid.isValid() || jid.local().isEmpty()) {
        m_ui->statusLabel->setText(
            tr("This is not a valid address. It looks like name@example.org."));
        m_ui->statusLabel->show();
        return false;
    }
    const QByteArray pinned
        = jid.bare() == m_account.jid ? m_account.pinnedCertificate : QByteArray();
    m_account.jid = jid.bare();
    m_account.pinnedCertificate = pinned;
    return collectServerSettings();
}

// The advanced settings into m_account; false (with the reason shown) when unusable.
bool AccountAssistant::collectServerSettings()
{
    const bool advanced = m_ui->advancedBox->isChecked();
    m_account.host = advanced ? m_ui->hostEdit->text().trimmed() : QString();
    m_account.port = advanced ? quint16(m_ui->portSpin->value()) : 0;
    m_account.directTls = advanced && m_ui->directTlsCheck->isChecked();
    m_account.resource = advanced ? m_ui->resourceEdit->text().trimmed() : QString();
    m_account.proxy = advanced ? m_ui->proxyEdit->text().trimmed() : QString();
    if (!Im::AccountSettings::parseProxy(m_account.proxy)) {
        m_ui->statusLabel->setText(
            tr("The proxy is not understood. Write it as socks5://host:port or http://host:port."));
        m_ui->statusLabel->show();
        return false;
    }
    return true;
}

void AccountAssistant::createAccount()
{
    if (!collectServerSettings()) {
        return;
    }
    Xmpp::ConnectionSettings base = m_account.connectionSettings({});
    base.jid = Xmpp::Jid::fromString(m_ui->addressEdit->text().trimmed()).bare();
    base.pinnedCertificate = base.jid == m_account.jid ? m_account.pinnedCertificate : QByteArray();
    base.additionalCaCertificates = m_extraCas;
    RegistrationDialog dialog(base, this);
    Q_EMIT registrationDialogShown(&dialog);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    // Signed up: sign in with it straight away, trusting what was trusted while signing up.
    m_account.jid = dialog.jid();
    m_account.pinnedCertificate = dialog.pinnedCertificate();
    m_ui->addressEdit->setText(dialog.jid().toString());
    m_ui->passwordEdit->setText(dialog.password());
    signIn();
}

void AccountAssistant::signIn()
{
    if (!collect()) {
        return;
    }
    delete m_client;
    m_client = new Xmpp::Client(this);
    Xmpp::ConnectionSettings settings = m_account.connectionSettings(password());
    settings.additionalCaCertificates = m_extraCas;
    m_client->setSettings(settings);
    connect(m_client, &Xmpp::Client::sessionStarted, this, &AccountAssistant::onConnected);
    connect(m_client, &Xmpp::Client::errorOccurred, this, &AccountAssistant::onError);
    setBusy(true);
    m_ui->statusLabel->setText(tr("Signing in…"));
    m_ui->statusLabel->show();
    m_client->connectToServer();
}

void AccountAssistant::onConnected()
{
    m_client->disconnectFromServer();
    m_client->deleteLater();
    m_client = nullptr;
    setBusy(false);
    accept();
}

void AccountAssistant::onError(const Xmpp::ConnectionError& error)
{
    // The check is one attempt: no reconnecting in the background.
    m_client->disconnect(this);
    m_client->disconnectFromServer();
    m_client->deleteLater();
    m_client = nullptr;
    setBusy(false);
    const QByteArray trusted = CertificateDialog::askToTrust(m_account.jid.domain(), error, this,
        [this](CertificateDialog* dialog) { Q_EMIT certificateDialogShown(dialog); });
    if (!trusted.isEmpty()) {
        m_account.pinnedCertificate = trusted;
        signIn();
        return;
    }
    m_ui->statusLabel->setText(ConnectionErrorText::describe(error));
    m_ui->statusLabel->show();
}

void AccountAssistant::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_createAccount->setEnabled(!busy);
    m_ui->addressEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->advancedBox->setEnabled(!busy);
    if (!busy) {
        validate();
    }
}

} // namespace Palaver::Gui

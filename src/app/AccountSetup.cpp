#include "AccountSetup.h"

#include "gui/AccountAssistant.h"
#include "im/PasswordStore.h"
#include "im/Profile.h"

#include <QMessageBox>
#include <QUrl>

namespace Palaver::App {

AccountSetup::AccountSetup(Im::Profile& profile, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_dialogParent(dialogParent)
    , m_passwords(std::make_unique<Im::PasswordStore>(profile))
{ }

AccountSetup::~AccountSetup() = default;

void AccountSetup::setAdditionalCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCas = certificates;
}

void AccountSetup::loadAll()
{
    for (const Im::AccountSettings& settings : m_profile.accounts()) {
        if (!settings.enabled) {
            continue;
        }
        m_passwords->read(settings.jid, this,
            [this, settings](Im::PasswordStore::Result result, const QString& password) {
                if (result == Im::PasswordStore::Result::Ok) {
                    withProxyPassword(
                        settings, [this, password](const Im::AccountSettings& complete) {
                            Q_EMIT accountReady(complete, password);
                        });
                } else {
                    // Without a password the user has to give it again.
                    showAssistant(settings);
                }
            });
    }
}

// The proxy's password is kept apart from the profile (in the keychain, or in the profile only
// where the user chose that for the account's own): joined to the proxy address for use.
void AccountSetup::withProxyPassword(
    const Im::AccountSettings& settings, std::function<void(const Im::AccountSettings&)> then)
{
    // A profile from before kept it in the address: it moves to where passwords are kept.
    if (const QString inAddress = Im::AccountSettings::proxyPassword(settings.proxy);
        !inAddress.isEmpty()) {
        m_profile.saveAccount(settings);
        m_passwords->write(
            settings.jid, inAddress, this, [](Im::PasswordStore::Result) {},
            Im::PasswordStore::Secret::Proxy);
        then(settings);
        return;
    }
    if (QUrl(settings.proxy.trimmed()).userName().isEmpty()) {
        then(settings);
        return;
    }
    m_passwords->read(
        settings.jid, this,
        [settings, then](Im::PasswordStore::Result, const QString& password) {
            Im::AccountSettings complete = settings;
            complete.proxy = Im::AccountSettings::proxyWithPassword(settings.proxy, password);
            then(complete);
        },
        Im::PasswordStore::Secret::Proxy);
}

Gui::AccountAssistant* AccountSetup::showAssistant(
    const std::optional<Im::AccountSettings>& existing)
{
    if (m_assistant) {
        m_assistant->raise();
        m_assistant->activateWindow();
        return m_assistant;
    }
    auto* assistant = new Gui::AccountAssistant(m_dialogParent);
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    assistant->setAdditionalCaCertificates(m_extraCas);
    if (existing) {
        assistant->setAccount(*existing);
    }
    connect(
        assistant, &QDialog::accepted, this, [this, assistant] { onAssistantAccepted(assistant); });
    m_assistant = assistant;
    assistant->open();
    return assistant;
}

void AccountSetup::onAssistantAccepted(Gui::AccountAssistant* assistant)
{
    Im::AccountSettings settings = assistant->account();
    const QString password = assistant->password();
    if (const auto stored = m_profile.account(settings.jid)) {
        settings.passwordInProfile = stored->passwordInProfile;
    }
    m_profile.saveAccount(settings); // without the proxy's password
    savePassword(settings, password);
    Q_EMIT accountReady(settings, password);
}

// In the keychain; where there is none, the user decides whether the profile may keep it.
void AccountSetup::savePassword(const Im::AccountSettings& settings, const QString& password)
{
    // Written only when given: an address without one keeps what is kept already.
    const QString proxyPassword = Im::AccountSettings::proxyPassword(settings.proxy);
    m_passwords->write(settings.jid, password, this,
        [this, settings, password, proxyPassword](Im::PasswordStore::Result result) {
            if (result != Im::PasswordStore::Result::KeychainUnavailable) {
                if (!proxyPassword.isEmpty()) {
                    m_passwords->write(
                        settings.jid, proxyPassword, this, [](Im::PasswordStore::Result) {},
                        Im::PasswordStore::Secret::Proxy);
                }
                return;
            }
            const auto answer = QMessageBox::question(m_dialogParent, tr("No keychain"),
                tr("No password keychain is running on this computer, so Palaver cannot keep "
                   "your password safely.\n\nKeep it in Palaver's settings file instead? "
                   "Anyone who can read your files could read it. If you choose No, Palaver "
                   "asks for the password each time it starts."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer == QMessageBox::Yes) {
                Im::AccountSettings changed = settings;
                changed.passwordInProfile = true;
                m_profile.saveAccount(changed);
                m_profile.setStoredPassword(settings.jid, password);
                m_profile.setStoredPassword(
                    settings.jid, proxyPassword, Im::Profile::Secret::Proxy);
            }
        });
}

void AccountSetup::passwordChanged(const Xmpp::Jid& jid, const QString& password)
{
    const auto settings = m_profile.account(jid);
    if (!settings) {
        return;
    }
    if (settings->passwordInProfile) {
        m_profile.setStoredPassword(jid, password);
    } else {
        savePassword(*settings, password);
    }
}

void AccountSetup::forget(const Xmpp::Jid& jid)
{
    m_passwords->remove(jid);
    m_profile.removeAccount(jid);
}

} // namespace Palaver::App

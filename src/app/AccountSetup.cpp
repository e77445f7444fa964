#include "AccountSetup.h"

#include "gui/AccountAssistant.h"
#include "im/PasswordStore.h"
#include "im/Profile.h"

#include <QMessageBox>

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
                    Q_EMIT accountReady(settings, password);
                } else {
                    // Without a password the user has to give it again.
                    showAssistant(settings);
                }
            });
    }
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
    m_profile.saveAccount(settings);
    savePassword(settings, password);
    Q_EMIT accountReady(settings, password);
}

// In the keychain; where there is none, the user decides whether the profile may keep it.
void AccountSetup::savePassword(const Im::AccountSettings& settings, const QString& password)
{
    m_passwords->write(
        settings.jid, password, this, [this, settings, password](Im::PasswordStore::Result result) {
            if (result != Im::PasswordStore::Result::KeychainUnavailable) {
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
            }
        });
}

void AccountSetup::forget(const Xmpp::Jid& jid)
{
    m_passwords->remove(jid);
    m_profile.removeAccount(jid);
}

} // namespace Palaver::App

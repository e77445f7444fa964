#include "PreferencesDialog.h"

#include "SettingsKeys.h"
#include "im/models/AccountsModel.h"
#include "ui_PreferencesDialog.h"

#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace Palaver::Gui {

PreferencesDialog::PreferencesDialog(
    QSettings& settings, Im::AccountsModel& accounts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->accountsList->setModel(&accounts);
    m_ui->themeCombo->addItems({tr("As the system"), tr("Light"), tr("Dark")});
    load();

    for (QCheckBox* check : findChildren<QCheckBox*>()) {
        connect(check, &QCheckBox::toggled, this, &PreferencesDialog::save);
    }
    for (QSpinBox* spin : findChildren<QSpinBox*>()) {
        connect(spin, &QSpinBox::valueChanged, this, &PreferencesDialog::save);
    }
    connect(m_ui->themeCombo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this,
        &PreferencesDialog::addAccountRequested);
    auto* pictureMenu = new QMenu(m_ui->pictureButton);
    pictureMenu->addAction(tr("&Choose a picture…"), this, [this] {
        const QString jid = selectedAccount();
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a picture"), {}, tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"));
        if (!jid.isEmpty() && !path.isEmpty()) {
            Q_EMIT pictureChosen(jid, path);
        }
    });
    pictureMenu->addAction(tr("&Remove the picture"), this, [this] {
        if (!selectedAccount().isEmpty()) {
            Q_EMIT pictureChosen(selectedAccount(), {});
        }
    });
    m_ui->pictureButton->setMenu(pictureMenu);
    connect(m_ui->profileButton, &QPushButton::clicked, this, [this] {
        if (!selectedAccount().isEmpty()) {
            Q_EMIT profileRequested(selectedAccount());
        }
    });
    connect(m_ui->editAccountButton, &QPushButton::clicked, this, [this] {
        if (!selectedAccount().isEmpty()) {
            Q_EMIT editAccountRequested(selectedAccount());
        }
    });
    connect(m_ui->removeAccountButton, &QPushButton::clicked, this, [this] {
        const QString jid = selectedAccount();
        if (jid.isEmpty()) {
            return;
        }
        const auto answer = QMessageBox::question(this, tr("Remove account"),
            tr("Remove %1 from Palaver? Its history stays on this computer, and the account "
               "itself stays on its server.")
                .arg(jid),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes) {
            Q_EMIT removeAccountRequested(jid);
        }
    });
    if (accounts.rowCount() > 0) {
        m_ui->accountsList->setCurrentIndex(accounts.index(0));
    }
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setDesktopSupport(bool tray, bool autostart)
{
    m_ui->closeToTrayCheck->setVisible(tray);
    m_ui->autostartCheck->setVisible(autostart);
}

void PreferencesDialog::setIdleTimeIsSystemWide(bool systemWide)
{
    m_ui->idleSourceLabel->setText(systemWide
            ? tr("Idle time is read from your desktop.")
            : tr("Your desktop does not tell how long you have been idle, so the time since "
                 "you last used Palaver counts."));
}

QString PreferencesDialog::selectedAccount() const
{
    return m_ui->accountsList->currentIndex().data(Im::AccountsModel::JidRole).toString();
}

void PreferencesDialog::load()
{
    m_loading = true;
    namespace Keys = SettingsKeys;
    m_ui->themeCombo->setCurrentIndex(m_settings.value(Keys::theme, 0).toInt());
    m_ui->fontSizeSpin->setValue(m_settings.value(Keys::fontSize, 0).toInt());
    m_ui->separateWindowsCheck->setChecked(m_settings.value(Keys::separateWindows, false).toBool());
    m_ui->notifyCheck->setChecked(m_settings.value(Keys::notifications, true).toBool());
    m_ui->notifySoundCheck->setChecked(m_settings.value(Keys::notificationSound, true).toBool());
    m_ui->closeToTrayCheck->setChecked(m_settings.value(Keys::closeToTray, true).toBool());
    m_ui->startMinimisedCheck->setChecked(m_settings.value(Keys::startMinimised, false).toBool());
    m_ui->autostartCheck->setChecked(m_settings.value(Keys::autostart, false).toBool());
    m_ui->awaySpin->setValue(m_settings.value(Keys::awayMinutes, Keys::defaultAwayMinutes).toInt());
    m_ui->extendedAwaySpin->setValue(
        m_settings.value(Keys::extendedAwayMinutes, Keys::defaultExtendedAwayMinutes).toInt());
    m_ui->retentionSpin->setValue(m_settings.value(Keys::retentionDays, 0).toInt());
    m_ui->chatStatesCheck->setChecked(m_settings.value(Keys::chatStates, true).toBool());
    m_ui->readMarkersCheck->setChecked(m_settings.value(Keys::readMarkers, true).toBool());
    m_ui->revealOsCheck->setChecked(m_settings.value(Keys::revealOs, false).toBool());
    m_loading = false;
}

void PreferencesDialog::save()
{
    if (m_loading) {
        return;
    }
    namespace Keys = SettingsKeys;
    m_settings.setValue(Keys::theme, m_ui->themeCombo->currentIndex());
    m_settings.setValue(Keys::fontSize, m_ui->fontSizeSpin->value());
    m_settings.setValue(Keys::separateWindows, m_ui->separateWindowsCheck->isChecked());
    m_settings.setValue(Keys::notifications, m_ui->notifyCheck->isChecked());
    m_settings.setValue(Keys::notificationSound, m_ui->notifySoundCheck->isChecked());
    if (!m_ui->closeToTrayCheck->isHidden() || m_settings.contains(Keys::closeToTray)) {
        m_settings.setValue(Keys::closeToTray, m_ui->closeToTrayCheck->isChecked());
    }
    m_settings.setValue(Keys::startMinimised, m_ui->startMinimisedCheck->isChecked());
    m_settings.setValue(Keys::autostart, m_ui->autostartCheck->isChecked());
    m_settings.setValue(Keys::awayMinutes, m_ui->awaySpin->value());
    m_settings.setValue(Keys::extendedAwayMinutes, m_ui->extendedAwaySpin->value());
    m_settings.setValue(Keys::retentionDays, m_ui->retentionSpin->value());
    m_settings.setValue(Keys::chatStates, m_ui->chatStatesCheck->isChecked());
    m_settings.setValue(Keys::readMarkers, m_ui->readMarkersCheck->isChecked());
    m_settings.setValue(Keys::revealOs, m_ui->revealOsCheck->isChecked());
    Q_EMIT changed();
}

} // namespace Palaver::Gui

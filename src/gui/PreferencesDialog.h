// PreferencesDialog: accounts, appearance, notifications, auto-away, history retention and
// privacy. Every change is saved and applied at once.
#pragma once

#include <QDialog>
#include <QSettings>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Palaver::Im {
class AccountsModel;
}

namespace Palaver::Gui {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(QSettings& settings, Im::AccountsModel& accounts, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    // Says where idle time comes from, next to the auto-away settings.
    void setIdleTimeIsSystemWide(bool systemWide);
    // What the desktop offers: the tray choices need a tray, autostart a known way to do it.
    void setDesktopSupport(bool tray, bool autostart);

Q_SIGNALS:
    void changed();
    void addAccountRequested();
    void editAccountRequested(const QString& jid);
    void profileRequested(const QString& jid);
    void removeAccountRequested(const QString& jid);
    // path empty: remove the picture.
    void pictureChosen(const QString& jid, const QString& path);

private:
    void load();
    void save();
    QString selectedAccount() const;

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QSettings& m_settings;
    bool m_loading = false;
};

} // namespace Palaver::Gui

// StatusSelector: the user's own presence (online, away, do not disturb…) and status message,
// always at hand in the main window; recent messages are offered again.
#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class StatusSelector;
}

namespace Palaver::Gui {

class StatusSelector : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxRecentMessages = 8;

    explicit StatusSelector(QWidget* parent = nullptr);
    ~StatusSelector() override;

    // PresenceStyle's values: an Xmpp::Presence::Show as int, or PresenceStyle::Offline.
    int chosenShow() const;
    QString message() const;
    // Shows a status without announcing it (at start, or when auto-away changes it).
    void setStatus(int show, const QString& message);
    void setRecentMessages(const QStringList& messages);
    QStringList recentMessages() const { return m_recent; }
    // While connecting, the icon says so.
    void setConnecting(bool connecting);

Q_SIGNALS:
    // The user chose a status.
    void statusChosen(int show, const QString& message);
    void recentMessagesChanged(const QStringList& messages);

private:
    void choose();
    void remember(const QString& message);
    void fillRecent();

    std::unique_ptr<Ui::StatusSelector> m_ui;
    QStringList m_recent;
    std::optional<std::pair<int, QString>> m_announced; // what statusChosen last said
    bool m_connecting = false;
    bool m_updating = false;
};

} // namespace Palaver::Gui

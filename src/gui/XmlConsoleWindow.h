// XmlConsoleWindow: the live XML stream of an account, for people who want to see what
// happens: filter, pause, and send raw XML. Secrets arrive already masked (TrafficLog).
#pragma once

#include "xmpp/stream/TrafficLog.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

namespace Ui {
class XmlConsoleWindow;
}

namespace Palaver::Im {
class AccountsModel;
}

namespace Palaver::Gui {

class XmlConsoleWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxEntries = 2000;

    explicit XmlConsoleWindow(Im::AccountsModel& accounts, QWidget* parent = nullptr);
    ~XmlConsoleWindow() override;

    // What the log shows now, for tests.
    QString logText() const;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Entry
    {
        QDateTime time;
        Xmpp::TrafficDirection direction;
        QString xml;
    };

    void follow(int row);
    void record(Xmpp::TrafficDirection direction, const QString& xml);
    void append(const Entry& entry);
    void refill();
    void send();
    void setLogging(bool enabled);

    std::unique_ptr<Ui::XmlConsoleWindow> m_ui;
    Im::AccountsModel& m_accounts;
    QList<Entry> m_entries;
    int m_followed = -1;
};

} // namespace Palaver::Gui

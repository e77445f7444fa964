// AutoAway: after the user has been idle for a while, away (and later extended away), and
// back to what they had chosen when they return. Only an available status the user chose
// (online, free for chat) is changed: do not disturb or away stay as they are.
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace Palaver::App {

class AutoAway : public QObject
{
    Q_OBJECT

public:
    using IdleSource = std::function<qint64()>; // milliseconds since the last input

    explicit AutoAway(IdleSource idle, QObject* parent = nullptr);

    // 0 turns a step off.
    void setDelays(int awayMinutes, int extendedAwayMinutes);
    // The status the user chose (PresenceStyle values); auto-away only leaves available ones.
    void setChosenShow(int show);
    bool isActive() const { return m_step != Step::Present; }
    // Checks the idle time now (the timer does it every few seconds).
    void poll();

Q_SIGNALS:
    // Set this show for now, keeping the user's message.
    void awayChanged(int show);
    // The user is back: restore what they had chosen.
    void returned();

private:
    enum class Step {
        Present,
        Away,
        ExtendedAway,
    };

    IdleSource m_idle;
    QTimer m_timer;
    qint64 m_awayAfterMs = 0;
    qint64 m_extendedAwayAfterMs = 0;
    int m_chosenShow = -1;
    Step m_step = Step::Present;
};

} // namespace Palaver::App

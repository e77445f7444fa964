// WindowSnapshot: --screenshot: once every account is signed in and things have settled,
// saves a picture of Palaver's windows side by side and quits. Works without a display
// (QT_QPA_PLATFORM=offscreen), so a demo can be captured on a server.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Palaver::App {

class AccountSessions;

class WindowSnapshot : public QObject
{
    Q_OBJECT

public:
    WindowSnapshot(
        const AccountSessions& sessions, const QString& fileName, QObject* parent = nullptr);

    // The windows shown now, in one picture: the main window first.
    static QImage compose();

private:
    void check();
    void take(bool signedIn);

    const AccountSessions& m_sessions;
    QString m_fileName;
    QTimer m_poll;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceSignedIn;
};

} // namespace Palaver::App

// AppTestSupport: what the whole-application GUI tests share: answering message boxes,
// finding controls a screen reader could not name, and saving screenshots when asked.
#pragma once

#include <QMessageBox>
#include <QModelIndex>
#include <QStringList>

class QWidget;

namespace Palaver::App {
class Application;
}
namespace Palaver::Im {
class Account;
class Profile;
} // namespace Palaver::Im
namespace Palaver::LocalServer {
class LocalXmppServer;
}

namespace Palaver::Testing {

class ScriptedServer;

// Starts the scripted server with the test certificate, answering the roster request with
// one contact, Bob (bob@example.org); false when it could not listen.
bool startServerWithBob(ScriptedServer& server);

// Adds user's account on a fixture server to the profile, its password kept in the profile
// and the server's certificate pinned, as a person who signed in once would have it.
void addServerAccount(
    Im::Profile& profile, const LocalServer::LocalXmppServer& server, const QString& user);

// Waits until the application's account is connected with contact in its roster; that
// account, or null when the timeout passed first.
Im::Account* waitUntilSignedIn(
    App::Application& app, const QString& account, const QString& contact, int timeoutMs = 15000);

// The first contact row (not a group) of a roster model with this JID, below parent.
QModelIndex findContact(
    QAbstractItemModel* model, const QString& jid, const QModelIndex& parent = {});
// Answers the next message box that opens with this button.
void answerNextMessageBox(QMessageBox::StandardButton button);
// Controls a screen reader could not name: no text of their own, no accessible name and no
// label pointing at them.
QStringList unnamedControls(QWidget* window);
// With PALAVER_SCREENSHOT_DIR set, saves the widget there (and, with
// PALAVER_SCREENSHOT_SCREEN, the whole X screen too).
void saveScreenshot(QWidget* widget, const QString& name);

} // namespace Palaver::Testing

#include "AppTestSupport.h"

#include "ScriptedServer.h"
#include "app/Application.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/RosterModel.h"
#include "im/services/RosterService.h"
#include "localserver/LocalXmppServer.h"
#include "xmpp/core/Namespaces.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Palaver::Testing {

bool startServerWithBob(ScriptedServer& server)
{
    const QString data = QStringLiteral(PALAVER_TEST_DATA_DIR);
    if (!server.start(data + u"/scripted-server.crt"_s, data + u"/scripted-server.key"_s)) {
        return false;
    }
    server.onStanza = [&server](const Xmpp::XmlElement& stanza) {
        if (stanza.hasChild(u"query", Xmpp::Ns::Roster)) {
            server.send(u"<iq type='result' id='%1'><query xmlns='jabber:iq:roster'><item "
                        "jid='bob@example.org' name='Bob' subscription='both'/></query></iq>"_s.arg(
                            stanza.attribute(u"id")));
        }
    };
    return true;
}

void addServerAccount(
    Im::Profile& profile, const LocalServer::LocalXmppServer& server, const QString& user)
{
    Im::AccountSettings settings;
    settings.jid = Xmpp::Jid::fromParts(user, u"localhost");
    settings.host = u"127.0.0.1"_s;
    settings.port = server.port();
    settings.pinnedCertificate = server.serverFingerprint();
    settings.passwordInProfile = true;
    profile.saveAccount(settings);
    profile.setStoredPassword(settings.jid, server.passwordOf(user));
}

Im::Account* waitUntilSignedIn(
    App::Application& app, const QString& account, const QString& contact, int timeoutMs)
{
    Im::Account* found = nullptr;
    const bool ready = QTest::qWaitFor(
        [&] {
            found = app.account(account);
            return found && found->client().isConnected()
                && found->roster().item(Xmpp::Jid::fromString(contact));
        },
        timeoutMs);
    return ready ? found : nullptr;
}

// Anywhere under the parent: in a group, or in an account's section.
QModelIndex findContact(QAbstractItemModel* model, const QString& jid, const QModelIndex& parent)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (!index.data(Palaver::Im::RosterModel::IsGroupRole).toBool()
            && index.data(Palaver::Im::RosterModel::JidRole).toString() == jid) {
            return index;
        }
        if (const QModelIndex found = findContact(model, jid, index); found.isValid()) {
            return found;
        }
    }
    return {};
}

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        }
    });
    timer->start();
}

QStringList unnamedControls(QWidget* window)
{
    QSet<const QWidget*> labelled;
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->buddy()) {
            labelled.insert(label->buddy());
        }
    }
    QStringList unnamed;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(widget)
            || qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)
            || qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QPlainTextEdit*>(widget)
            || qobject_cast<QAbstractItemView*>(widget);
        if (!control || !widget->isVisibleTo(window) || widget->focusPolicy() == Qt::NoFocus) {
            continue;
        }
        if (qobject_cast<QLineEdit*>(widget)
            && (qobject_cast<QComboBox*>(widget->parentWidget())
                || qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))) {
            continue; // the line inside a combo or spin box: the box is what is named
        }
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        if ((button && !button->text().isEmpty()) || !widget->accessibleName().isEmpty()
            || labelled.contains(widget)) {
            continue;
        }
        unnamed.append(
            QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName());
    }
    return unnamed;
}

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString directory = qEnvironmentVariable("PALAVER_SCREENSHOT_DIR");
    if (directory.isEmpty()) {
        return;
    }
    QVERIFY(widget->grab().save(directory + u'/' + name));
    // On a real (virtual) X display, the whole screen as well: what a person would see.
    if (qEnvironmentVariableIsSet("PALAVER_SCREENSHOT_SCREEN")) {
        QTest::qWait(100);
        QCOMPARE(QProcess::execute(
                     u"import"_s, {u"-window"_s, u"root"_s, directory + u"/screen-"_s + name}),
            0);
    }
}

} // namespace Palaver::Testing

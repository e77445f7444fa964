// The user's own account on a real Prosody, through the profile dialog: the profile card
// saved and seen by a contact, kept for the next time; a new password (refused when too short
// or typed differently) that the next sign-in needs; and the account deleted on the server
// only after a confirmation.
#include "AccountHarness.h"
#include "AppTestSupport.h"
#include "ServerTest.h"
#include "gui/OwnProfileDialog.h"
#include "im/Account.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/Client.h"
#include "xmpp/modules/xep0054_vcard/VCardModule.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Palaver;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

class OwnProfileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void profileIsSavedAndSeen();
    void passwordChanges();
    void accountIsDeletedAfterConfirmation();

private:
    // Signs in as ann with this password on a device of its own; whether the server let it.
    bool annSignsInWith(const QString& password);

    ProsodyServer m_prosody;
};

void OwnProfileTest::initTestCase()
{
    PALAVER_START_SERVER(
        m_prosody, (QList<ServerAccount> {{u"ann"_s, u"pw-ann"_s}, {u"ben"_s, u"pw-ben"_s}}));
}

bool OwnProfileTest::annSignsInWith(const QString& password)
{
    AccountHarness check(m_prosody, u"ann"_s, u"check"_s);
    Xmpp::ConnectionSettings settings = check.account().client().settings();
    settings.password = password;
    check.account().client().setSettings(settings);
    return check.signIn(8000);
}

void OwnProfileTest::profileIsSavedAndSeen()
{
    AccountHarness ann(m_prosody, u"ann"_s, u"desk"_s);
    QVERIFY(ann.signIn());
    {
        Gui::OwnProfileDialog dialog(ann.account());
        dialog.show();
        QCOMPARE(unnamedControls(&dialog), QStringList());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.saveButton().isEnabled(), 10000);
        QTest::keyClicks(&dialog.field(u"fullName"_s), u"Ann Example"_s);
        QTest::keyClicks(&dialog.field(u"email"_s), u"ann@example.org"_s);
        QTest::keyClicks(&dialog.noteEdit(), u"Usually online after six"_s);
        QTest::mouseClick(&dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.statusLabel().text(), u"Profile saved."_s, 10000);
        saveScreenshot(&dialog, u"own-profile.png"_s);
    }
    // A contact reads it.
    AccountHarness ben(m_prosody, u"ben"_s, u"desk"_s);
    QVERIFY(ben.signIn());
    std::optional<Xmpp::VCard> seen;
    ben.account().vcards().request(Xmpp::Jid::fromString(u"ann@localhost"_s), this,
        [&](const std::optional<Xmpp::VCard>& card, const Xmpp::XmlElement&,
            const Xmpp::StanzaError&) { seen = card.value_or(Xmpp::VCard {}); });
    QTRY_VERIFY_WITH_TIMEOUT(seen.has_value(), 10000);
    QCOMPARE(seen->fullName, u"Ann Example"_s);
    QCOMPARE(seen->emails, QStringList {u"ann@example.org"_s});
    QCOMPARE(seen->description, u"Usually online after six"_s);
    // Opened again, the dialog shows what is saved.
    Gui::OwnProfileDialog again(ann.account());
    QTRY_COMPARE_WITH_TIMEOUT(again.field(u"fullName"_s).text(), u"Ann Example"_s, 10000);
    QCOMPARE(again.noteEdit().toPlainText(), u"Usually online after six"_s);
}

void OwnProfileTest::passwordChanges()
{
    AccountHarness ann(m_prosody, u"ann"_s, u"desk"_s);
    QVERIFY(ann.signIn());
    Gui::OwnProfileDialog dialog(ann.account());
    QSignalSpy changed(&dialog, &Gui::OwnProfileDialog::passwordChanged);
    QTest::keyClicks(&dialog.newPasswordEdit(), u"short"_s);
    QTest::keyClicks(&dialog.repeatPasswordEdit(), u"short"_s);
    QTest::mouseClick(&dialog.changePasswordButton(), Qt::LeftButton);
    QVERIFY(dialog.statusLabel().text().contains(u"at least"_s));
    dialog.newPasswordEdit().clear();
    dialog.repeatPasswordEdit().clear();
    QTest::keyClicks(&dialog.newPasswordEdit(), u"a much longer one"_s);
    QTest::keyClicks(&dialog.repeatPasswordEdit(), u"a much longer 1"_s);
    QTest::mouseClick(&dialog.changePasswordButton(), Qt::LeftButton);
    QVERIFY(dialog.statusLabel().text().contains(u"differ"_s));
    dialog.repeatPasswordEdit().clear();
    QTest::keyClicks(&dialog.repeatPasswordEdit(), u"a much longer one"_s);
    QTest::mouseClick(&dialog.changePasswordButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
    QCOMPARE(changed.first().at(1).toString(), u"a much longer one"_s);
    // This session reconnects with it; another device needs it.
    QCOMPARE(ann.account().client().settings().password, u"a much longer one"_s);
    QVERIFY(!annSignsInWith(u"pw-ann"_s));
    QVERIFY(annSignsInWith(u"a much longer one"_s));
}

void OwnProfileTest::accountIsDeletedAfterConfirmation()
{
    AccountHarness ann(m_prosody, u"ann"_s, u"desk"_s);
    Xmpp::ConnectionSettings settings = ann.account().client().settings();
    settings.password = u"a much longer one"_s; // as the previous test left it
    ann.account().client().setSettings(settings);
    QVERIFY(ann.signIn());
    Gui::OwnProfileDialog dialog(ann.account());
    QSignalSpy deleted(&dialog, &Gui::OwnProfileDialog::accountDeleted);
    dialog.setDeleteConfirmation([] { return false; });
    QTest::mouseClick(&dialog.deleteAccountButton(), Qt::LeftButton);
    QCOMPARE(dialog.statusLabel().text(), u"The account was not deleted."_s);
    QVERIFY(annSignsInWith(u"a much longer one"_s));

    dialog.setDeleteConfirmation([] { return true; });
    QTest::mouseClick(&dialog.deleteAccountButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 10000);
    QCOMPARE(deleted.first().at(0).toString(), u"ann@localhost"_s);
    QVERIFY(!annSignsInWith(u"a much longer one"_s));
}

QTEST_MAIN(OwnProfileTest)
#include "tst_ownprofile.moc"

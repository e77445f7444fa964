// End-to-end encryption in the window, driven as a person would in the whole application
// (offscreen) against a real Prosody: the lock beside the input is on by itself for a contact
// whose device publishes OMEMO, a message typed there reaches the contact encrypted and shows
// the lock, a click sends the next one readable; a message this device cannot decrypt says
// why in words; the devices dialog shows this device's fingerprint with its QR code and the
// contact's device, which the user verifies.
#include "AccountHarness.h"
#include "AppTestSupport.h"
#include "ServerTest.h"
#include "app/Application.h"
#include "gui/ConversationView.h"
#include "gui/ConversationWidget.h"
#include "gui/EncryptionButton.h"
#include "gui/MessageInput.h"
#include "gui/OmemoDevicesDialog.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/MessagesModel.h"
#include "im/services/MessageService.h"
#include "im/services/OmemoService.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/Client.h"
#include "xmpp/modules/xep0384_omemo/OmemoElements.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTest>

using namespace Palaver;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;
using Protection = Palaver::Im::MessageRecord::Protection;

namespace {
const Xmpp::Jid Ann = Xmpp::Jid::fromString(u"ann@localhost"_s);
const Xmpp::Jid Ben = Xmpp::Jid::fromString(u"ben@localhost"_s);

bool hasBody(const QList<Im::MessageRecord>& records, const QString& body, Protection protection)
{
    return std::any_of(records.cbegin(), records.cend(), [&](const Im::MessageRecord& record) {
        return record.body == body && record.protection == protection;
    });
}
} // namespace

class EncryptionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lockDevicesAndUnreadableMessages();

private:
    ProsodyServer m_prosody;
};

void EncryptionTest::initTestCase()
{
    PALAVER_START_SERVER(m_prosody,
        (QList<ServerAccount> {{u"ann"_s, u"pw-ann"_s, {{u"ben"_s, u"Ben"_s, {}}}},
            {u"ben"_s, u"pw-ben"_s, {{u"ann"_s, u"Ann"_s, {}}}}}));
}

void EncryptionTest::lockDevicesAndUnreadableMessages()
{
    AccountHarness ben(m_prosody, u"ben"_s, u"phone"_s);
    QVERIFY(ben.signIn());
    QTemporaryDir dir;
    Im::Profile profile(dir.path());
    QVERIFY(profile.open());
    addServerAccount(profile, m_prosody, u"ann"_s);
    App::Application app(profile);
    app.start();
    Im::Account* ann = waitUntilSignedIn(app, Ann.toString(), Ben.toString());
    QVERIFY(ann);
    Gui::ConversationWidget* chat = app.openChat(Ann.toString(), Ben.toString());
    QVERIFY(chat);
    chat->window()->resize(680, 540);
    chat->window()->show();

    // On by itself: Ben's phone publishes OMEMO.
    auto* lock = chat->findChild<Gui::EncryptionButton*>(u"encryptionButton"_s);
    QVERIFY(lock);
    QTRY_VERIFY_WITH_TIMEOUT(lock->isChecked(), 10000);
    QCOMPARE(lock->text(), u"🔒"_s);
    QVERIFY(lock->toolTip().contains(u"encrypted end to end"_s));

    auto* input = chat->findChild<Gui::MessageInput*>();
    QTest::keyClicks(input, u"The key is under the mat"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(ben.waitForHistory(Ann, [](const auto& r) {
        return hasBody(r, u"The key is under the mat"_s, Protection::Trusted);
    }));

    // A click on the lock: the next message goes readable, and the lock says so.
    QTest::mouseClick(lock, Qt::LeftButton, {}, QPoint(6, lock->height() / 2));
    QVERIFY(!lock->isChecked());
    QCOMPARE(lock->text(), u"🔓"_s);
    QVERIFY(!ann->omemo().isEncrypting(Ben));
    QTest::keyClicks(input, u"Nothing secret here"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(ben.waitForHistory(
        Ann, [](const auto& r) { return hasBody(r, u"Nothing secret here"_s, Protection::None); }));
    QTest::mouseClick(lock, Qt::LeftButton, {}, QPoint(6, lock->height() / 2));
    QVERIFY(lock->isChecked());
    QVERIFY(ann->omemo().isEncrypting(Ben));

    // Ben writes encrypted; then something encrypted for another device only.
    QVERIFY(ben.account().messages().sendMessage(Ann, u"Got it, thanks!"_s));
    Xmpp::OmemoEncrypted elsewhere;
    elsewhere.sender = ben.account().omemo().ownDeviceId();
    elsewhere.iv = QByteArray(12, '\1');
    elsewhere.payload = "not for you";
    elsewhere.keys.append({4242, QByteArray(40, '\2'), false});
    Xmpp::Message stray(Xmpp::Message::Type::Chat, Ann, u"[encrypted]"_s);
    stray.setId(u"stray-1"_s);
    stray.appendPayload(elsewhere.toElement());
    ben.account().client().send(stray);

    auto* view = chat->findChild<Gui::ConversationView*>();
    QAbstractItemModel* model = view->model();
    const auto rowWith = [model](const std::function<bool(const QModelIndex&)>& match) {
        for (int row = model->rowCount() - 1; row >= 0; --row) {
            if (match(model->index(row, 0))) {
                return model->index(row, 0);
            }
        }
        return QModelIndex();
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowWith([](const QModelIndex& index) {
        return index.data(Im::MessagesModel::ProtectionRole).toInt() == int(Protection::Unreadable);
    }).isValid(),
        10000);
    const QModelIndex unreadable = rowWith([](const QModelIndex& index) {
        return index.data(Im::MessagesModel::ProtectionRole).toInt() == int(Protection::Unreadable);
    });
    QVERIFY(unreadable.data(Im::MessagesModel::BodyRole).toString().isEmpty());
    QTRY_VERIFY(rowWith([](const QModelIndex& index) {
        return index.data(Im::MessagesModel::BodyRole).toString() == u"Got it, thanks!"_s
            && index.data(Im::MessagesModel::ProtectionRole).toInt() == int(Protection::Trusted);
    }).isValid());
    // The reader sees why, in words, instead of an empty bubble or the placeholder.
    view->selectAll();
    const auto parts = view->selectedTextParts();
    view->clearTextSelection();
    QVERIFY(std::any_of(parts.cbegin(), parts.cend(), [](const auto& part) {
        return part.second.contains(u"sent to a device that is not this one"_s);
    }));
    saveScreenshot(chat->window(), u"encrypted-chat.png"_s);

    // The devices dialog, from the lock's menu.
    lock->menu()->actions().at(1)->trigger();
    Gui::OmemoDevicesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = chat->window()->findChild<Gui::OmemoDevicesDialog*>()) != nullptr);
    QVERIFY(dialog->isVisible());
    const auto* qr = dialog->findChild<QLabel*>(u"qrCode"_s);
    QVERIFY(qr && !qr->pixmap().isNull() && qr->pixmap().width() >= 100);
    const auto fingerprints = dialog->findChildren<QLabel*>(u"fingerprintLabel"_s);
    QVERIFY(!fingerprints.isEmpty());
    QCOMPARE(fingerprints.first()->text(), ann->omemo().ownFingerprint());
    QCOMPARE(ann->omemo().ownFingerprint().split(u' ').size(), 8);
    const QString benRow = u"device-"_s + QString::number(ben.account().omemo().ownDeviceId());
    QWidget* benDevice = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((benDevice = dialog->findChild<QWidget*>(benRow)) != nullptr
            && benDevice->findChild<QLabel*>(u"fingerprintLabel"_s)->text()
                == ben.account().omemo().ownFingerprint(),
        10000);
    QCOMPARE(benDevice->findChild<QLabel*>(u"trustLabel"_s)->text(),
        u"Trusted until you verify a device"_s);
    QVERIFY(unnamedControls(dialog).isEmpty());
    saveScreenshot(dialog, u"omemo-devices.png"_s);
    QTest::mouseClick(benDevice->findChild<QPushButton*>(u"verifyButton"_s), Qt::LeftButton);
    QTRY_VERIFY((benDevice = dialog->findChild<QWidget*>(benRow)) != nullptr
        && benDevice->findChild<QLabel*>(u"trustLabel"_s)->text() == u"Verified"_s);
    QVERIFY(!benDevice->findChild<QPushButton*>(u"verifyButton"_s));
    QCOMPARE(ann->omemo().devices(Ben).first().trust, Xmpp::OmemoStore::Trust::Verified);
    dialog->close();
}

QTEST_MAIN(EncryptionTest)
#include "tst_encryption.moc"

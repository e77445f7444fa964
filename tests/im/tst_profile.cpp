// Profile and passwords: accounts kept in the profile's settings, two profiles side by side,
// passwords in the keychain or, only by the user's choice, in the profile.
#include "im/PasswordStore.h"
#include "im/Profile.h"
#include "im/storage/MessageStore.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Palaver::Im;
using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

class ProfileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountsRoundTrip();
    void profilesAreSeparate();
    void passwordInProfileOnlyByChoice();
    void keychainReportsItsState();
    void proxyPasswordIsNeverInTheSettingsFile();
};

void ProfileTest::accountsRoundTrip()
{
    QTemporaryDir dir;
    {
        Profile profile(dir.path());
        QVERIFY(profile.open());
        AccountSettings account;
        account.jid = Jid::fromString(u"Alice@Example.COM");
        account.resource = u"laptop"_s;
        account.host = u"xmpp.example.com"_s;
        account.port = 5223;
        account.directTls = true;
        account.pinnedCertificate = QByteArray(32, '\x42');
        profile.saveAccount(account);
        AccountSettings second;
        second.jid = Jid::fromString(u"bob@example.net");
        second.enabled = false;
        profile.saveAccount(second);
    }
    Profile again(dir.path());
    QVERIFY(again.open());
    const QList<AccountSettings> accounts = again.accounts();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts[0].jid.toString(), u"alice@example.com"_s);
    QCOMPARE(accounts[0].resource, u"laptop"_s);
    QCOMPARE(accounts[0].port, quint16(5223));
    QVERIFY(accounts[0].directTls);
    QCOMPARE(accounts[0].pinnedCertificate, QByteArray(32, '\x42'));
    QVERIFY(!accounts[1].enabled);
    const ConnectionSettings connection = accounts[0].connectionSettings(u"pw"_s);
    QCOMPARE(connection.jid.toString(), u"alice@example.com/laptop"_s);
    QCOMPARE(connection.host, u"xmpp.example.com"_s);
    again.removeAccount(Jid::fromString(u"bob@example.net"));
    QCOMPARE(again.accounts().size(), 1);
    QVERIFY(QFileInfo::exists(dir.filePath(u"history.sqlite"_s)));
}

void ProfileTest::profilesAreSeparate()
{
    QTemporaryDir one;
    QTemporaryDir two;
    Profile first(one.path());
    Profile second(two.path());
    QVERIFY(first.open());
    QVERIFY(second.open());
    AccountSettings account;
    account.jid = Jid::fromString(u"alice@example.com");
    first.saveAccount(account);
    QCOMPARE(first.accounts().size(), 1);
    QCOMPARE(second.accounts().size(), 0);
}

void ProfileTest::passwordInProfileOnlyByChoice()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.open());
    PasswordStore passwords(profile);
    AccountSettings account;
    account.jid = Jid::fromString(u"alice@example.com");
    account.passwordInProfile = true;
    profile.saveAccount(account);
    std::optional<PasswordStore::Result> written;
    passwords.write(
        account.jid, u"s3cret"_s, this, [&](PasswordStore::Result result) { written = result; });
    QTRY_VERIFY(written);
    QCOMPARE(*written, PasswordStore::Result::Ok);
    std::optional<QString> read;
    passwords.read(account.jid, this,
        [&](PasswordStore::Result, const QString& password) { read = password; });
    QTRY_VERIFY(read);
    QCOMPARE(*read, u"s3cret"_s);
    // The settings file is the user's alone.
    QCOMPARE(QFileInfo(profile.settings().fileName()).permissions()
            & (QFile::ReadGroup | QFile::ReadOther),
        QFile::Permissions());
    // Choosing the keychain again takes the password out of the profile.
    account.passwordInProfile = false;
    profile.saveAccount(account);
    QVERIFY(profile.storedPassword(account.jid).isEmpty());
}

void ProfileTest::keychainReportsItsState()
{
    // Without the user's choice the profile is never used: either the keychain answers, or
    // the store says it is unavailable so the UI can ask.
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.open());
    PasswordStore passwords(profile);
    AccountSettings account;
    account.jid
        = Jid::fromString(u"nobody-%1@example.com"_s.arg(QCoreApplication::applicationPid()));
    profile.saveAccount(account);
    std::optional<PasswordStore::Result> written;
    passwords.write(
        account.jid, u"pw"_s, this, [&](PasswordStore::Result result) { written = result; });
    QTRY_VERIFY_WITH_TIMEOUT(written, 30000);
    // ctest runs this test twice: alone (no keychain service) and inside a D-Bus session
    // with gnome-keyring (PALAVER_EXPECT_KEYCHAIN=1).
    const bool expectKeychain = qEnvironmentVariableIntValue("PALAVER_EXPECT_KEYCHAIN") == 1;
    QCOMPARE(*written,
        expectKeychain ? PasswordStore::Result::Ok : PasswordStore::Result::KeychainUnavailable);
    QVERIFY(profile.storedPassword(account.jid).isEmpty());
    if (*written == PasswordStore::Result::Ok) {
        std::optional<QString> read;
        passwords.read(account.jid, this,
            [&](PasswordStore::Result, const QString& password) { read = password; });
        QTRY_VERIFY_WITH_TIMEOUT(read, 30000);
        QCOMPARE(*read, u"pw"_s);
        // The proxy's password is a secret of its own, beside the account's.
        std::optional<PasswordStore::Result> proxyWritten;
        passwords.write(
            account.jid, u"proxy-pw"_s, this,
            [&](PasswordStore::Result result) { proxyWritten = result; },
            PasswordStore::Secret::Proxy);
        QTRY_VERIFY_WITH_TIMEOUT(proxyWritten, 30000);
        std::optional<QString> proxyRead;
        passwords.read(
            account.jid, this,
            [&](PasswordStore::Result, const QString& password) { proxyRead = password; },
            PasswordStore::Secret::Proxy);
        QTRY_VERIFY_WITH_TIMEOUT(proxyRead, 30000);
        QCOMPARE(*proxyRead, u"proxy-pw"_s);
        passwords.remove(account.jid);
    }
}

void ProfileTest::proxyPasswordIsNeverInTheSettingsFile()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.open());
    AccountSettings account;
    account.jid = Jid::fromString(u"alice@example.com");
    account.proxy = u"socks5://alice:hunter2@127.0.0.1:1080"_s;
    profile.saveAccount(account);
    QFile file(profile.settings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("hunter2"));
    QCOMPARE(profile.account(account.jid)->proxy, u"socks5://alice@127.0.0.1:1080"_s);
    QCOMPARE(AccountSettings::proxyPassword(account.proxy), u"hunter2"_s);
    QCOMPARE(AccountSettings::proxyWithPassword(u"socks5://alice@127.0.0.1:1080"_s, u"hunter2"_s),
        account.proxy);
}

QTEST_GUILESS_MAIN(ProfileTest)
#include "tst_profile.moc"

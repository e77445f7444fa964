// OMEMO keys and sessions kept in the profile database: a device that restarts (a new store
// read back from the file) keeps its identity and device id, goes on with its sessions in
// both directions, and other accounts in the profile see none of it.
#include "im/storage/Database.h"
#include "im/storage/OmemoKeyStore.h"
#include "im/storage/Schema.h"
#include "xmpp/modules/xep0384_omemo/OmemoDevice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Palaver::Im;
using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

namespace {
const OmemoStore::Address AliceDevice {u"alice@example.org"_s, 1001};
const OmemoStore::Address BobDevice {u"bob@example.org"_s, 2002};

// Waits until every write queued so far is committed.
void settle(Database& database)
{
    bool done = false;
    database.read<int>(
        [](QSqlDatabase&) { return 0; }, &database, [&done](const int&) { done = true; });
    QVERIFY(QTest::qWaitFor([&done] { return done; }, 10000));
}

void loadInto(OmemoKeyStore& keys)
{
    bool loaded = false;
    keys.load(&keys, [&loaded] { loaded = true; });
    QVERIFY(QTest::qWaitFor([&loaded] { return loaded; }, 10000));
}
} // namespace

class OmemoKeysTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionsOutliveARestart();
};

void OmemoKeysTest::sessionsOutliveARestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"profile.sqlite"_s);
    OmemoStore bobStore;
    OmemoDevice bob(bobStore);
    QVERIFY(bob.generate(5));
    const OmemoBundle bundle = bob.bundle();
    QByteArray identity;
    quint32 deviceId = 0;
    {
        Database database;
        QVERIFY(database.open(path, schemaMigrations()));
        OmemoStore store;
        OmemoKeyStore keys(database, u"alice@example.org"_s, store);
        loadInto(keys);
        OmemoDevice alice(store);
        QVERIFY(alice.generate(5));
        identity = store.identity().publicKey;
        deviceId = store.identity().deviceId;
        QVERIFY(alice.startSession(BobDevice, bundle, bundle.preKeys.first()));
        const auto first = alice.encrypt(BobDevice, "first key");
        QVERIFY(first);
        QCOMPARE(bob.decrypt(AliceDevice, first->data, true), QByteArray("first key"));
        const auto answer = bob.encrypt(AliceDevice, "answer key");
        QVERIFY(answer);
        QCOMPARE(alice.decrypt(BobDevice, answer->data, false), QByteArray("answer key"));
        settle(database);
    }
    // The program starts again: everything comes from the file.
    Database database;
    QVERIFY(database.open(path, schemaMigrations()));
    OmemoStore store;
    OmemoKeyStore keys(database, u"alice@example.org"_s, store);
    loadInto(keys);
    QCOMPARE(store.identity().publicKey, identity);
    QCOMPARE(store.identity().deviceId, deviceId);
    QCOMPARE(store.preKeys().size(), 5);
    QCOMPARE(store.peerIdentity(BobDevice), bobStore.identity().publicKey);
    OmemoDevice alice(store);
    const auto next = alice.encrypt(BobDevice, "after restart");
    QVERIFY(next && !next->preKey); // the session goes on: no new key exchange
    QCOMPARE(bob.decrypt(AliceDevice, next->data, false), QByteArray("after restart"));
    const auto back = bob.encrypt(AliceDevice, "welcome back");
    QCOMPARE(alice.decrypt(BobDevice, back->data, false), QByteArray("welcome back"));
    // Another account in the same profile sees none of it.
    OmemoStore otherStore;
    OmemoKeyStore other(database, u"carol@example.org"_s, otherStore);
    loadInto(other);
    QVERIFY(otherStore.identity().publicKey.isEmpty());
    QVERIFY(otherStore.preKeys().isEmpty());
}

QTEST_GUILESS_MAIN(OmemoKeysTest)
#include "tst_omemokeys.moc"

// Strangers and spoofing against a scripted server that passes on what a hostile party might
// send: invitations in our own name or from addresses that are no rooms.
#include "ScriptedAccount.h"
#include "im/models/RosterModel.h"
#include "im/services/RoomService.h"
#include "im/services/RosterService.h"
#include "im/storage/AvatarStore.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/xep0045_muc/MucInvitation.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Palaver::Im;
using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

class SpoofingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<MucInvitation>(); }
    void init();
    void cleanup();
    void invitationsFromOurselvesAreDropped();
    void mediatedInvitationsOnlyFromRooms();
    void strangersPicturesAreNotFetched();
    void strangersMessagesWaitAsRequests();
    void avatarStoreKeepsToItsLimits();

private:
    std::unique_ptr<ScriptedAccount> m_scripted;
};

void SpoofingTest::init()
{
    m_scripted = std::make_unique<ScriptedAccount>();
    QVERIFY(m_scripted->isReady());
    // disco#info: the lounge is a room; anyone else is an account.
    m_scripted->answer(Ns::DiscoInfo, [this](const XmlElement& iq) {
        const QString to = iq.attribute(u"to");
        const QString identity = to.startsWith(u"lounge@")
            ? u"<identity category='conference' type='text'/>"_s
            : u"<identity category='account' type='registered'/>"_s;
        m_scripted->server().send(
            u"<iq type='result' id='%1' from='%2'><query "
            "xmlns='http://jabber.org/protocol/disco#info'>%3</query></iq>"_s.arg(
                iq.attribute(u"id"), to, identity));
    });
    // Bob is a contact; nobody else is.
    m_scripted->answer(Ns::Roster, [this](const XmlElement& iq) {
        m_scripted->server().send(u"<iq type='result' id='%1'><query xmlns='jabber:iq:roster'>"
                                  "<item jid='bob@localhost' subscription='both'/></query>"
                                  "</iq>"_s.arg(iq.attribute(u"id")));
    });
    m_scripted->signIn();
    QVERIFY(m_scripted->waitForSession());
    QTRY_VERIFY(m_scripted->account().roster().item(Jid::fromString(u"bob@localhost")));
}

void SpoofingTest::cleanup()
{
    m_scripted.reset();
}

// One of our own invitations come back (or one forged in our name) is no news.
void SpoofingTest::invitationsFromOurselvesAreDropped()
{
    QSignalSpy invited(&m_scripted->account().rooms(), &RoomService::invitationReceived);
    m_scripted->server().send(
        u"<message from='alice@localhost/phone'><x xmlns='jabber:x:conference' "
        "jid='lounge@conference.localhost'/></message>"
        "<message from='lounge@conference.localhost'><x "
        "xmlns='http://jabber.org/protocol/muc#user'><invite from='alice@localhost/phone'/>"
        "</x></message>"
        "<message from='bob@localhost/desk'><x xmlns='jabber:x:conference' "
        "jid='lounge@conference.localhost'/></message>"_s);
    QTRY_COMPARE(invited.size(), 1);
    QTest::qWait(200);
    QCOMPARE(invited.size(), 1);
    QCOMPARE(invited.first().first().value<MucInvitation>().inviter.bare(),
        Jid::fromString(u"bob@localhost"));
}

// XEP-0045 §7.8.2: a mediated invitation speaks for a room; from an address that is no room
// (its own disco#info says so) it is dropped, and its claimed inviter never shown.
void SpoofingTest::mediatedInvitationsOnlyFromRooms()
{
    QSignalSpy invited(&m_scripted->account().rooms(), &RoomService::invitationReceived);
    const QString mediated = u"<message from='%1'><x xmlns='http://jabber.org/protocol/muc#user'>"
                             "<invite from='boss@example.org/office'><reason>Urgent!</reason>"
                             "</invite></x></message>"_s;
    m_scripted->server().send(mediated.arg(u"mallory@evil.example"_s));
    m_scripted->server().send(mediated.arg(u"lounge@conference.localhost"_s));
    QTRY_COMPARE(invited.size(), 1);
    QTest::qWait(200);
    QCOMPARE(invited.size(), 1);
    const auto invitation = invited.first().first().value<MucInvitation>();
    QCOMPARE(invitation.room, Jid::fromString(u"lounge@conference.localhost"));
    QVERIFY(invitation.mediated);
}

// A stranger announcing pictures (one new hash after another) makes us fetch and keep
// nothing; a contact's picture is fetched.
void SpoofingTest::strangersPicturesAreNotFetched()
{
    const QString announce = u"<presence from='%1/x'><x xmlns='vcard-temp:x:update'><photo>"
                             "%2</photo></x></presence>"_s;
    for (int i = 0; i < 20; ++i) {
        m_scripted->server().send(announce.arg(u"mallory@evil.example"_s,
            QString::number(i).repeated(40).left(40).replace(u'1', u'a')));
    }
    m_scripted->server().send(
        announce.arg(u"bob@localhost"_s, u"0123456789abcdef0123456789abcdef01234567"_s));
    const auto vcardRequestsTo = [this](const QString& who) {
        return std::count_if(m_scripted->server().record().stanzas.cbegin(),
            m_scripted->server().record().stanzas.cend(), [&who](const XmlElement& stanza) {
                return stanza.hasChild(u"vCard", Ns::VCard)
                    && stanza.attribute(u"to").startsWith(who);
            });
    };
    QTRY_COMPARE(vcardRequestsTo(u"bob@localhost"_s), 1);
    QCOMPARE(vcardRequestsTo(u"mallory@"_s), 0);
}

// Someone who is no contact writing: the message is kept, and waits in the requests group
// (Accept or Block) until the user accepts them; past the limit, new strangers are not kept.
void SpoofingTest::strangersMessagesWaitAsRequests()
{
    RosterService& roster = m_scripted->account().roster();
    RosterModel model(m_scripted->account());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString chat = u"<message from='%1/x' type='chat' id='%2'><body>%3</body></message>"_s;
    m_scripted->server().send(chat.arg(u"stranger@evil.example"_s, u"s1"_s, u"Buy now!"_s)
        + chat.arg(u"bob@localhost"_s, u"b1"_s, u"Hi Alice"_s));
    QTRY_VERIFY(roster.messageRequest(Jid::fromString(u"stranger@evil.example")));
    QVERIFY(!roster.messageRequest(Jid::fromString(u"bob@localhost")));
    QCOMPARE(m_scripted->bodies(u"stranger@evil.example"_s), QStringList {u"Buy now!"_s});
    QTRY_COMPARE(model.rowCount(), 2); // the requests group and Bob's contacts
    QModelIndex requests;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(RosterModel::GroupKindRole).value<RosterModel::GroupKind>()
            == RosterModel::GroupKind::Requests) {
            requests = model.index(row, 0);
        }
    }
    QVERIFY(requests.isValid());
    const QModelIndex row = model.index(0, 0, requests);
    QCOMPARE(row.data(RosterModel::RequestKindRole).value<RosterModel::RequestKind>(),
        RosterModel::RequestKind::Messages);
    QCOMPARE(row.data(RosterModel::RequestMessageRole).toString(), u"Buy now!"_s);

    roster.acceptMessages(Jid::fromString(u"stranger@evil.example"));
    QVERIFY(roster.isKnown(Jid::fromString(u"stranger@evil.example")));
    QTRY_COMPARE(model.rowCount(), 1);

    // A flood of strangers: at most MaxMessageRequests wait; the rest are not kept.
    QString flood;
    for (int i = 0; i < RosterService::MaxMessageRequests + 20; ++i) {
        flood += chat.arg(u"spam%1@evil.example"_s.arg(i), u"m%1"_s.arg(i), u"spam"_s);
    }
    m_scripted->server().send(flood);
    QTRY_COMPARE(roster.messageRequestOrder().size(), RosterService::MaxMessageRequests);
    QTest::qWait(200);
    QCOMPARE(roster.messageRequestOrder().size(), RosterService::MaxMessageRequests);
    QVERIFY(m_scripted->bodies(u"spam%1@evil.example"_s.arg(RosterService::MaxMessageRequests + 5))
                .isEmpty());
}

// Past its limits the store lets go of the pictures used longest ago.
void SpoofingTest::avatarStoreKeepsToItsLimits()
{
    QTemporaryDir dir;
    AvatarStore store(dir.path(), {1000, 5});
    QStringList hashes;
    for (int i = 0; i < 12; ++i) {
        const QByteArray image(150, char('a' + i));
        hashes << QString::fromLatin1(
            QCryptographicHash::hash(image, QCryptographicHash::Sha1).toHex());
        store.store(hashes.last(), image);
        store.path(hashes.first()); // the first stays in use
        QTest::qWait(2);
    }
    QVERIFY(store.fileCount() <= 5);
    QVERIFY(store.totalBytes() <= 1000);
    QVERIFY(store.contains(hashes.first()));
    QVERIFY(store.contains(hashes.last()));
    QVERIFY(!store.contains(hashes.at(1)));
    QCOMPARE(int(QDir(dir.path()).entryList(QDir::Files).size()), store.fileCount());
    // Read again from disk, the limits hold too.
    AvatarStore reopened(dir.path(), {400, 5});
    QVERIFY(reopened.totalBytes() <= 400);
}

QTEST_GUILESS_MAIN(SpoofingTest)
#include "tst_spoofing.moc"

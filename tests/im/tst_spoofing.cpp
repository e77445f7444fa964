// Strangers and spoofing against a scripted server that passes on what a hostile party might
// send: invitations in our own name or from addresses that are no rooms.
#include "ScriptedAccount.h"
#include "im/services/RoomService.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/xep0045_muc/MucInvitation.h"

#include <QSignalSpy>
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
    m_scripted->signIn();
    QVERIFY(m_scripted->waitForSession());
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

QTEST_GUILESS_MAIN(SpoofingTest)
#include "tst_spoofing.moc"

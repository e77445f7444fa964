// The IM core against a real Prosody: adding each other and approving, requests kept across
// restarts, presence and status, messages with receipts, markers and chat states, carbons
// between two devices, messages sent while offline arriving once through the archive, forged
// roster pushes and carbons ignored, and blocking.
#include "AccountHarness.h"
#include "ServerTest.h"
#include "im/services/MessageService.h"
#include "im/services/PresenceService.h"
#include "im/services/RosterService.h"
#include "im/storage/AvatarStore.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/modules/avatars/AvatarModule.h"
#include "xmpp/modules/roster/RosterModule.h"
#include "xmpp/modules/xep0115_caps/CapsModule.h"
#include "xmpp/modules/xep0191_blocking/BlockingModule.h"
#include "xmpp/modules/xep0352_csi/CsiModule.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Im;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

namespace {
Jid jidOf(const QString& user)
{
    return Jid::fromString(user + u"@localhost"_s);
}

int countBody(const QList<MessageRecord>& records, const QString& body)
{
    return int(std::count_if(records.begin(), records.end(),
        [&body](const MessageRecord& record) { return record.body == body; }));
}
} // namespace

class ImTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addEachOtherAndApprove();
    void requestsSurviveARestart();
    void presenceAndStatus();
    void messagesWithReceiptsMarkersAndStates();
    void carbonsBetweenTwoDevices();
    void offlineMessagesArriveOnceThroughTheArchive();
    void forgedRosterPushAndCarbonAreIgnored();
    void blockingStopsMessages();
    void avatarsReachContacts();
    void rosterVersionAndCapsCacheSurviveARestart();
    void versionAndClientState();

private:
    // Makes a and b contacts of each other with subscriptions both ways.
    void befriend(AccountHarness& a, AccountHarness& b);

    ProsodyServer m_prosody;
};

void ImTest::initTestCase()
{
    QList<ServerAccount> accounts;
    for (const QString& user : {u"ann"_s, u"ben"_s, u"cat"_s, u"dan"_s, u"eve"_s, u"fay"_s,
             u"gus"_s, u"hal"_s, u"ida"_s, u"jon"_s, u"kim"_s, u"lou"_s, u"max"_s, u"ned"_s,
             u"oli"_s, u"pat"_s, u"quin"_s, u"ray"_s, u"sam"_s, u"tom"_s, u"uma"_s, u"vic"_s}) {
        accounts.append({user, u"pw-"_s + user});
    }
    PALAVER_START_SERVER(m_prosody, accounts);
}

void ImTest::befriend(AccountHarness& a, AccountHarness& b)
{
    const Jid aJid = Jid::fromString(a.account().jid());
    const Jid bJid = Jid::fromString(b.account().jid());
    a.account().roster().addContact(bJid, u"Friend"_s, {u"Friends"_s});
    QVERIFY(QTest::qWaitFor([&] { return !b.account().roster().requests().isEmpty(); }, 10000));
    b.account().roster().approve(aJid, true);
    QVERIFY(QTest::qWaitFor([&] { return !a.account().roster().requests().isEmpty(); }, 10000));
    a.account().roster().approve(bJid, false);
    const auto both = [](AccountHarness& h, const Jid& other) {
        const std::optional<RosterItem> item = h.account().roster().item(other);
        return item && item->subscription == RosterItem::Subscription::Both;
    };
    QVERIFY(QTest::qWaitFor([&] { return both(a, bJid) && both(b, aJid); }, 10000));
}

void ImTest::addEachOtherAndApprove()
{
    AccountHarness ann(m_prosody, u"ann"_s, u"pc"_s);
    AccountHarness ben(m_prosody, u"ben"_s, u"pc"_s);
    QVERIFY(ann.signIn());
    QVERIFY(ben.signIn());
    QSignalSpy requests(&ben.account().roster(), &RosterService::requestsChanged);
    ann.account().roster().addContact(jidOf(u"ben"_s), u"Ben"_s, {u"Work"_s}, u"It's Ann"_s);
    QVERIFY(QTest::qWaitFor([&] { return !ben.account().roster().requests().isEmpty(); }, 10000));
    const SubscriptionRequest request = ben.account().roster().requests().cbegin().value();
    QCOMPARE(request.jid, jidOf(u"ann"_s));
    QCOMPARE(request.message, u"It's Ann"_s);
    // Ann sees Ben in her roster, with her request pending.
    const std::optional<RosterItem> pending = ann.account().roster().item(jidOf(u"ben"_s));
    QVERIFY(pending);
    QCOMPARE(pending->name, u"Ben"_s);
    QCOMPARE(pending->groups, QStringList {u"Work"_s});

    ben.account().roster().approve(jidOf(u"ann"_s), true);
    QVERIFY(ben.account().roster().requests().isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return !ann.account().roster().requests().isEmpty(); }, 10000));
    ann.account().roster().approve(jidOf(u"ben"_s), false);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto a = ann.account().roster().item(jidOf(u"ben"_s));
            const auto b = ben.account().roster().item(jidOf(u"ann"_s));
            return a && b && a->subscription == RosterItem::Subscription::Both
                && b->subscription == RosterItem::Subscription::Both;
        },
        10000));

    // Rename and regroup go through the server and come back as pushes.
    ann.account().roster().rename(jidOf(u"ben"_s), u"Benjamin"_s);
    ann.account().roster().setGroups(jidOf(u"ben"_s), {u"Friends"_s, u"Work"_s});
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto item = ann.account().roster().item(jidOf(u"ben"_s));
            return item && item->name == u"Benjamin" && item->groups.size() == 2;
        },
        10000));
}

void ImTest::requestsSurviveARestart()
{
    QString profile;
    {
        AccountHarness cat(m_prosody, u"cat"_s, u"pc"_s);
        AccountHarness dan(m_prosody, u"dan"_s, u"pc"_s);
        QVERIFY(cat.signIn());
        QVERIFY(dan.signIn());
        cat.account().roster().addContact(jidOf(u"dan"_s), u"Dan"_s, {});
        QVERIFY(
            QTest::qWaitFor([&] { return !dan.account().roster().requests().isEmpty(); }, 10000));
        profile = dan.profileDir();
        QTemporaryDir keep; // the harness owns its temp dir; copy the profile out before it goes
        dan.shutDown();
        QVERIFY(QFile::copy(profile + u"/history.sqlite"_s, keep.filePath(u"history.sqlite"_s)));
        // Restart: a new program run over the same profile, before connecting.
        AccountHarness again(m_prosody, u"dan"_s, u"pc"_s, keep.path());
        QVERIFY(QTest::qWaitFor([&] { return again.account().roster().isLoaded(); }, 5000));
        QCOMPARE(again.account().roster().requests().size(), 1);
        QCOMPARE(again.account().roster().requests().cbegin().value().jid, jidOf(u"cat"_s));
        // Answering it after the restart works and removes it.
        QVERIFY(again.signIn());
        again.account().roster().deny(jidOf(u"cat"_s));
        QVERIFY(again.account().roster().requests().isEmpty());
    }
}

void ImTest::presenceAndStatus()
{
    AccountHarness eve(m_prosody, u"eve"_s, u"pc"_s);
    AccountHarness fay(m_prosody, u"fay"_s, u"pc"_s);
    QVERIFY(eve.signIn());
    QVERIFY(fay.signIn());
    befriend(eve, fay);
    QVERIFY(QTest::qWaitFor(
        [&] { return eve.account().presence().isAvailable(jidOf(u"fay"_s)); }, 10000));
    fay.account().goOnline(Presence::Show::Away, u"Coffee break"_s);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const ContactPresence best = eve.account().presence().best(jidOf(u"fay"_s));
            return best.show == Presence::Show::Away && best.status == u"Coffee break";
        },
        10000));
    fay.account().goOnline(Presence::Show::DoNotDisturb, u"In a meeting"_s);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return eve.account().presence().best(jidOf(u"fay"_s)).show
                == Presence::Show::DoNotDisturb;
        },
        10000));
    fay.account().goOffline(u"Bye"_s);
    QVERIFY(QTest::qWaitFor(
        [&] { return !eve.account().presence().isAvailable(jidOf(u"fay"_s)); }, 10000));
}

void ImTest::messagesWithReceiptsMarkersAndStates()
{
    AccountHarness gus(m_prosody, u"gus"_s, u"pc"_s);
    AccountHarness hal(m_prosody, u"hal"_s, u"pc"_s);
    QVERIFY(gus.signIn());
    QVERIFY(hal.signIn());
    befriend(gus, hal);

    QSignalSpy states(&gus.account().messages(), &MessageService::chatStateChanged);
    hal.account().messages().sendChatState(jidOf(u"gus"_s), ChatState::Composing);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return gus.account().messages().peerChatState(jidOf(u"hal"_s)) == ChatState::Composing;
        },
        10000));

    gus.account().messages().sendMessage(jidOf(u"hal"_s), u"Hello Hal"_s);
    // Written before it went out, then sent, then delivered (Hal's receipt, after storing).
    QVERIFY(hal.waitForHistory(jidOf(u"gus"_s),
        [](const QList<MessageRecord>& r) { return countBody(r, u"Hello Hal"_s) == 1; }));
    QVERIFY(gus.waitForHistory(jidOf(u"hal"_s), [](const QList<MessageRecord>& r) {
        return r.size() == 1 && r.first().state == MessageRecord::State::Delivered;
    }));
    const MessageRecord received = hal.history(jidOf(u"gus"_s)).first();
    QVERIFY(!received.outgoing);
    QCOMPARE(received.state, MessageRecord::State::Received);
    QVERIFY(!received.archiveId.isEmpty()); // Prosody's stanza-id, trusted as by our server

    // Hal reads it: the marker turns Gus's copy to "displayed".
    hal.account().messages().markDisplayed(
        jidOf(u"gus"_s), received.conversationId, received.messageId);
    QVERIFY(gus.waitForHistory(jidOf(u"hal"_s), [](const QList<MessageRecord>& r) {
        return r.size() == 1 && r.first().state == MessageRecord::State::Displayed;
    }));

    // A correction replaces the text on both sides.
    const MessageRecord sent = gus.history(jidOf(u"hal"_s)).first();
    gus.account().messages().correctMessage(jidOf(u"hal"_s), sent.messageId, u"Hello, Hal!"_s);
    QVERIFY(hal.waitForHistory(jidOf(u"gus"_s), [](const QList<MessageRecord>& r) {
        return r.size() == 1 && r.first().body == u"Hello, Hal!" && r.first().corrected;
    }));
    QCOMPARE(gus.history(jidOf(u"hal"_s)).first().body, u"Hello, Hal!"_s);
}

void ImTest::carbonsBetweenTwoDevices()
{
    AccountHarness ida(m_prosody, u"ida"_s, u"desktop"_s);
    AccountHarness idaPhone(m_prosody, u"ida"_s, u"phone"_s);
    AccountHarness jon(m_prosody, u"jon"_s, u"pc"_s);
    QVERIFY(ida.signIn());
    QVERIFY(idaPhone.signIn());
    QVERIFY(jon.signIn());
    befriend(ida, jon);
    // Let both of Ida's devices have carbons enabled before the conversation.
    QTest::qWait(500);
    ida.account().messages().sendMessage(jidOf(u"jon"_s), u"From my desktop"_s);
    jon.account().messages().sendMessage(jidOf(u"ida"_s), u"Hi Ida"_s);
    const auto both = [](const QList<MessageRecord>& r) {
        return countBody(r, u"From my desktop"_s) == 1 && countBody(r, u"Hi Ida"_s) == 1;
    };
    QVERIFY(idaPhone.waitForHistory(jidOf(u"jon"_s), both));
    QVERIFY(ida.waitForHistory(jidOf(u"jon"_s), both));
    const QList<MessageRecord> phone = idaPhone.history(jidOf(u"jon"_s));
    const auto mine = std::find_if(phone.begin(), phone.end(),
        [](const MessageRecord& r) { return r.body == u"From my desktop"; });
    QVERIFY(mine->outgoing); // the phone knows Ida wrote it, on the desktop
    QCOMPARE(mine->state, MessageRecord::State::Sent);
}

void ImTest::offlineMessagesArriveOnceThroughTheArchive()
{
    AccountHarness kim(m_prosody, u"kim"_s, u"pc"_s);
    AccountHarness lou(m_prosody, u"lou"_s, u"pc"_s);
    QVERIFY(kim.signIn());
    QVERIFY(lou.signIn());
    befriend(kim, lou);
    kim.account().messages().sendMessage(jidOf(u"lou"_s), u"before"_s);
    QVERIFY(lou.waitForHistory(jidOf(u"kim"_s),
        [](const QList<MessageRecord>& r) { return countBody(r, u"before"_s) == 1; }));

    // Lou goes offline (same profile, so she has a position in the archive); Kim writes.
    const QString profile = lou.profileDir();
    QTemporaryDir keep;
    lou.shutDown();
    QVERIFY(QFile::copy(profile + u"/history.sqlite"_s, keep.filePath(u"history.sqlite"_s)));
    QVERIFY(QTest::qWaitFor(
        [&] { return !kim.account().presence().isAvailable(jidOf(u"lou"_s)); }, 10000));
    for (int i = 0; i < 7; ++i) {
        kim.account().messages().sendMessage(jidOf(u"lou"_s), u"while away %1"_s.arg(i));
    }
    QVERIFY(kim.waitForHistory(jidOf(u"lou"_s), [](const QList<MessageRecord>& r) {
        return std::count_if(r.begin(), r.end(), [](const MessageRecord& m) {
            return m.state >= MessageRecord::State::Sent;
        }) == 8;
    }));

    AccountHarness back(m_prosody, u"lou"_s, u"pc"_s, keep.path());
    QVERIFY(back.signIn());
    // Offline storage and the archive may both hand them over: each is stored once.
    QVERIFY(back.waitForHistory(jidOf(u"kim"_s), [](const QList<MessageRecord>& r) {
        for (int i = 0; i < 7; ++i) {
            if (countBody(r, u"while away %1"_s.arg(i)) != 1) {
                return false;
            }
        }
        return countBody(r, u"before"_s) == 1;
    }));
    QTest::qWait(500);
    const QList<MessageRecord> history = back.history(jidOf(u"kim"_s));
    QCOMPARE(history.size(), 8);
}

void ImTest::forgedRosterPushAndCarbonAreIgnored()
{
    AccountHarness max(m_prosody, u"max"_s, u"pc"_s);
    AccountHarness ned(m_prosody, u"ned"_s, u"pc"_s);
    QVERIFY(max.signIn());
    QVERIFY(ned.signIn());
    befriend(max, ned);
    const Jid maxFull = max.fullJid();

    // Ned tries to put someone in Max's roster with a push to Max's resource.
    QList<IqResult> answers;
    XmlElement query(u"query"_s, u"jabber:iq:roster"_s);
    query.appendChild(XmlElement(u"item"_s, u"jabber:iq:roster"_s)
                          .setAttribute(u"jid"_s, u"mallory@localhost"_s)
                          .setAttribute(u"subscription"_s, u"both"_s));
    Iq push(Iq::Type::Set, query);
    push.setTo(maxFull);
    ned.account().client().sendIq(push, this, [&](const IqResult& r) { answers.append(r); });
    QVERIFY(QTest::qWaitFor([&] { return !answers.isEmpty(); }, 10000));
    QVERIFY(!answers.first().isSuccess());
    QVERIFY(!max.account().roster().item(Jid::fromString(u"mallory@localhost")));

    // And a carbon, claiming Max wrote something.
    Message forged(Message::Type::Chat, maxFull);
    XmlElement sent(u"sent"_s, u"urn:xmpp:carbons:2"_s);
    XmlElement forwarded(u"forwarded"_s, u"urn:xmpp:forward:0"_s);
    XmlElement inner(u"message"_s, u"jabber:client"_s);
    inner.setAttribute(u"from"_s, maxFull.toString());
    inner.setAttribute(u"to"_s, u"ned@localhost"_s);
    inner.setAttribute(u"type"_s, u"chat"_s);
    inner.appendTextChild(u"body"_s, u"jabber:client"_s, u"I owe Ned 100 euros"_s);
    forwarded.appendChild(inner);
    sent.appendChild(forwarded);
    forged.appendPayload(sent);
    ned.account().client().send(forged);
    // A normal message afterwards shows when the forged one has been dealt with.
    ned.account().messages().sendMessage(jidOf(u"max"_s), u"after the forgery"_s);
    QVERIFY(max.waitForHistory(jidOf(u"ned"_s),
        [](const QList<MessageRecord>& r) { return countBody(r, u"after the forgery"_s) == 1; }));
    QCOMPARE(countBody(max.history(jidOf(u"ned"_s)), u"I owe Ned 100 euros"_s), 0);
}

void ImTest::blockingStopsMessages()
{
    AccountHarness oli(m_prosody, u"oli"_s, u"pc"_s);
    AccountHarness pat(m_prosody, u"pat"_s, u"pc"_s);
    QVERIFY(oli.signIn());
    QVERIFY(pat.signIn());
    auto* blocking = oli.account().client().findModule<BlockingModule>();
    QVERIFY(QTest::qWaitFor([&] { return blocking->isSupported(); }, 10000));
    pat.account().messages().sendMessage(jidOf(u"oli"_s), u"one"_s);
    QVERIFY(oli.waitForHistory(jidOf(u"pat"_s),
        [](const QList<MessageRecord>& r) { return countBody(r, u"one"_s) == 1; }));

    QSignalSpy changed(blocking, &BlockingModule::blocklistChanged);
    blocking->block({jidOf(u"pat"_s)});
    QVERIFY(QTest::qWaitFor([&] { return blocking->isBlocked(jidOf(u"pat"_s)); }, 10000));
    pat.account().messages().sendMessage(jidOf(u"oli"_s), u"blocked"_s);
    // Pat learns it did not arrive (the server answers with an error).
    QVERIFY(pat.waitForHistory(jidOf(u"oli"_s), [](const QList<MessageRecord>& r) {
        return std::any_of(r.begin(), r.end(), [](const MessageRecord& m) {
            return m.body == u"blocked" && m.state == MessageRecord::State::Failed;
        });
    }));
    QCOMPARE(countBody(oli.history(jidOf(u"pat"_s)), u"blocked"_s), 0);

    blocking->unblock({jidOf(u"pat"_s)});
    QVERIFY(QTest::qWaitFor([&] { return !blocking->isBlocked(jidOf(u"pat"_s)); }, 10000));
    pat.account().messages().sendMessage(jidOf(u"oli"_s), u"unblocked"_s);
    QVERIFY(oli.waitForHistory(jidOf(u"pat"_s),
        [](const QList<MessageRecord>& r) { return countBody(r, u"unblocked"_s) == 1; }));
}

void ImTest::avatarsReachContacts()
{
    AccountHarness quin(m_prosody, u"quin"_s, u"pc"_s);
    AccountHarness ray(m_prosody, u"ray"_s, u"pc"_s);
    QVERIFY(quin.signIn());
    QVERIFY(ray.signIn());
    befriend(quin, ray);
    const QByteArray picture = QByteArray("\x89PNG\r\n\x1a\n quin's picture", 24);
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(picture, QCryptographicHash::Sha1).toHex());
    QSignalSpy changed(&ray.account().avatars(), &AvatarModule::avatarChanged);
    quin.account().avatars().setOwnAvatar(picture, u"image/png"_s);
    // Through PEP or the vCard update on presence, whichever comes first: once, by hash.
    QVERIFY(QTest::qWaitFor(
        [&] { return ray.account().avatars().avatarHash(jidOf(u"quin"_s)) == hash; }, 15000));
    QCOMPARE(ray.account().avatarStore().image(hash), picture);
    QVERIFY(!ray.account().avatarStore().path(hash).isEmpty());
    // A fresh device of Quin learns her own picture from her vCard.
    AccountHarness quinPhone(m_prosody, u"quin"_s, u"phone"_s);
    QVERIFY(quinPhone.signIn());
    QVERIFY(QTest::qWaitFor(
        [&] { return quinPhone.account().avatars().ownAvatarHash() == hash; }, 10000));
}

void ImTest::rosterVersionAndCapsCacheSurviveARestart()
{
    QTemporaryDir keep;
    {
        AccountHarness sam(m_prosody, u"sam"_s, u"pc"_s, keep.path());
        AccountHarness tom(m_prosody, u"tom"_s, u"pc"_s);
        QVERIFY(sam.signIn());
        QVERIFY(tom.signIn());
        befriend(sam, tom);
        auto* caps = sam.account().client().findModule<CapsModule>();
        QVERIFY(
            QTest::qWaitFor([&] { return caps->capabilities(tom.fullJid()).has_value(); }, 15000));
        QVERIFY(caps->capabilities(tom.fullJid())->hasFeature(u"urn:xmpp:receipts"));
        sam.shutDown();
        // Tom stays online for the restart.
        AccountHarness again(m_prosody, u"sam"_s, u"pc"_s, keep.path());
        auto* roster = again.account().client().findModule<RosterModule>();
        QVERIFY(QTest::qWaitFor([&] { return again.account().roster().isLoaded(); }, 5000));
        QVERIFY(!roster->cachedVersion().isEmpty());
        QSignalSpy unchanged(roster, &RosterModule::rosterUnchanged);
        QSignalSpy full(roster, &RosterModule::rosterReceived);
        auto* againCaps = again.account().client().findModule<CapsModule>();
        QSignalSpy capsKnown(againCaps, &CapsModule::capabilitiesChanged);
        QVERIFY(again.signIn());
        // The stored roster is still current: the server says so instead of sending it.
        QVERIFY(QTest::qWaitFor([&] { return !unchanged.isEmpty(); }, 10000));
        QCOMPARE(full.size(), 0);
        QVERIFY(again.account().roster().item(jidOf(u"tom"_s)));
        // Tom's capabilities come from the cache on disk, without asking him.
        QVERIFY(QTest::qWaitFor(
            [&] { return againCaps->capabilities(tom.fullJid()).has_value(); }, 10000));
    }
}

void ImTest::versionAndClientState()
{
    AccountHarness uma(m_prosody, u"uma"_s, u"pc"_s);
    AccountHarness vic(m_prosody, u"vic"_s, u"pc"_s);
    QVERIFY(uma.signIn());
    QVERIFY(vic.signIn());
    befriend(uma, vic);
    std::optional<IqResult> answer;
    Iq request(Iq::Type::Get, XmlElement(u"query"_s, u"jabber:iq:version"_s));
    request.setTo(uma.fullJid());
    vic.account().client().sendIq(request, this, [&](const IqResult& r) { answer = r; });
    QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
    QVERIFY(answer->isSuccess());
    QCOMPARE(answer->response.payload(u"query", u"jabber:iq:version").firstChildElement().text(),
        u"Palaver"_s);
    // Prosody offers CSI; going inactive and back keeps the session working.
    CsiModule& csi = uma.account().clientState();
    QVERIFY(csi.isSupported());
    csi.setActive(false);
    vic.account().messages().sendMessage(jidOf(u"uma"_s), u"while inactive"_s);
    csi.setActive(true);
    QVERIFY(uma.waitForHistory(jidOf(u"vic"_s),
        [](const QList<MessageRecord>& r) { return countBody(r, u"while inactive"_s) == 1; }));
}

QTEST_GUILESS_MAIN(ImTest)
#include "tst_im.moc"

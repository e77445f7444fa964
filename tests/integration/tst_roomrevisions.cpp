// What room messages do to earlier ones, on a real Prosody between two Palaver occupants:
// corrections, reactions, replies and retractions by the room's ids, each believed only from
// who wrote the message; a moderator's retraction (XEP-0425) for everyone; and an occupant
// who was away catching up on them from the room's archive.
#include "AccountHarness.h"
#include "ServerTest.h"
#include "im/services/RoomService.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/messaging/MessageExtensions.h"
#include "xmpp/modules/messaging/MessageReferences.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"

#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Im;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

namespace {
bool joinAndWait(AccountHarness& harness, const Jid& room, const QString& nick)
{
    MucRoom* joining = harness.account().rooms().join(room, nick);
    QSignalSpy caughtUp(&harness.account().rooms(), &RoomService::catchUpFinished);
    return joining->state() == MucRoom::State::Joined || caughtUp.wait(15000);
}

// The stored message with this body, once the room has given it its id.
std::optional<MessageRecord> waitForMessage(
    AccountHarness& harness, const Jid& room, const QString& body)
{
    std::optional<MessageRecord> found;
    harness.waitForHistory(room, [&](const QList<MessageRecord>& records) {
        for (const MessageRecord& record : records) {
            if (record.body == body && !record.archiveId.isEmpty()) {
                found = record;
                return true;
            }
        }
        return false;
    });
    return found;
}

MessageRecord byId(AccountHarness& harness, const Jid& room, qint64 id)
{
    for (const MessageRecord& record : harness.history(room)) {
        if (record.id == id) {
            return record;
        }
    }
    return {};
}
} // namespace

class RoomRevisionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void revisionsBetweenOccupants();
    void nicknameTakenOverWhileAway();

private:
    std::unique_ptr<ProsodyServer> m_prosody;
};

void RoomRevisionsTest::initTestCase()
{
    m_prosody = std::make_unique<ProsodyServer>();
    PALAVER_START_SERVER(*m_prosody,
        (QList<ServerAccount> {
            {u"ann"_s, u"pw-ann"_s}, {u"ben"_s, u"pw-ben"_s}, {u"eve"_s, u"pw-eve"_s}}));
}

void RoomRevisionsTest::revisionsBetweenOccupants()
{
    const Jid den = Jid::fromString(u"den@"_s + m_prosody->mucDomain());
    AccountHarness ann(*m_prosody, u"ann"_s, u"desk"_s);
    AccountHarness ben(*m_prosody, u"ben"_s, u"desk"_s);
    QVERIFY(ann.signIn() && ben.signIn());
    QVERIFY(joinAndWait(ann, den, u"Ann"_s)); // made the room: its owner and a moderator
    QVERIFY(joinAndWait(ben, den, u"Ben"_s));
    RoomService& annRooms = ann.account().rooms();
    RoomService& benRooms = ben.account().rooms();

    // Ann corrects her message; Ben sees the new text in place.
    QVERIFY(annRooms.sendMessage(den, u"helo"_s));
    const std::optional<MessageRecord> annHelo = waitForMessage(ann, den, u"helo"_s);
    const std::optional<MessageRecord> benHelo = waitForMessage(ben, den, u"helo"_s);
    QVERIFY(annHelo && benHelo);
    QVERIFY(annRooms.correctMessage(den, annHelo->messageId, u"hello"_s));
    QVERIFY(ben.waitForHistory(den, [&](const auto&) {
        const MessageRecord now = byId(ben, den, benHelo->id);
        return now.body == u"hello"_s && now.corrected;
    }));

    // Ben may neither correct nor take back what Ann wrote, whatever he sends.
    Message fake(Message::Type::GroupChat, den, u"pwned"_s);
    setReplacedId(fake, annHelo->messageId);
    benRooms.room(den)->sendMessage(fake);
    Message takeBack(Message::Type::GroupChat, den);
    setRetraction(takeBack, annHelo->archiveId, u"retracted"_s, annHelo->messageId);
    benRooms.room(den)->sendMessage(takeBack);
    Message posing(Message::Type::GroupChat, den);
    XmlElement retract(u"retract"_s, Ns::Retract);
    retract.setAttribute(u"id"_s, annHelo->archiveId);
    retract.appendChild(XmlElement(u"moderated"_s, Ns::Moderate));
    posing.appendPayload(retract);
    benRooms.room(den)->sendMessage(posing);

    // Ben reacts and replies to it, by the room's id.
    const MessageRecord corrected = byId(ben, den, benHelo->id);
    benRooms.react(den, corrected, {u"👍"_s});
    QVERIFY(benRooms.sendMessage(den, u"indeed"_s, &corrected));
    const std::optional<MessageRecord> reply = waitForMessage(ann, den, u"indeed"_s);
    QVERIFY(reply);
    QCOMPARE(reply->replyTo, annHelo->archiveId);
    QCOMPARE(reply->replyQuote, u"hello"_s);
    QVERIFY(ann.waitForHistory(den, [&](const auto&) {
        const MessageRecord now = byId(ann, den, annHelo->id);
        return now.reactions.size() == 1
            && now.reactions.first().reactor == den.withResource(u"Ben"_s).toString()
            && now.reactions.first().emojis == QStringList {u"👍"_s};
    }));
    // The forgeries came before the reply: they changed nothing.
    MessageRecord annNow = byId(ann, den, annHelo->id);
    QCOMPARE(annNow.body, u"hello"_s);
    QVERIFY(!annNow.retracted);
    QCOMPARE(byId(ben, den, benHelo->id).body, u"hello"_s);

    // Ben steps out; Ann takes her message back; back in, Ben learns it from the archive.
    benRooms.close(den);
    QVERIFY(annRooms.retract(den, byId(ann, den, annHelo->id)));
    QVERIFY(byId(ann, den, annHelo->id).retracted || ann.waitForHistory(den, [&](const auto&) {
        return byId(ann, den, annHelo->id).retracted;
    }));
    QTest::qWait(300);
    QVERIFY(joinAndWait(ben, den, u"Ben"_s));
    QVERIFY(ben.waitForHistory(den, [&](const auto&) {
        const MessageRecord now = byId(ben, den, benHelo->id);
        return now.retracted && now.body.isEmpty() && now.reactions.isEmpty();
    }));

    // Ann moderates Ben's message; Ben, no moderator, may not moderate hers.
    MucRoom* annRoom = annRooms.room(den);
    QVERIFY2(annRoom->moderation() != MucRoom::Moderation::None,
        "the room offers no moderation: is prosody-modules installed?");
    QVERIFY(benRooms.sendMessage(den, u"buy cheap watches"_s));
    const std::optional<MessageRecord> spam = waitForMessage(ann, den, u"buy cheap watches"_s);
    const std::optional<MessageRecord> benSpam = waitForMessage(ben, den, u"buy cheap watches"_s);
    QVERIFY(spam && benSpam);
    std::optional<std::optional<StanzaError>> refused;
    benRooms.moderate(den, *reply, u"mine now"_s, this,
        [&](const std::optional<StanzaError>& error) { refused = error; });
    QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 10000);
    QVERIFY(refused->has_value());
    std::optional<std::optional<StanzaError>> moderated;
    annRooms.moderate(den, *spam, u"no advertising"_s, this,
        [&](const std::optional<StanzaError>& error) { moderated = error; });
    QTRY_VERIFY_WITH_TIMEOUT(moderated.has_value(), 10000);
    QVERIFY(!moderated->has_value());
    QVERIFY(ben.waitForHistory(
        den, [&](const auto&) { return byId(ben, den, benSpam->id).retracted; }));
    QVERIFY(
        ann.waitForHistory(den, [&](const auto&) { return byId(ann, den, spam->id).retracted; }));
    QVERIFY(!byId(ann, den, reply->id).retracted);
    // Everyone keeps who took it back and why; one's own retraction is no moderation.
    QVERIFY(byId(ben, den, benSpam->id).moderated);
    QCOMPARE(byId(ben, den, benSpam->id).moderationReason, u"no advertising"_s);
    QCOMPARE(byId(ann, den, spam->id).moderationReason, u"no advertising"_s);
}

// While Ben is away, Eve joins under his nickname and takes back and "corrects" his message:
// read from the room's archive later, none of it is taken as Ben's own doing.
void RoomRevisionsTest::nicknameTakenOverWhileAway()
{
    const Jid porch = Jid::fromString(u"porch@"_s + m_prosody->mucDomain());
    AccountHarness ann(*m_prosody, u"ann"_s, u"desk"_s);
    AccountHarness ben(*m_prosody, u"ben"_s, u"desk"_s);
    AccountHarness eve(*m_prosody, u"eve"_s, u"desk"_s);
    QVERIFY(ann.signIn() && ben.signIn() && eve.signIn());
    QVERIFY(joinAndWait(ann, porch, u"Ann"_s));
    QVERIFY(joinAndWait(ben, porch, u"Ben"_s));
    QVERIFY(ben.account().rooms().sendMessage(porch, u"my honest words"_s));
    const std::optional<MessageRecord> mine = waitForMessage(ben, porch, u"my honest words"_s);
    QVERIFY(mine);
    ben.account().rooms().close(porch);
    QTest::qWait(300);

    QVERIFY(joinAndWait(eve, porch, u"Ben"_s));
    MucRoom* eveRoom = eve.account().rooms().room(porch);
    Message takeBack(Message::Type::GroupChat, porch);
    setRetraction(takeBack, mine->archiveId, u"retracted"_s, mine->messageId);
    eveRoom->sendMessage(takeBack);
    Message rewrite(Message::Type::GroupChat, porch, u"my dishonest words"_s);
    setReplacedId(rewrite, mine->messageId);
    eveRoom->sendMessage(rewrite);
    eve.account().rooms().sendMessage(porch, u"eve was here"_s);
    QVERIFY(waitForMessage(ann, porch, u"eve was here"_s));
    eve.account().rooms().close(porch);
    QTest::qWait(300);

    QVERIFY(joinAndWait(ben, porch, u"Ben"_s));
    QVERIFY(waitForMessage(ben, porch, u"eve was here"_s));
    QTest::qWait(300);
    const MessageRecord after = byId(ben, porch, mine->id);
    QCOMPARE(after.body, u"my honest words"_s);
    QVERIFY(!after.retracted);
}

QTEST_GUILESS_MAIN(RoomRevisionsTest)
#include "tst_roomrevisions.moc"

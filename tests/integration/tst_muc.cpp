// Group chat rooms (XEP-0045) on a real Prosody MUC service: creating and joining, occupants
// with roles, a nickname conflict, messages and their echo, the subject, a nickname change,
// history for a late joiner, leaving; and groupchat messages from outside the room ignored.
// Moderation: voice taken, kick and ban with reasons, membership, and a members-only,
// password-protected room set up through the configuration form, with its join refusals.
#include "ServerTest.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/Client.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/xep0030_disco/DiscoModule.h"
#include "xmpp/modules/xep0045_muc/MucModule.h"

#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

class MucTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roomLife();
    void moderationAndConfiguration();
    void invitationsBothWays();

private:
    struct Member
    {
        std::unique_ptr<Client> client;
        MucModule* muc = nullptr;
    };
    Member signIn(const QString& user, const QString& resource);

    ProsodyServer m_prosody;
};

void MucTest::initTestCase()
{
    PALAVER_START_SERVER(m_prosody,
        (QList<ServerAccount> {{u"ann"_s, u"pw-ann"_s}, {u"ben"_s, u"pw-ben"_s},
            {u"carl"_s, u"pw-carl"_s}, {u"dora"_s, u"pw-dora"_s}}));
}

MucTest::Member MucTest::signIn(const QString& user, const QString& resource)
{
    ConnectionSettings settings = m_prosody.settingsFor(user);
    settings.jid = settings.jid.withResource(resource);
    Member member;
    member.client = makeTestClient(settings);
    member.muc = new MucModule;
    member.client->addModule(member.muc);
    member.client->connectToServer();
    if (!waitForState(*member.client, Client::State::Connected)) {
        return {};
    }
    return member;
}

void MucTest::roomLife()
{
    const Jid coven = Jid::fromString(u"coven@"_s + m_prosody.mucDomain());
    Member ann = signIn(u"ann"_s, u"pc"_s);
    Member ben = signIn(u"ben"_s, u"pc"_s);
    Member carl = signIn(u"carl"_s, u"pc"_s);
    QVERIFY(ann.client && ben.client && carl.client);

    // Ann creates the room by joining it; she owns it.
    MucRoom* annRoom = ann.muc->room(coven);
    QSignalSpy annJoined(annRoom, &MucRoom::joined);
    annRoom->join(u"Ann"_s);
    QVERIFY(annJoined.wait(10000));
    QCOMPARE(annRoom->state(), MucRoom::State::Joined);
    QCOMPARE(annRoom->occupants().value(u"Ann"_s).affiliation, MucAffiliation::Owner);
    QCOMPARE(annRoom->occupants().value(u"Ann"_s).role, MucRole::Moderator);

    // Ben joins and sees Ann; Ann sees him arrive.
    QSignalSpy arrived(annRoom, &MucRoom::occupantJoined);
    MucRoom* benRoom = ben.muc->room(coven);
    QSignalSpy benJoined(benRoom, &MucRoom::joined);
    benRoom->join(u"Ben"_s);
    QVERIFY(benJoined.wait(10000));
    QVERIFY(benRoom->occupants().contains(u"Ann"_s));
    QCOMPARE(benRoom->occupants().value(u"Ben"_s).role, MucRole::Participant);
    QTRY_COMPARE(arrived.size(), 1);
    QCOMPARE(arrived.first().first().toString(), u"Ben"_s);

    // Carl cannot take Ben's nickname.
    MucRoom* carlRoom = carl.muc->room(coven);
    QSignalSpy refused(carlRoom, &MucRoom::joinFailed);
    carlRoom->join(u"Ben"_s);
    QVERIFY(refused.wait(10000));
    QCOMPARE(
        refused.first().first().value<StanzaError>().condition(), StanzaError::Condition::Conflict);
    QCOMPARE(carlRoom->state(), MucRoom::State::Left);

    // Prosody's room says it stamps stanza-ids (XEP-0359 §4), so Ben believes them.
    std::optional<DiscoInfo> roomInfo;
    ben.client->findModule<DiscoModule>()->requestInfo(
        coven, {}, this, [&](const std::optional<DiscoInfo>& info, const StanzaError&) {
            roomInfo = info.value_or(DiscoInfo());
        });
    QTRY_VERIFY(roomInfo.has_value());
    QVERIFY(roomInfo->hasFeature(Ns::StanzaIds));
    benRoom->setStampsStanzaIds(true);

    // A message reaches Ben, and comes back to Ann as her own.
    QSignalSpy benMessages(benRoom, &MucRoom::messageReceived);
    QSignalSpy annMessages(annRoom, &MucRoom::messageReceived);
    const QString id = annRoom->sendMessage(u"Hello room"_s);
    QVERIFY(benMessages.wait(10000));
    const auto heard = benMessages.first().first().value<MucMessage>();
    QCOMPARE(heard.nick, u"Ann"_s);
    QCOMPARE(heard.body, u"Hello room"_s);
    QVERIFY(!heard.own && !heard.history);
    QVERIFY(!heard.stanzaId.isEmpty()); // Prosody's room stamps its archive id
    QTRY_COMPARE(annMessages.size(), 1);
    const auto echo = annMessages.first().first().value<MucMessage>();
    QVERIFY(echo.own);
    QCOMPARE(echo.id, id);

    // The subject.
    QSignalSpy subject(benRoom, &MucRoom::subjectChanged);
    annRoom->setSubject(u"Plans for Saturday"_s);
    QVERIFY(subject.wait(10000));
    QCOMPARE(benRoom->subject(), u"Plans for Saturday"_s);
    QCOMPARE(subject.first().at(1).toString(), u"Ann"_s);

    // Ben becomes Benny; Ann sees a rename, not a departure.
    QSignalSpy renamed(annRoom, &MucRoom::occupantRenamed);
    QSignalSpy benNick(benRoom, &MucRoom::nickChanged);
    benRoom->changeNick(u"Benny"_s);
    QVERIFY(renamed.wait(10000));
    QCOMPARE(renamed.first().at(1).toString(), u"Benny"_s);
    QTRY_COMPARE(benRoom->nick(), u"Benny"_s);
    QTRY_VERIFY(annRoom->occupants().contains(u"Benny"_s));
    QVERIFY(!annRoom->occupants().contains(u"Ben"_s));

    // Carl, joining late under his own name, gets the history and the subject.
    QSignalSpy history(carlRoom, &MucRoom::messageReceived);
    QSignalSpy carlSubject(carlRoom, &MucRoom::subjectChanged);
    carlRoom->join(u"Carl"_s);
    QVERIFY(carlSubject.wait(10000));
    QCOMPARE(carlRoom->subject(), u"Plans for Saturday"_s);
    QCOMPARE(history.size(), 1);
    QVERIFY(history.first().first().value<MucMessage>().history);
    QCOMPARE(carlRoom->occupants().size(), 3);

    // A groupchat message straight from Ben's account is not the room speaking.
    QSignalSpy forged(annRoom, &MucRoom::messageReceived);
    Message fake(Message::Type::GroupChat, ann.client->jid(), u"I am the room"_s);
    ben.client->send(fake);
    QTest::qWait(300);
    QVERIFY(forged.isEmpty());

    // Ben leaves; Ann sees him go.
    QSignalSpy left(annRoom, &MucRoom::occupantLeft);
    QSignalSpy benExit(benRoom, &MucRoom::exited);
    benRoom->leave(u"Bye"_s);
    QCOMPARE(benExit.size(), 1);
    QCOMPARE(benExit.first().first().value<MucRoom::Exit>(), MucRoom::Exit::Left);
    QTRY_COMPARE(left.size(), 1);
    QCOMPARE(left.first().first().toString(), u"Benny"_s);
    QCOMPARE(benRoom->state(), MucRoom::State::Left);
}

namespace {
// What joinRefusal() says when the room let us in.
constexpr auto Joined = StanzaError::Condition(-1);

std::optional<StanzaError> waitForDone(
    MucRoom* room, const std::function<void(QObject*, MucRoom::Done)>& call)
{
    std::optional<std::optional<StanzaError>> outcome;
    call(room, [&outcome](const std::optional<StanzaError>& error) { outcome = error; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000)) {
        return StanzaError(StanzaError::Type::Wait, StanzaError::Condition::RemoteServerTimeout);
    }
    return *outcome;
}

StanzaError::Condition joinRefusal(MucRoom* room, const QString& nick, const QString& password)
{
    QSignalSpy refused(room, &MucRoom::joinFailed);
    QSignalSpy joined(room, &MucRoom::joined);
    room->join(nick, password);
    if (!QTest::qWaitFor([&] { return !refused.isEmpty() || !joined.isEmpty(); }, 10000)) {
        return StanzaError::Condition::RemoteServerTimeout;
    }
    return refused.isEmpty() ? Joined : refused.first().first().value<StanzaError>().condition();
}
} // namespace

void MucTest::moderationAndConfiguration()
{
    const Jid council = Jid::fromString(u"council@"_s + m_prosody.mucDomain());
    Member ann = signIn(u"ann"_s, u"mod"_s);
    Member ben = signIn(u"ben"_s, u"mod"_s);
    Member carl = signIn(u"carl"_s, u"mod"_s);
    Member dora = signIn(u"dora"_s, u"mod"_s);
    QVERIFY(ann.client && ben.client && carl.client && dora.client);
    MucRoom* annRoom = ann.muc->room(council);
    MucRoom* benRoom = ben.muc->room(council);
    MucRoom* carlRoom = carl.muc->room(council);
    QCOMPARE(joinRefusal(annRoom, u"Ann"_s, {}), Joined);
    QVERIFY(annRoom->isOwner() && annRoom->canModerate() && annRoom->canChangeAffiliations());
    QCOMPARE(joinRefusal(benRoom, u"Ben"_s, {}), Joined);
    QCOMPARE(joinRefusal(carlRoom, u"Carl"_s, {}), Joined);
    QVERIFY(!benRoom->canModerate() && !benRoom->canChangeAffiliations());

    // Ben loses his voice: he sees it, and the room refuses what he says.
    QSignalSpy benChanged(benRoom, &MucRoom::occupantChanged);
    QVERIFY(!waitForDone(annRoom, [&](QObject* context, MucRoom::Done done) {
        annRoom->setRole(u"Ben"_s, MucRole::Visitor, u"Calm down"_s, context, done);
    }));
    QTRY_COMPARE(benRoom->occupants().value(u"Ben"_s).role, MucRole::Visitor);
    QSignalSpy benErrors(benRoom, &MucRoom::errorReceived);
    const QString unheard = benRoom->sendMessage(u"Let me speak"_s);
    QVERIFY(benErrors.wait(10000));
    QCOMPARE(benErrors.first().first().toString(), unheard);
    QCOMPARE(benErrors.first().at(1).value<StanzaError>().condition(),
        StanzaError::Condition::Forbidden);

    // Ben may not kick anyone.
    const std::optional<StanzaError> notAllowed
        = waitForDone(benRoom, [&](QObject* context, MucRoom::Done done) {
              benRoom->setRole(u"Carl"_s, MucRole::None, {}, context, done);
          });
    QVERIFY(notAllowed);
    QVERIFY(notAllowed->condition() != StanzaError::Condition::RemoteServerTimeout);

    // Carl is kicked with a reason, comes back, and is banned.
    QSignalSpy carlExit(carlRoom, &MucRoom::exited);
    QVERIFY(!waitForDone(annRoom, [&](QObject* context, MucRoom::Done done) {
        annRoom->setRole(u"Carl"_s, MucRole::None, u"Spam"_s, context, done);
    }));
    QTRY_COMPARE(carlExit.size(), 1);
    QCOMPARE(carlExit.first().first().value<MucRoom::Exit>(), MucRoom::Exit::Kicked);
    QCOMPARE(carlExit.first().at(1).toString(), u"Spam"_s);
    QCOMPARE(joinRefusal(carlRoom, u"Carl"_s, {}), Joined);
    QVERIFY(!waitForDone(annRoom, [&](QObject* context, MucRoom::Done done) {
        annRoom->setAffiliation(
            carl.client->jid(), MucAffiliation::Outcast, u"Enough"_s, context, done);
    }));
    QTRY_COMPARE(carlExit.size(), 2);
    QCOMPARE(carlExit.last().first().value<MucRoom::Exit>(), MucRoom::Exit::Banned);
    QCOMPARE(joinRefusal(carlRoom, u"Carl"_s, {}), StanzaError::Condition::Forbidden);

    // Ann makes the room members-only with a password; Ben becomes a member first.
    QVERIFY(!waitForDone(annRoom, [&](QObject* context, MucRoom::Done done) {
        annRoom->setAffiliation(ben.client->jid(), MucAffiliation::Member, {}, context, done);
    }));
    QTRY_COMPARE(benRoom->occupants().value(u"Ben"_s).affiliation, MucAffiliation::Member);
    std::optional<DataForm> form;
    annRoom->requestConfiguration(
        this, [&form](const std::optional<DataForm>& received, const StanzaError&) {
            form = received.value_or(DataForm {});
        });
    QTRY_VERIFY_WITH_TIMEOUT(form.has_value(), 10000);
    QVERIFY(form->field(u"muc#roomconfig_membersonly"));
    QVERIFY(form->field(u"muc#roomconfig_roomsecret"));
    form->field(u"muc#roomconfig_membersonly")->values = {u"1"_s};
    form->field(u"muc#roomconfig_roomsecret")->values = {u"sesame"_s};
    QVERIFY(!waitForDone(annRoom, [&](QObject* context, MucRoom::Done done) {
        annRoom->submitConfiguration(*form, context, done);
    }));

    // Dora is no member; Ben needs the password.
    MucRoom* doraRoom = dora.muc->room(council);
    QCOMPARE(joinRefusal(doraRoom, u"Dora"_s, u"sesame"_s),
        StanzaError::Condition::RegistrationRequired);
    QSignalSpy benExit(benRoom, &MucRoom::exited);
    benRoom->leave();
    QCOMPARE(benExit.size(), 1);
    QCOMPARE(joinRefusal(benRoom, u"Ben"_s, {}), StanzaError::Condition::NotAuthorized);
    QCOMPARE(joinRefusal(benRoom, u"Ben"_s, u"sesame"_s), Joined);
    QCOMPARE(benRoom->occupants().value(u"Ben"_s).affiliation, MucAffiliation::Member);
}

void MucTest::invitationsBothWays()
{
    const Jid parlour = Jid::fromString(u"parlour@"_s + m_prosody.mucDomain());
    Member ann = signIn(u"ann"_s, u"inv"_s);
    Member ben = signIn(u"ben"_s, u"inv"_s);
    Member carl = signIn(u"carl"_s, u"inv"_s);
    QVERIFY(ann.client && ben.client && carl.client);
    QCOMPARE(joinRefusal(ann.muc->room(parlour), u"Ann"_s, u"secret"_s), Joined);
    // Invitations go to the bare address: only a resource that is available receives them.
    for (Member* member : {&ben, &carl}) {
        member->client->send(Presence(Presence::Type::Available));
    }
    QTest::qWait(200);

    // Through the room: Ben hears it from the room, names Ann, and declines.
    QSignalSpy benInvited(ben.muc, &MucModule::invitationReceived);
    QSignalSpy declined(ann.muc, &MucModule::invitationDeclined);
    ann.muc->invite(parlour, ben.client->jid(), u"Tea at five"_s);
    QVERIFY(benInvited.wait(10000));
    const auto mediated = benInvited.first().first().value<MucInvitation>();
    QVERIFY(mediated.mediated);
    QCOMPARE(mediated.room, parlour);
    // Prosody's rooms hide real addresses by default: Ann is named by her place in the room.
    QVERIFY(mediated.inviter == parlour.withResource(u"Ann"_s)
        || mediated.inviter.bare() == ann.client->jid().bare());
    QCOMPARE(mediated.reason, u"Tea at five"_s);
    ben.muc->decline(mediated, u"Busy"_s);
    QVERIFY(declined.wait(10000));
    QCOMPARE(declined.first().at(1).value<Jid>(), ben.client->jid().bare());
    QCOMPARE(declined.first().at(2).toString(), u"Busy"_s);

    // Directly: Carl gets the room and its password from Ann herself, and gets in with them.
    QSignalSpy carlInvited(carl.muc, &MucModule::invitationReceived);
    ann.muc->invite(parlour, carl.client->jid(), u"Join us"_s, true);
    QVERIFY(carlInvited.wait(10000));
    const auto direct = carlInvited.first().first().value<MucInvitation>();
    QVERIFY(!direct.mediated);
    QCOMPARE(direct.inviter, ann.client->jid().bare());
    QCOMPARE(direct.password, u"secret"_s);
    QCOMPARE(joinRefusal(carl.muc->room(direct.room), u"Carl"_s, direct.password), Joined);
}

QTEST_GUILESS_MAIN(MucTest)
#include "tst_muc.moc"

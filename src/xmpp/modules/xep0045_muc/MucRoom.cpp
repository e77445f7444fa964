#include "MucRoom.h"

#include "../../Client.h"
#include "../../core/EnumNames.h"
#include "../../core/Namespaces.h"
#include "../messaging/MessageExtensions.h"
#include "../messaging/MessageReferences.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

namespace {

// XEP-0045 §5: roles and affiliations as items name them; "none" is the default for both.
constexpr auto roleNames = std::to_array<EnumName<MucRole>>({
    {MucRole::None, u"none"},
    {MucRole::Visitor, u"visitor"},
    {MucRole::Participant, u"participant"},
    {MucRole::Moderator, u"moderator"},
});

constexpr auto affiliationNames = std::to_array<EnumName<MucAffiliation>>({
    {MucAffiliation::None, u"none"},
    {MucAffiliation::Outcast, u"outcast"},
    {MucAffiliation::Member, u"member"},
    {MucAffiliation::Admin, u"admin"},
    {MucAffiliation::Owner, u"owner"},
});

MucRole roleFrom(QStringView text)
{
    return valueOf(roleNames, text).value_or(MucRole::None);
}

MucAffiliation affiliationFrom(QStringView text)
{
    return valueOf(affiliationNames, text).value_or(MucAffiliation::None);
}

QList<int> statusCodes(const XmlElement& x)
{
    QList<int> codes;
    for (const XmlElement& status : x.childElements(u"status", Ns::MucUser)) {
        bool ok = false;
        const int code = status.attribute(u"code").toInt(&ok);
        if (ok) {
            codes.append(code);
        }
    }
    return codes;
}

} // namespace

MucRoom::MucRoom(Client& client, const Jid& room, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_jid(room.bare())
{ }

void MucRoom::join(const QString& nick, const QString& password, int historyStanzas,
    const std::optional<QDateTime>& historySince)
{
    const Jid occupant = m_jid.withResource(nick);
    if (!occupant.isValid()) {
        Q_EMIT joinFailed(StanzaError(StanzaError::Type::Modify,
            StanzaError::Condition::JidMalformed, u"not a usable nickname"_s));
        return;
    }
    m_nick = nick;
    m_password = password;
    m_state = State::Joining;
    m_historyPhase = true;
    m_created = false;
    m_occupants.clear();
    Presence presence = ownPresence(occupant);
    XmlElement x(u"x"_s, Ns::Muc);
    XmlElement history(u"history"_s, Ns::Muc);
    if (historySince && historySince->isValid()) {
        // XEP-0045 §7.2.14, with an XEP-0082 stamp.
        history.setAttribute(u"since"_s, historySince->toUTC().toString(Qt::ISODate));
    } else {
        history.setAttribute(u"maxstanzas"_s, QString::number(qMax(0, historyStanzas)));
    }
    x.appendChild(history);
    if (!password.isEmpty()) {
        x.appendTextChild(u"password"_s, Ns::Muc, password);
    }
    presence.appendPayload(x);
    m_client.send(presence);
}

void MucRoom::setOwnPresence(Presence::Show show, const QString& status)
{
    if (show == m_show && status == m_status) {
        return;
    }
    m_show = show;
    m_status = status;
    if (m_state != State::Joined) {
        return;
    }
    // §7.7: a change of availability is presence sent to our occupant address.
    m_client.send(ownPresence(m_jid.withResource(m_nick)));
}

Presence MucRoom::ownPresence(const Jid& occupant) const
{
    Presence presence(Presence::Type::Available, occupant);
    presence.setShow(m_show);
    if (!m_status.isEmpty()) {
        presence.setStatus(m_status);
    }
    return presence;
}

void MucRoom::rejoin()
{
    if (m_archived) {
        join(m_nick, m_password, 0); // the archive, read after joining, fills the gap
    } else {
        join(m_nick, m_password, 0, m_lastHeard);
    }
}

QString MucRoom::sendMessage(const QString& body, const QString& id)
{
    Message message(Message::Type::GroupChat, m_jid, body);
    if (!id.isEmpty()) {
        message.setId(id);
        setOriginId(message, id); // XEP-0359: rooms that rewrite ids keep this one
    }
    return m_client.send(message);
}

QString MucRoom::sendMessage(Message message)
{
    message.setType(Message::Type::GroupChat);
    message.setTo(m_jid);
    return m_client.send(message);
}

void MucRoom::moderate(const QString& stanzaId, const QString& reason, QObject* context, Done done)
{
    Iq request(
        Iq::Type::Set, moderationRequest(stanzaId, reason, m_moderation == Moderation::Current));
    request.setTo(m_jid);
    m_client.sendIq(request, context, [done = std::move(done)](const IqResult& result) {
        done(result.isSuccess() ? std::nullopt : std::optional<StanzaError>(result.error));
    });
}

void MucRoom::setSubject(const QString& subject)
{
    Message message(Message::Type::GroupChat, m_jid);
    message.setSubject(subject);
    m_client.send(message);
}

void MucRoom::changeNick(const QString& nick)
{
    const Jid occupant = m_jid.withResource(nick);
    if (occupant.isValid() && m_state == State::Joined) {
        m_client.send(ownPresence(occupant));
    }
}

void MucRoom::leave(const QString& status)
{
    if (m_state == State::Left) {
        return;
    }
    Presence presence(Presence::Type::Unavailable, m_jid.withResource(m_nick));
    if (!status.isEmpty()) {
        presence.setStatus(status);
    }
    m_client.send(presence);
    // Out at once, not when the room confirms: a connection lost meanwhile must not bring
    // us back in (the module rejoins every room not left).
    m_state = State::Left;
    m_occupants.clear();
    Q_EMIT exited(Exit::Left, {});
}

void MucRoom::selfPing()
{
    if (m_state != State::Joined || m_pinging) {
        return;
    }
    m_pinging = true;
    Iq ping(Iq::Type::Get, XmlElement(u"ping"_s, Ns::Ping));
    ping.setTo(m_jid.withResource(m_nick));
    m_client.sendIq(ping, this, [this](const IqResult& result) {
        m_pinging = false;
        if (result.isSuccess() || m_state != State::Joined) {
            m_lastHeard = QDateTime::currentDateTimeUtc(); // asked: no need to ask again soon
            return;
        }
        // §4.2: our own client not answering pings still means we are in; no answer at all
        // says nothing; the room saying we are no occupant means we were dropped.
        switch (result.error.condition()) {
        case StanzaError::Condition::NotAcceptable:
        case StanzaError::Condition::ItemNotFound:
        case StanzaError::Condition::BadRequest:
            m_state = State::Left;
            m_occupants.clear();
            Q_EMIT exited(Exit::Error, {});
            rejoin();
            break;
        default:
            m_lastHeard = QDateTime::currentDateTimeUtc();
            break;
        }
    });
}

QString MucRoom::sendPrivateMessage(const QString& nick, const QString& body)
{
    Message message(Message::Type::Chat, m_jid.withResource(nick), body);
    // §7.5: marks the message as private within the room, so servers and carbons treat it so.
    message.appendPayload(XmlElement(u"x"_s, Ns::MucUser));
    return m_client.send(message);
}

const MucOccupant* MucRoom::self() const
{
    const auto it = m_occupants.constFind(m_nick);
    return it == m_occupants.cend() || m_state != State::Joined ? nullptr : &*it;
}

bool MucRoom::canSpeak() const
{
    const MucOccupant* me = self();
    return me && me->role >= MucRole::Participant;
}

bool MucRoom::canModerate() const
{
    const MucOccupant* me = self();
    return me && me->role == MucRole::Moderator;
}

bool MucRoom::canChangeAffiliations() const
{
    const MucOccupant* me = self();
    return me
        && (me->affiliation == MucAffiliation::Admin || me->affiliation == MucAffiliation::Owner);
}

bool MucRoom::isOwner() const
{
    const MucOccupant* me = self();
    return me && me->affiliation == MucAffiliation::Owner;
}

void MucRoom::setRole(
    const QString& nick, MucRole role, const QString& reason, QObject* context, Done done)
{
    XmlElement item(u"item"_s, Ns::MucAdmin);
    item.setAttribute(u"nick"_s, nick);
    item.setAttribute(u"role"_s, nameOf(roleNames, role));
    if (!reason.isEmpty()) {
        item.appendTextChild(u"reason"_s, Ns::MucAdmin, reason);
    }
    sendAdminItem(item, context, std::move(done));
}

void MucRoom::setAffiliation(
    const Jid& user, MucAffiliation affiliation, const QString& reason, QObject* context, Done done)
{
    XmlElement item(u"item"_s, Ns::MucAdmin);
    item.setAttribute(u"jid"_s, user.bare().toString());
    item.setAttribute(u"affiliation"_s, nameOf(affiliationNames, affiliation));
    if (!reason.isEmpty()) {
        item.appendTextChild(u"reason"_s, Ns::MucAdmin, reason);
    }
    sendAdminItem(item, context, std::move(done));
}

void MucRoom::sendAdminItem(const XmlElement& item, QObject* context, Done done)
{
    XmlElement query(u"query"_s, Ns::MucAdmin);
    query.appendChild(item);
    Iq request(Iq::Type::Set, query);
    request.setTo(m_jid);
    m_client.sendIq(request, context, [done = std::move(done)](const IqResult& result) {
        done(result.isSuccess() ? std::nullopt : std::optional<StanzaError>(result.error));
    });
}

void MucRoom::requestMembers(QObject* context, std::function<void(const QList<Jid>&)> done)
{
    // One list per affiliation (§9.5, §10.5, §10.8); a list the room will not show is empty.
    auto members = std::make_shared<QList<Jid>>();
    auto left = std::make_shared<int>(3);
    for (const MucAffiliation affiliation :
        {MucAffiliation::Member, MucAffiliation::Admin, MucAffiliation::Owner}) {
        XmlElement item(u"item"_s, Ns::MucAdmin);
        item.setAttribute(u"affiliation"_s, nameOf(affiliationNames, affiliation));
        XmlElement query(u"query"_s, Ns::MucAdmin);
        query.appendChild(item);
        Iq request(Iq::Type::Get, query);
        request.setTo(m_jid);
        m_client.sendIq(request, context, [members, left, done](const IqResult& result) {
            for (const XmlElement& listed : result.response.payload(u"query", Ns::MucAdmin)
                                                .childElements(u"item", Ns::MucAdmin)) {
                const Jid jid = Jid::fromString(listed.attribute(u"jid")).bare();
                if (jid.isValid() && !jid.isDomainOnly() && !members->contains(jid)) {
                    members->append(jid);
                }
            }
            if (--*left == 0) {
                done(*members);
            }
        });
    }
}

void MucRoom::requestConfiguration(QObject* context,
    std::function<void(const std::optional<DataForm>& form, const StanzaError& error)> done)
{
    Iq request(Iq::Type::Get, XmlElement(u"query"_s, Ns::MucOwner));
    request.setTo(m_jid);
    m_client.sendIq(request, context, [done = std::move(done)](const IqResult& result) {
        if (!result.isSuccess()) {
            done(std::nullopt, result.error);
            return;
        }
        const XmlElement x = result.response.payload().firstChild(u"x", Ns::DataForms);
        const std::optional<DataForm> form = DataForm::fromElement(x);
        done(form,
            form ? StanzaError()
                 : StanzaError(StanzaError::Type::Cancel,
                     StanzaError::Condition::UndefinedCondition, u"no configuration form"_s));
    });
}

void MucRoom::submitConfiguration(const DataForm& form, QObject* context, Done done)
{
    XmlElement query(u"query"_s, Ns::MucOwner);
    query.appendChild(form.toSubmitElement());
    Iq request(Iq::Type::Set, query);
    request.setTo(m_jid);
    m_client.sendIq(request, context, [done = std::move(done)](const IqResult& result) {
        done(result.isSuccess() ? std::nullopt : std::optional<StanzaError>(result.error));
    });
}

// XEP-0045 §10.1.2: a room we created stays locked until configured; we take the defaults.
void MucRoom::acceptInstantRoom()
{
    XmlElement query(u"query"_s, Ns::MucOwner);
    XmlElement form(u"x"_s, Ns::DataForms);
    form.setAttribute(u"type"_s, u"submit"_s);
    query.appendChild(form);
    Iq request(Iq::Type::Set, query);
    request.setTo(m_jid);
    m_client.sendIq(request, this, [this](const IqResult& result) {
        if (result.isSuccess()) {
            Q_EMIT joined();
            return;
        }
        m_state = State::Left;
        Q_EMIT joinFailed(result.error);
    });
}

void MucRoom::handlePresence(const Presence& presence)
{
    m_lastHeard = QDateTime::currentDateTimeUtc();
    if (m_state == State::Left) {
        return; // what the room still says after we left (or were refused) is not ours
    }
    const QString nick = presence.from().resource();
    if (presence.type() == Presence::Type::Error) {
        if (m_state == State::Joining) {
            m_state = State::Left;
            Q_EMIT joinFailed(presence.error());
        }
        return;
    }
    if (nick.isEmpty()) {
        return;
    }
    const XmlElement x = presence.payload(u"x", Ns::MucUser);
    const XmlElement item = x.firstChild(u"item", Ns::MucUser);
    const QList<int> codes = statusCodes(x);
    // §7.2.3: 110 marks our own presence; a room that omits it still uses our nickname.
    const bool self = codes.contains(110) || (nick == m_nick && m_state == State::Joining);

    if (presence.type() == Presence::Type::Unavailable) {
        if (self) {
            handleSelfUnavailable(codes, item);
            return;
        }
        if (!m_occupants.remove(nick)) {
            return;
        }
        const QString newNick = item.attribute(u"nick");
        if (codes.contains(303) && !newNick.isEmpty()) {
            Q_EMIT occupantRenamed(nick, newNick);
        } else {
            Q_EMIT occupantLeft(
                nick, exitFrom(codes), item.firstChild(u"reason", Ns::MucUser).text());
        }
        return;
    }
    if (presence.type() != Presence::Type::Available) {
        return;
    }
    MucOccupant occupant;
    occupant.nick = nick;
    occupant.role = roleFrom(item.attribute(u"role"));
    occupant.affiliation = affiliationFrom(item.attribute(u"affiliation"));
    occupant.realJid = Jid::fromString(item.attribute(u"jid")).bare();
    occupant.show = presence.show();
    occupant.status = presence.status();
    const bool known = m_occupants.contains(nick);
    m_occupants.insert(nick, occupant);
    if (self) {
        if (m_nick != nick) {
            m_nick = nick; // the room may change the nickname we asked for (210)
            Q_EMIT nickChanged(nick);
        }
        if (m_state == State::Joining) {
            m_state = State::Joined;
            if (codes.contains(201)) {
                m_created = true;
                acceptInstantRoom(); // joined() once the room is open to others too
            } else {
                Q_EMIT joined();
            }
            return;
        }
    }
    if (known) {
        Q_EMIT occupantChanged(nick);
    } else {
        Q_EMIT occupantJoined(nick);
    }
}

void MucRoom::handleSelfUnavailable(const QList<int>& codes, const XmlElement& item)
{
    const QString newNick = item.attribute(u"nick");
    if (codes.contains(303) && !newNick.isEmpty()) {
        // Our nickname change: the available presence with the new one follows.
        m_occupants.remove(m_nick);
        const QString oldNick = std::exchange(m_nick, newNick);
        Q_EMIT occupantRenamed(oldNick, newNick);
        Q_EMIT nickChanged(newNick);
        return;
    }
    if (m_state == State::Joining && exitFrom(codes) == Exit::Left) {
        return; // the room confirming an earlier leave, arriving while we join again
    }
    const QString reason = item.firstChild(u"reason", Ns::MucUser).text();
    m_state = State::Left;
    m_occupants.clear();
    Q_EMIT exited(exitFrom(codes), reason);
}

MucRoom::Exit MucRoom::exitFrom(const QList<int>& codes)
{
    if (codes.contains(307)) {
        return Exit::Kicked;
    }
    if (codes.contains(301)) {
        return Exit::Banned;
    }
    if (codes.contains(321)) {
        return Exit::AffiliationChanged;
    }
    if (codes.contains(322)) {
        return Exit::MembersOnly;
    }
    return codes.contains(332) ? Exit::Shutdown : Exit::Left;
}

Jid MucRoom::authorOf(const Message& message)
{
    return Jid::fromString(
        message.payload(u"x", Ns::MucUser).firstChild(u"item", Ns::MucUser).attribute(u"jid"))
        .bare();
}

void MucRoom::handleMessage(const Message& message)
{
    m_lastHeard = QDateTime::currentDateTimeUtc();
    if (message.type() == Message::Type::Error) {
        Q_EMIT errorReceived(message.id(), message.error());
        return;
    }
    if (message.type() != Message::Type::GroupChat) {
        return; // private messages and invitations are not the room's conversation
    }
    const QString nick = message.from().resource();
    // §10.2.1: the room's own word that its configuration changed (status 104).
    if (nick.isEmpty()) {
        for (const XmlElement& status :
            message.payload(u"x", Ns::MucUser).childElements(u"status", Ns::MucUser)) {
            if (status.attribute(u"code") == u"104") {
                Q_EMIT configurationChanged();
            }
        }
    }
    const XmlElement subject = message.payload(u"subject", Ns::Client);
    if (!subject.isNull() && message.body().isEmpty()) {
        m_subject = subject.text();
        m_historyPhase = false; // §7.2.16: the subject comes after the history
        Q_EMIT subjectChanged(m_subject, nick);
        return;
    }
    if (message.body().isEmpty() && !actsOnAnother(message)) {
        return;
    }
    MucMessage received;
    received.nick = nick;
    received.stanza = message;
    received.body = message.body();
    received.id = message.id();
    received.stanzaId = m_stampsStanzaIds ? stanzaIdBy(message, m_jid) : QString();
    received.timestamp = QDateTime::currentDateTimeUtc();
    // XEP-0045 §7.2.15: history is what the room itself stamps, before the subject comes.
    // Anyone else's delay is a claim, which never orders the room's conversation.
    if (const std::optional<Delay> delay = delayOf(message.element())) {
        if (delay->from == m_jid && m_historyPhase) {
            received.history = true;
            received.timestamp = delay->stamp;
        } else {
            received.sentAt = delay->stamp;
        }
    }
    received.own = !nick.isEmpty() && nick == m_nick;
    if (received.history) {
        // Said before we came: who holds the nickname now need not be who wrote it.
        received.realJid = authorOf(message);
    } else if (const auto occupant = m_occupants.constFind(nick); occupant != m_occupants.cend()) {
        received.realJid = occupant->realJid;
    }
    Q_EMIT messageReceived(received);
}

} // namespace Palaver::Xmpp

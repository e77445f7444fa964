#include "DemoPeer.h"

#include "DemoCard.h"
#include "DemoReply.h"
#include "xmpp/modules/avatars/AvatarModule.h"
#include "xmpp/modules/messaging/MessageModule.h"
#include "xmpp/modules/messaging/ReceivedMessage.h"
#include "xmpp/modules/presence/PresenceModule.h"
#include "xmpp/modules/xep0030_disco/DiscoModule.h"
#include "xmpp/modules/xep0045_muc/MucModule.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"
#include "xmpp/modules/xep0054_vcard/VCardModule.h"
#include "xmpp/modules/xep0085_chatstates/ChatStatesModule.h"
#include "xmpp/modules/xep0184_receipts/ReceiptsModule.h"
#include "xmpp/modules/xep0199_ping/PingModule.h"
#include "xmpp/modules/xep0333_markers/MarkersModule.h"

using namespace Qt::StringLiterals;

namespace Palaver::Demo {
namespace {
// How long someone takes to notice a message, and to type an answer of this length.
constexpr int ReadLowMs = 500;
constexpr int ReadHighMs = 1200;
int typingMs(const QString& text)
{
    return qBound(1200, int(text.size()) * 30, 3500);
}
// What to call someone we only know by address: "sam@localhost" is Sam.
QString nameOf(const Xmpp::Jid& jid)
{
    QString name = jid.local();
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper();
    }
    return name;
}
} // namespace

DemoPeer::DemoPeer(const DemoPersona& persona, const Xmpp::ConnectionSettings& settings,
    const DemoPeerOptions& options, QObject* parent)
    : QObject(parent)
    , m_persona(persona)
    , m_options(options)
    , m_presence(new Xmpp::PresenceModule)
    , m_chatStates(new Xmpp::ChatStatesModule)
    , m_markers(new Xmpp::MarkersModule)
    , m_receipts(new Xmpp::ReceiptsModule)
    , m_muc(new Xmpp::MucModule)
    , m_random(quint32(qHash(persona.user)))
{
    m_client.setSettings(settings);
    m_client.addModule(new Xmpp::DiscoModule);
    m_client.addModule(new Xmpp::PingModule);
    m_client.addModule(m_presence);
    auto* messages = new Xmpp::MessageModule;
    m_client.addModule(messages);
    m_client.addModule(m_chatStates);
    m_client.addModule(m_markers);
    m_client.addModule(m_receipts);
    m_client.addModule(new Xmpp::VCardModule);
    m_client.addModule(new Xmpp::AvatarModule);
    m_client.addModule(m_muc);
    if (!m_persona.moods.isEmpty()) {
        const DemoMood& mood = m_persona.moods.first();
        m_presence->setOwnPresence(mood.show, mood.status);
    }
    connect(&m_client, &Xmpp::Client::sessionStarted, this, &DemoPeer::onSessionStarted);
    connect(
        &m_client, &Xmpp::Client::errorOccurred, this, [this](const Xmpp::ConnectionError& error) {
            if (!m_signedIn) {
                Q_EMIT failed(m_persona.user + u": "_s + Xmpp::ConnectionError::kindName(error.kind)
                    + u" "_s + error.detail);
            }
        });
    connect(messages, &Xmpp::MessageModule::messageReceived, this, &DemoPeer::onMessage);
    connect(m_presence, &Xmpp::PresenceModule::presenceChanged, this,
        [this](const Xmpp::ContactPresence& presence) {
            if (!m_greeted && presence.available && m_options.greets.isValid()
                && presence.jid.bare() == m_options.greets.bare()) {
                m_greeted = true;
                greet(presence.jid.bare());
            }
        });
    m_moodTimer.setSingleShot(true);
    connect(&m_moodTimer, &QTimer::timeout, this, [this] {
        nextMood();
        scheduleMood();
    });
}

DemoPeer::~DemoPeer() = default;

bool DemoPeer::isInRoom() const
{
    return m_room && m_room->state() == Xmpp::MucRoom::State::Joined;
}

void DemoPeer::start()
{
    m_client.connectToServer();
}

void DemoPeer::stop()
{
    m_moodTimer.stop();
    if (m_client.isConnected()) {
        m_presence->sendUnavailable();
    }
    m_client.disconnectFromServer();
}

void DemoPeer::onSessionStarted(bool resumed)
{
    if (resumed) {
        return;
    }
    if (!m_profilePublished) {
        publishProfile();
    } else if (m_room) {
        m_room->rejoin();
    }
}

void DemoPeer::publishProfile()
{
    publishCard(m_client, m_persona, this, [this](const QString& error) {
        if (!error.isEmpty()) {
            Q_EMIT failed(m_persona.user + u": "_s + error);
            return;
        }
        m_profilePublished = true;
        m_signedIn = true;
        scheduleMood();
        Q_EMIT signedIn();
    });
}

void DemoPeer::enterRoom(const Xmpp::Jid& room)
{
    m_room = m_muc->room(room);
    connect(m_room, &Xmpp::MucRoom::joined, this, [this] {
        if (m_room->wasCreated()) {
            setUpRoom();
        } else {
            Q_EMIT roomReady();
        }
    });
    connect(m_room, &Xmpp::MucRoom::joinFailed, this, [this](const Xmpp::StanzaError& error) {
        Q_EMIT failed(m_persona.user + u": the room refused us: "_s + error.text());
    });
    connect(m_room, &Xmpp::MucRoom::messageReceived, this, &DemoPeer::onRoomMessage);
    if (!m_persona.moods.isEmpty()) {
        m_room->setOwnPresence(
            m_persona.moods.at(m_moodIndex).show, m_persona.moods.at(m_moodIndex).status);
    }
    m_room->join(m_persona.nick, {}, 0);
}

void DemoPeer::setUpRoom()
{
    // The first one in made the room: open it to everyone, keep it, and say what it is for.
    m_room->requestConfiguration(
        this, [this](const std::optional<Xmpp::DataForm>& received, const Xmpp::StanzaError&) {
            Xmpp::DataForm form = received.value_or(Xmpp::DataForm {});
            const QList<QPair<QString, QString>> choices = {
                {u"muc#roomconfig_roomname"_s, m_options.roomName},
                {u"muc#roomconfig_roomdesc"_s, u"Where the demo people hang out"_s},
                {u"muc#roomconfig_persistentroom"_s, u"1"_s},
                {u"muc#roomconfig_publicroom"_s, u"1"_s},
                {u"muc#roomconfig_enablearchiving"_s, u"1"_s},
            };
            for (const auto& [var, value] : choices) {
                if (Xmpp::DataFormField* field = form.field(var)) {
                    field->values = {value};
                }
            }
            m_room->submitConfiguration(
                form, this, [this](const std::optional<Xmpp::StanzaError>& error) {
                    if (error) {
                        Q_EMIT failed(
                            m_persona.user + u": the room kept its defaults: "_s + error->text());
                        return;
                    }
                    m_room->setSubject(u"Welcome to the Palaver demo. Say hello!"_s);
                    Q_EMIT roomReady();
                });
        });
}

void DemoPeer::sayInRoom(const QString& text)
{
    if (isInRoom()) {
        m_room->sendMessage(text);
    }
}

void DemoPeer::sendChat(const Xmpp::Jid& to, const QString& body)
{
    m_client.send(Xmpp::Message(Xmpp::Message::Type::Chat, to, body));
}

void DemoPeer::nextMood()
{
    if (m_persona.moods.size() < 2) {
        return;
    }
    m_moodIndex = (m_moodIndex + 1) % int(m_persona.moods.size());
    const DemoMood& mood = m_persona.moods.at(m_moodIndex);
    m_presence->setOwnPresence(mood.show, mood.status);
    if (m_room) {
        m_room->setOwnPresence(mood.show, mood.status);
    }
}

void DemoPeer::scheduleMood()
{
    m_moodTimer.start(int(jitter(45000, 120000) / qMax(0.01, m_options.speed)));
}

int DemoPeer::jitter(int lowMs, int highMs)
{
    return int(m_random.bounded(lowMs, highMs + 1));
}

void DemoPeer::onMessage(const Xmpp::ReceivedMessage& received)
{
    const Xmpp::Message& message = received.message;
    if (!m_options.answers || received.outgoing
        || received.origin != Xmpp::ReceivedMessage::Origin::Live
        || message.type() == Xmpp::Message::Type::GroupChat
        || message.type() == Xmpp::Message::Type::Error || message.body().isEmpty()
        || m_options.fellows.contains(message.from().bare())) {
        return;
    }
    const Xmpp::Jid from = message.from();
    if (Xmpp::ReceiptsModule::requestsReceipt(message)) {
        m_receipts->sendReceipt(from, message.id());
    }
    const bool markable = Xmpp::MarkersModule::isMarkable(message);
    const QString id = message.id();
    const Xmpp::Message::Type type = message.type();
    const QString reply
        = replyTo(m_persona, message.body(), nameOf(from), QTime::currentTime(), m_turn++);
    answerLater(
        [this, from, markable, id, type] {
            if (markable) {
                m_markers->sendDisplayed(from, id, type);
            }
            m_chatStates->sendState(from, Xmpp::ChatState::Composing);
        },
        reply, [this, from](const QString& text) { sendChat(from, text); });
}

void DemoPeer::greet(const Xmpp::Jid& to)
{
    const QString hello = u"Hi %1! I'm %2, one of the demo people. Write me anything: ask me "
                          "the time, or for a joke. The others are in the %3."_s.arg(
                              nameOf(to), m_persona.nick, m_options.roomName);
    answerLater([this, to] { m_chatStates->sendState(to, Xmpp::ChatState::Composing); }, hello,
        [this, to](const QString& text) { sendChat(to, text); });
}

void DemoPeer::onRoomMessage(const Xmpp::MucMessage& message)
{
    if (!m_options.answers || message.history || message.own || message.nick.isEmpty()
        || m_options.fellowNicks.contains(message.nick)
        || !message.body.contains(m_persona.nick, Qt::CaseInsensitive)) {
        return;
    }
    const QString reply = message.nick + u": "_s
        + replyTo(m_persona, message.body, message.nick, QTime::currentTime(), m_turn++);
    answerLater([] {}, reply, [this](const QString& text) { sayInRoom(text); });
}

void DemoPeer::answerLater(const std::function<void()>& startTyping, const QString& reply,
    const std::function<void(const QString&)>& send)
{
    const int readMs = jitter(ReadLowMs, ReadHighMs);
    QTimer::singleShot(readMs, this, [this, startTyping, reply, send] {
        if (!m_client.isConnected()) {
            return;
        }
        startTyping();
        QTimer::singleShot(typingMs(reply), this, [this, reply, send] {
            if (m_client.isConnected()) {
                send(reply);
            }
        });
    });
}

} // namespace Palaver::Demo

// DemoPeer: one demo contact, a real client on Palaver's XMPP core: signs in with a picture
// and a vCard, changes presence over time, answers messages (typing first, with receipts and
// read markers) and talks in the demo room.
#pragma once

#include "DemoPersona.h"
#include "xmpp/Client.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

namespace Palaver::Xmpp {
class ChatStatesModule;
class MarkersModule;
class MucModule;
class MucRoom;
class PresenceModule;
class ReceiptsModule;
struct MucMessage;
struct ReceivedMessage;
} // namespace Palaver::Xmpp

namespace Palaver::Demo {

struct DemoPeerOptions
{
    double speed = 1.0; // above 1, moods change faster
    bool answers = true;
    QString roomName; // what the room is called, should this one set it up
    // Says hello to this person the first time they come online.
    Xmpp::Jid greets;
    // Fellow demo people (bare JIDs): never answered, so two of them cannot talk forever.
    QSet<Xmpp::Jid> fellows;
    QSet<QString> fellowNicks; // the same in the room
};

class DemoPeer : public QObject
{
    Q_OBJECT

public:
    DemoPeer(const DemoPersona& persona, const Xmpp::ConnectionSettings& settings,
        const DemoPeerOptions& options, QObject* parent = nullptr);
    ~DemoPeer() override;

    const DemoPersona& persona() const { return m_persona; }
    Xmpp::Client& client() { return m_client; }
    bool isSignedIn() const { return m_signedIn; }
    bool isInRoom() const;

    // Signs in; signedIn() once the picture and vCard are published.
    void start();
    // Says goodbye and signs off.
    void stop();
    // Enters the room (which the first one in creates and sets up); roomReady() once in.
    void enterRoom(const Xmpp::Jid& room);
    void sayInRoom(const QString& text);
    void sendChat(const Xmpp::Jid& to, const QString& body);
    void nextMood();

Q_SIGNALS:
    void signedIn();
    void roomReady();
    void failed(const QString& reason);

private:
    void onSessionStarted(bool resumed);
    void publishProfile();
    void onMessage(const Xmpp::ReceivedMessage& received);
    void onRoomMessage(const Xmpp::MucMessage& message);
    void greet(const Xmpp::Jid& to);
    void setUpRoom();
    void answerLater(const std::function<void()>& startTyping, const QString& reply,
        const std::function<void(const QString&)>& send);
    void scheduleMood();
    int jitter(int lowMs, int highMs);

    DemoPersona m_persona;
    DemoPeerOptions m_options;
    Xmpp::Client m_client;
    Xmpp::PresenceModule* m_presence;
    Xmpp::ChatStatesModule* m_chatStates;
    Xmpp::MarkersModule* m_markers;
    Xmpp::ReceiptsModule* m_receipts;
    Xmpp::MucModule* m_muc;
    Xmpp::MucRoom* m_room = nullptr;
    QTimer m_moodTimer;
    QRandomGenerator m_random;
    int m_moodIndex = 0;
    int m_turn = 0;
    bool m_signedIn = false;
    bool m_profilePublished = false;
    bool m_greeted = false;
};

} // namespace Palaver::Demo

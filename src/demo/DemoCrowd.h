// DemoCrowd: the demo peers together: signs them all in, brings the cast into the room (the
// first one creates and sets it up), has them talk there now and then, and, as a load
// generator, sends bursts of messages from all of them.
#pragma once

#include "DemoEnvironment.h"
#include "DemoPeer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace Palaver::Demo {

struct DemoCrowdOptions
{
    int peers = -1; // how many of the environment's peers sign in; all when negative
    double speed = 1.0; // above 1, moods change and the room talks faster
    bool room = true;
    bool answers = true;
    bool greeting = true; // the first one says hello when the user comes online
    int openingLines = 3; // said in the room before ready(), so it has a history
};

class DemoCrowd : public QObject
{
    Q_OBJECT

public:
    DemoCrowd(const DemoEnvironment& environment, const DemoCrowdOptions& options,
        QObject* parent = nullptr);
    ~DemoCrowd() override;

    void start();
    void stop();
    // Every peer's stream is closed: the server has taken all they sent.
    bool isStopped() const;
    bool anyConnected() const;
    // Whether the server has confirmed everything the connected peers sent.
    bool allAcknowledged() const;
    int size() const { return int(m_peers.size()); }
    DemoPeer& peer(int index) { return *m_peers.at(size_t(index)); }
    bool isReady() const { return m_ready; }

    // count chat messages to someone, perSecond in all, from each peer in turn.
    void sendBurst(const Xmpp::Jid& to, int count, double perSecond);
    // One line in the room from a cast member picked at random.
    void talkInRoom();

Q_SIGNALS:
    void ready();
    void failed(const QString& reason);
    void burstSent(int count, qint64 milliseconds);

private:
    void onSignedIn(DemoPeer* peer);
    void onRoomReady();
    void checkReady();
    bool joinsRoom(const DemoPeer* peer) const;
    void scheduleTalk();
    void sendBurstTick();

    DemoEnvironment m_environment;
    DemoCrowdOptions m_options;
    std::vector<std::unique_ptr<DemoPeer>> m_peers;
    DemoPeer* m_roomOwner = nullptr; // the first cast member: creates the room
    bool m_roomOpen = false; // its owner has set it up
    int m_inRoom = 0;
    int m_roomTurn = 0;
    bool m_ready = false;
    QTimer m_talkTimer;
    QTimer m_burstTimer;
    QElapsedTimer m_burstClock;
    Xmpp::Jid m_burstTarget;
    int m_burstLeft = 0;
    int m_burstSent = 0;
    double m_burstRate = 0;
};

} // namespace Palaver::Demo

#include "DemoCrowd.h"

#include "DemoReply.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Palaver::Demo {

DemoCrowd::DemoCrowd(
    const DemoEnvironment& environment, const DemoCrowdOptions& options, QObject* parent)
    : QObject(parent)
    , m_environment(environment)
    , m_options(options)
{
    const int count = options.peers < 0 ? int(environment.peers.size())
                                        : qMin(options.peers, int(environment.peers.size()));
    QSet<Xmpp::Jid> fellows;
    QSet<QString> fellowNicks;
    for (const DemoLogin& login : environment.peers) {
        fellows.insert(environment.jidOf(login.user));
        fellowNicks.insert(DemoPersona::named(login.user).nick);
    }
    for (int i = 0; i < count; ++i) {
        const DemoLogin& login = environment.peers.at(i);
        DemoPeerOptions peerOptions {
            options.speed, options.answers, environment.roomName, {}, fellows, fellowNicks};
        if (i == 0 && options.greeting) {
            peerOptions.greets = environment.jidOf(environment.user.user);
        }
        auto peer = std::make_unique<DemoPeer>(
            DemoPersona::named(login.user), environment.settingsFor(login), peerOptions);
        DemoPeer* raw = peer.get();
        connect(raw, &DemoPeer::signedIn, this, [this, raw] { onSignedIn(raw); });
        connect(raw, &DemoPeer::roomReady, this, &DemoCrowd::onRoomReady);
        connect(raw, &DemoPeer::failed, this, &DemoCrowd::failed);
        m_peers.push_back(std::move(peer));
        if (!m_roomOwner && joinsRoom(raw)) {
            m_roomOwner = raw;
        }
    }
    m_talkTimer.setSingleShot(true);
    connect(&m_talkTimer, &QTimer::timeout, this, [this] {
        talkInRoom();
        scheduleTalk();
    });
    connect(&m_burstTimer, &QTimer::timeout, this, &DemoCrowd::sendBurstTick);
}

DemoCrowd::~DemoCrowd() = default;

void DemoCrowd::start()
{
    for (const auto& peer : m_peers) {
        peer->start();
    }
    checkReady();
}

void DemoCrowd::stop()
{
    m_talkTimer.stop();
    m_burstTimer.stop();
    for (const auto& peer : m_peers) {
        peer->stop();
    }
}

bool DemoCrowd::isStopped() const
{
    return std::all_of(m_peers.begin(), m_peers.end(), [](const std::unique_ptr<DemoPeer>& peer) {
        return peer->client().state() == Xmpp::Client::State::Disconnected;
    });
}

bool DemoCrowd::anyConnected() const
{
    return std::any_of(m_peers.begin(), m_peers.end(),
        [](const std::unique_ptr<DemoPeer>& peer) { return peer->client().isConnected(); });
}

bool DemoCrowd::allAcknowledged() const
{
    return std::all_of(m_peers.begin(), m_peers.end(), [](const std::unique_ptr<DemoPeer>& peer) {
        return !peer->client().isConnected() || peer->client().unacknowledgedCount() == 0;
    });
}

bool DemoCrowd::joinsRoom(const DemoPeer* peer) const
{
    // The cast talks in the room; the generated crowd of a load test only signs in.
    return m_options.room && m_environment.room.isValid()
        && std::any_of(DemoPersona::cast().begin(), DemoPersona::cast().end(),
            [peer](const DemoPersona& persona) { return persona.user == peer->persona().user; });
}

void DemoCrowd::onSignedIn(DemoPeer* peer)
{
    if (joinsRoom(peer)) {
        // Only the first one in creates the room; the others wait until it is set up.
        if (peer == m_roomOwner || m_roomOpen) {
            peer->enterRoom(m_environment.room);
        }
    }
    checkReady();
}

void DemoCrowd::onRoomReady()
{
    ++m_inRoom;
    if (!m_roomOpen) {
        m_roomOpen = true;
        for (const auto& peer : m_peers) {
            if (peer.get() != m_roomOwner && peer->isSignedIn() && joinsRoom(peer.get())) {
                peer->enterRoom(m_environment.room);
            }
        }
    }
    checkReady();
}

void DemoCrowd::checkReady()
{
    if (m_ready) {
        return;
    }
    int roomMembers = 0;
    for (const auto& peer : m_peers) {
        if (!peer->isSignedIn()) {
            return;
        }
        roomMembers += joinsRoom(peer.get()) ? 1 : 0;
    }
    if (m_inRoom < roomMembers) {
        return;
    }
    m_ready = true;
    if (roomMembers > 0) {
        for (int i = 0; i < m_options.openingLines; ++i) {
            talkInRoom();
        }
        scheduleTalk();
    }
    Q_EMIT ready();
}

void DemoCrowd::talkInRoom()
{
    QList<DemoPeer*> present;
    for (const auto& peer : m_peers) {
        if (peer->isInRoom()) {
            present.append(peer.get());
        }
    }
    if (present.isEmpty()) {
        return;
    }
    DemoPeer* speaker = present.at(int(QRandomGenerator::global()->bounded(present.size())));
    speaker->sayInRoom(roomLine(speaker->persona(), m_roomTurn++));
}

void DemoCrowd::scheduleTalk()
{
    const int pauseMs = int(QRandomGenerator::global()->bounded(20000, 60000));
    m_talkTimer.start(int(pauseMs / qMax(0.01, m_options.speed)));
}

void DemoCrowd::sendBurst(const Xmpp::Jid& to, int count, double perSecond)
{
    m_burstTarget = to;
    m_burstLeft = count;
    m_burstSent = 0;
    m_burstRate = qMax(1.0, perSecond);
    m_burstClock.start();
    m_burstTimer.start(10);
}

void DemoCrowd::sendBurstTick()
{
    // As many as the rate allows by now, so the rate holds whatever the timer's precision.
    const auto due = qint64(double(m_burstClock.elapsed()) * m_burstRate / 1000.0) + 1;
    while (m_burstLeft > 0 && m_burstSent < due && !m_peers.empty()) {
        DemoPeer& sender = *m_peers.at(size_t(m_burstSent) % m_peers.size());
        sender.sendChat(m_burstTarget,
            u"Load message %1 from %2"_s.arg(m_burstSent + 1).arg(sender.persona().name));
        ++m_burstSent;
        --m_burstLeft;
    }
    if (m_burstLeft == 0) {
        m_burstTimer.stop();
        Q_EMIT burstSent(m_burstSent, m_burstClock.elapsed());
    }
}

} // namespace Palaver::Demo

#include "JingleSession.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"
#include "InBandStream.h"
#include "JingleFileTransferModule.h"
#include "JingleReason.h"
#include "S5bNegotiation.h"

#include <QTcpSocket>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
constexpr int StallTimeoutMs = 60000;
constexpr int ChecksumWaitMs = 10000;
constexpr qint64 WriteAheadBytes = 256 * 1024;
constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qsizetype MaxIdLength = 256;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

JingleSession::JingleSession(
    JingleFileTransferModule& module, Direction direction, const Jid& peer, const QString& sid)
    : QObject(&module)
    , m_module(module)
    , m_direction(direction)
    , m_peer(peer)
    , m_self(module.ownJid())
    , m_sid(sid)
{
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(StallTimeoutMs);
    connect(&m_watchdog, &QTimer::timeout, this,
        [this] { terminate(u"timeout"_s, Failure::Connectivity); });
}

JingleSession::~JingleSession() = default;

// ---- Signalling ----

XmlElement JingleSession::jingle(const QString& action) const
{
    XmlElement element(u"jingle"_s, Ns::Jingle);
    element.setAttribute(u"action"_s, action);
    element.setAttribute(
        u"initiator"_s, (m_direction == Direction::Outgoing ? m_self : m_peer).toString());
    if (action == u"session-accept") {
        element.setAttribute(u"responder"_s, m_self.toString());
    }
    element.setAttribute(u"sid"_s, m_sid);
    return element;
}

XmlElement JingleSession::content() const
{
    XmlElement element(u"content"_s, Ns::Jingle);
    element.setAttribute(u"creator"_s, u"initiator"_s);
    element.setAttribute(u"name"_s, m_contentName);
    element.setAttribute(u"senders"_s, u"initiator"_s);
    return element;
}

void JingleSession::sendJingle(const XmlElement& element)
{
    Iq request(Iq::Type::Set, element);
    request.setTo(m_peer);
    const QString action = element.attribute(u"action");
    m_module.client()->sendIq(request, this, [this, action](const IqResult& result) {
        // A refused terminate changes nothing; anything else refused ends the session.
        if (!result.isSuccess() && action != u"session-terminate") {
            fail(m_state == State::Offered ? Failure::Refused : Failure::Connectivity);
        }
    });
}

void JingleSession::offer(const JingleFile& file, QIODevice* source)
{
    m_file = file;
    m_source = source;
    startS5b(newId());
    XmlElement initiate = jingle(u"session-initiate"_s);
    XmlElement item = content();
    XmlElement description(u"description"_s, Ns::JingleFileTransfer);
    description.appendChild(m_file.toElement());
    item.appendChild(description);
    item.appendChild(m_s5b->transport(true));
    initiate.appendChild(item);
    sendJingle(initiate);
}

bool JingleSession::takeOffer(const XmlElement& element)
{
    const QList<XmlElement> contents = element.childElements(u"content", Ns::Jingle);
    if (contents.size() != 1) {
        return false;
    }
    const XmlElement& item = contents.first();
    const QString senders = item.attribute(u"senders");
    if ((!senders.isEmpty() && senders != u"initiator")
        || (item.hasAttribute(u"creator") && item.attribute(u"creator") != u"initiator")) {
        return false; // asking us for a file: not offered
    }
    m_contentName = item.attribute(u"name").left(MaxIdLength);
    const std::optional<JingleFile> file
        = JingleFile::fromDescription(item.firstChild(u"description", Ns::JingleFileTransfer));
    if (!file) {
        return false;
    }
    m_file = *file;
    const XmlElement s5b = item.firstChild(u"transport", Ns::JingleS5b);
    const XmlElement ibb = item.firstChild(u"transport", Ns::JingleIbb);
    if (!s5b.isNull()) {
        const QString sid = s5b.attribute(u"sid");
        if (sid.isEmpty() || sid.size() > MaxIdLength) {
            return false;
        }
        startS5b(sid);
        m_s5b->addPeerCandidates(s5b);
        return true;
    }
    if (!ibb.isNull()) {
        return useInBand(ibb.attribute(u"sid"), ibb.attribute(u"block-size").toInt());
    }
    return false;
}

void JingleSession::accept(QIODevice* sink)
{
    if (m_direction != Direction::Incoming || m_state != State::Offered) {
        return;
    }
    m_sink = sink;
    if (m_file.sha256.isEmpty()) {
        m_sha1.reset();
    }
    XmlElement reply = jingle(u"session-accept"_s);
    XmlElement item = content();
    XmlElement description(u"description"_s, Ns::JingleFileTransfer);
    description.appendChild(m_file.toElement());
    item.appendChild(description);
    if (m_ibb) {
        item.appendChild(m_ibb->transport());
    } else {
        item.appendChild(m_s5b->transport(true));
    }
    reply.appendChild(item);
    setState(State::Connecting);
    m_watchdog.start();
    sendJingle(reply);
    if (m_s5b) {
        m_s5b->start();
    }
}

void JingleSession::decline()
{
    if (m_direction == Direction::Incoming && m_state == State::Offered) {
        terminate(u"decline"_s, Failure::Declined);
    }
}

void JingleSession::cancel()
{
    if (m_state != State::Done && m_state != State::Failed) {
        terminate(u"cancel"_s, Failure::Cancelled);
    }
}

void JingleSession::abandon(Failure failure)
{
    if (m_state != State::Done && m_state != State::Failed) {
        fail(failure);
    }
}

void JingleSession::terminate(const QString& reason, Failure failure)
{
    if (m_state == State::Done || m_state == State::Failed) {
        return;
    }
    XmlElement end = jingle(u"session-terminate"_s);
    end.appendChild(JingleReason::element(reason));
    sendJingle(end);
    if (failure == Failure::None) {
        setState(State::Done);
    } else {
        fail(failure);
    }
}

void JingleSession::handleJingle(const Iq& iq, const XmlElement& element)
{
    const QString action = element.attribute(u"action");
    const XmlElement item = element.firstChild(u"content", Ns::Jingle);
    const auto acknowledge = [this, &iq] { m_module.client()->send(iq.makeResult()); };
    if (action == u"session-terminate") {
        acknowledge();
        onTerminate(element);
    } else if (action == u"session-info") {
        acknowledge();
        onChecksum(element);
    } else if (m_state == State::Done || m_state == State::Failed) {
        m_module.client()->send(iq.makeError(
            StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::ItemNotFound)));
    } else if (action == u"session-accept" && m_direction == Direction::Outgoing
        && m_state == State::Offered) {
        acknowledge();
        const XmlElement s5b = item.firstChild(u"transport", Ns::JingleS5b);
        setState(State::Connecting);
        m_watchdog.start();
        if (s5b.isNull() && item.hasChild(u"transport", Ns::JingleIbb)) {
            const XmlElement ibb = item.firstChild(u"transport", Ns::JingleIbb);
            if (!useInBand(ibb.attribute(u"sid"), ibb.attribute(u"block-size").toInt())) {
                terminate(u"failed-transport"_s, Failure::Connectivity);
                return;
            }
            m_ibb->send(m_source, m_file.size);
        } else if (m_s5b) {
            m_s5b->addPeerCandidates(s5b);
            m_s5b->start();
        }
    } else if (action == u"transport-info" && m_state == State::Connecting) {
        acknowledge();
        if (m_s5b) {
            m_s5b->handleInfo(item.firstChild(u"transport", Ns::JingleS5b));
        }
    } else if (action == u"transport-replace" && m_direction == Direction::Incoming
        && m_state == State::Connecting && item.hasChild(u"transport", Ns::JingleIbb)) {
        acknowledge();
        const XmlElement ibb = item.firstChild(u"transport", Ns::JingleIbb);
        if (!useInBand(ibb.attribute(u"sid"), ibb.attribute(u"block-size").toInt())) {
            terminate(u"failed-transport"_s, Failure::Connectivity);
            return;
        }
        XmlElement reply = jingle(u"transport-accept"_s);
        XmlElement accepted = content();
        accepted.appendChild(m_ibb->transport());
        reply.appendChild(accepted);
        sendJingle(reply);
    } else if (action == u"transport-accept" && m_direction == Direction::Outgoing && m_ibb
        && m_state == State::Connecting) {
        acknowledge();
        // XEP-0261: the receiver may ask for smaller blocks.
        const int asked
            = item.firstChild(u"transport", Ns::JingleIbb).attribute(u"block-size").toInt();
        if (asked > 0) {
            m_ibb->limitBlockSize(asked);
        }
        m_ibb->send(m_source, m_file.size);
    } else if (action == u"transport-reject") {
        acknowledge();
        terminate(u"failed-transport"_s, Failure::Connectivity);
    } else {
        m_module.client()->send(iq.makeError(
            StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::FeatureNotImplemented)));
    }
}

void JingleSession::onTerminate(const XmlElement& element)
{
    if (m_state == State::Done || m_state == State::Failed) {
        return;
    }
    const QString name = JingleReason::condition(element);
    if (name == u"success") {
        if (m_direction == Direction::Outgoing && m_transferred == m_file.size) {
            setState(State::Done);
            return;
        }
        if (m_direction == Direction::Incoming && m_state == State::Transferring) {
            // The sender is done writing: no checksum will follow, and what it wrote may
            // still be on its way (through a proxy, say) or wait in our buffer.
            m_peerTerminated = true;
            if (m_waitingForChecksum) {
                finishReceiving();
                return;
            }
            if (m_socket) {
                receive(m_socket->readAll());
                QTimer::singleShot(ChecksumWaitMs, this, [this] { fail(Failure::Connectivity); });
                return; // the rest comes with the socket, or the timer ends it
            }
        }
        fail(Failure::Connectivity);
    } else if (name == u"decline") {
        fail(Failure::Declined);
    } else if (name == u"media-error") {
        fail(Failure::Damaged);
    } else if (name == u"connectivity-error" || name == u"failed-transport" || name == u"timeout"
        || name == u"failed-application") {
        fail(Failure::Connectivity);
    } else if (name == u"gone") {
        fail(Failure::PeerGone);
    } else {
        fail(Failure::CancelledByPeer);
    }
}

void JingleSession::onChecksum(const XmlElement& element)
{
    const XmlElement checksum = element.firstChild(u"checksum", Ns::JingleFileTransfer);
    if (checksum.isNull() || m_direction != Direction::Incoming || !m_file.sha256.isEmpty()
        || !m_file.sha1.isEmpty()) {
        return;
    }
    m_file.readHashes(checksum.firstChild(u"file", Ns::JingleFileTransfer));
    // Only a hash we can check ends the wait; any other waits for the timer.
    if (m_waitingForChecksum && (!m_file.sha256.isEmpty() || !m_file.sha1.isEmpty())) {
        finishReceiving();
    }
}

// ---- SOCKS5 bytestreams ----

void JingleSession::startS5b(const QString& sid)
{
    m_s5b = new S5bNegotiation(
        m_module, m_self, m_peer, m_direction == Direction::Outgoing, sid, this);
    connect(m_s5b, &S5bNegotiation::info, this, [this](const XmlElement& transport) {
        XmlElement info = jingle(u"transport-info"_s);
        XmlElement item = content();
        item.appendChild(transport);
        info.appendChild(item);
        sendJingle(info);
    });
    connect(m_s5b, &S5bNegotiation::connected, this, [this](QTcpSocket* socket, bool proxy) {
        m_method = proxy ? Method::Proxy : Method::Direct;
        useSocket(socket);
        startTransfer();
    });
    connect(m_s5b, &S5bNegotiation::failed, this, [this] {
        // The initiator falls back to the server (XEP-0260 §2.4); the responder waits.
        if (m_direction == Direction::Outgoing) {
            replaceWithInBand();
        }
    });
    // XEP-0260 §2.4: a chosen candidate that fails falls back in-band too.
    connect(m_s5b, &S5bNegotiation::broken, this, [this] {
        if (m_direction == Direction::Outgoing) {
            replaceWithInBand();
        }
    });
}

void JingleSession::useSocket(QTcpSocket* socket)
{
    m_socket = socket;
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, [this] {
        if (m_direction == Direction::Incoming && m_state == State::Transferring) {
            receive(m_socket->readAll());
        }
    });
    connect(socket, &QTcpSocket::bytesWritten, this, &JingleSession::pump);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (m_state != State::Transferring && m_state != State::Connecting) {
            return;
        }
        if (m_direction == Direction::Incoming) {
            receive(m_socket->readAll());
        }
        // The sender waits for the receiver's word; a receiver short of bytes gives up.
        if (m_direction == Direction::Incoming && m_state == State::Transferring
            && m_transferred < m_file.size) {
            terminate(u"connectivity-error"_s, Failure::Connectivity);
        } else if (m_direction == Direction::Outgoing && m_transferred < m_file.size) {
            terminate(u"connectivity-error"_s, Failure::Connectivity);
        }
    });
}

void JingleSession::closeStreams()
{
    // Possibly from inside their own signals: gone once those return.
    if (m_ibb) {
        m_ibb->stop(); // no more reads from the file, even if an answer is still on its way
    }
    for (QObject* transport : std::initializer_list<QObject*> {m_s5b, m_ibb}) {
        if (transport) {
            transport->disconnect(this);
            transport->deleteLater();
        }
    }
    m_s5b = nullptr;
    m_ibb = nullptr;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

// ---- In-band bytestreams ----

bool JingleSession::useInBand(const QString& sid, int blockSize)
{
    if (sid.isEmpty() || sid.size() > MaxIdLength || blockSize <= 0) {
        return false;
    }
    closeStreams();
    m_watchdog.start(); // a new transport, a new chance
    m_ibb = new InBandStream(*m_module.client(), m_peer, sid, blockSize, this);
    connect(m_ibb, &InBandStream::opened, this, [this] {
        m_method = Method::InBand;
        startTransfer();
    });
    connect(m_ibb, &InBandStream::sent, this, [this](qint64 bytes) {
        m_transferred += bytes;
        m_watchdog.start();
        Q_EMIT progressed();
    });
    connect(m_ibb, &InBandStream::received, this, &JingleSession::receive);
    connect(m_ibb, &InBandStream::closed, this, [this] {
        if (m_direction == Direction::Incoming && m_state == State::Transferring
            && m_transferred < m_file.size) {
            terminate(u"failed-transport"_s, Failure::Connectivity);
        }
    });
    connect(m_ibb, &InBandStream::failed, this,
        [this] { terminate(u"failed-transport"_s, Failure::Connectivity); });
    return true;
}

void JingleSession::replaceWithInBand()
{
    useInBand(newId(), InBandStream::DefaultBlockSize);
    XmlElement replace = jingle(u"transport-replace"_s);
    XmlElement item = content();
    item.appendChild(m_ibb->transport());
    replace.appendChild(item);
    sendJingle(replace);
}

void JingleSession::handleIbb(const Iq& iq)
{
    // Only a receiver still connecting opens a stream; a receiver sends no data.
    const QString kind = iq.payload().name();
    if (m_direction == Direction::Outgoing && kind == u"close") {
        m_module.client()->send(iq.makeResult());
        terminate(u"failed-transport"_s, Failure::Connectivity);
        return;
    }
    if ((kind == u"open" && (m_direction != Direction::Incoming || m_state != State::Connecting))
        || (kind == u"data" && m_direction != Direction::Incoming)) {
        m_module.client()->send(iq.makeError(
            StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::NotAcceptable)));
        return;
    }
    m_ibb->handle(iq);
}

// ---- The bytes ----

void JingleSession::startTransfer()
{
    if (m_state != State::Connecting) {
        return;
    }
    setState(State::Transferring);
    m_watchdog.start();
    if (m_direction == Direction::Outgoing) {
        pump();
    } else if (m_socket && m_socket->bytesAvailable() > 0) {
        receive(m_socket->readAll());
    } else if (m_file.size == 0) {
        finishReceiving();
    }
}

void JingleSession::pump()
{
    if (m_direction != Direction::Outgoing || m_state != State::Transferring) {
        return;
    }
    if (m_ibb) {
        return; // the stream sends at its own pace
    }
    while (m_socket && m_socket->bytesToWrite() < WriteAheadBytes && m_transferred < m_file.size) {
        const QByteArray chunk = m_source
            ? m_source->read(qMin(ChunkBytes, m_file.size - m_transferred))
            : QByteArray();
        if (chunk.isEmpty()) {
            terminate(u"media-error"_s, Failure::Damaged); // the file shrank or went
            return;
        }
        if (m_socket->write(chunk) != chunk.size()) {
            terminate(u"connectivity-error"_s, Failure::Connectivity);
            return;
        }
        m_transferred += chunk.size();
        m_watchdog.start();
        Q_EMIT progressed();
        if (m_transferred == m_file.size) {
            // XEP-0065: the stream ends when the sender closes it (after what is buffered
            // went out); a proxy may hold the last bytes back until then.
            m_socket->disconnectFromHost();
        }
    }
}

void JingleSession::receive(const QByteArray& bytes)
{
    if (bytes.isEmpty() || m_state != State::Transferring) {
        return;
    }
    if (m_transferred + bytes.size() > m_file.size) {
        terminate(u"media-error"_s, Failure::Damaged);
        return;
    }
    if (!m_sink || m_sink->write(bytes) != bytes.size()) {
        terminate(u"general-error"_s, Failure::Unwritable);
        return;
    }
    m_sha256.addData(bytes);
    if (m_file.sha256.isEmpty()) {
        m_sha1.addData(bytes);
    }
    m_transferred += bytes.size();
    m_watchdog.start();
    Q_EMIT progressed();
    if (m_transferred == m_file.size) {
        finishReceiving();
    }
}

void JingleSession::finishReceiving()
{
    if (m_file.sha256.isEmpty() && m_file.sha1.isEmpty()) {
        // No hash yet: the sender may name it now (XEP-0234 §8.1), unless it has ended.
        if (!m_waitingForChecksum && !m_peerTerminated) {
            m_waitingForChecksum = true;
            m_watchdog.stop();
            QTimer::singleShot(ChecksumWaitMs, this, [this] {
                if (m_state == State::Transferring) {
                    finishReceiving();
                }
            });
            return;
        }
        m_file.sha256 = m_sha256.result(); // none came, none will: taken as it is
    }
    const bool whole = !m_file.sha256.isEmpty() ? m_sha256.result() == m_file.sha256
                                                : m_sha1.result() == m_file.sha1;
    if (m_peerTerminated) {
        if (whole) {
            setState(State::Done);
        } else {
            fail(Failure::Damaged);
        }
        return;
    }
    terminate(whole ? u"success"_s : u"media-error"_s, whole ? Failure::None : Failure::Damaged);
}

void JingleSession::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    if (state == State::Done || state == State::Failed) {
        m_watchdog.stop();
        closeStreams();
    }
    Q_EMIT stateChanged();
}

void JingleSession::fail(Failure failure)
{
    if (m_state == State::Done || m_state == State::Failed) {
        return;
    }
    m_failure = failure;
    setState(State::Failed);
}

} // namespace Palaver::Xmpp

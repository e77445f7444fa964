#include "SocketTransport.h"

#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTransport, "palaver.xmpp.transport")

namespace Palaver::Xmpp {
namespace {
constexpr qint64 ReadChunk = 64 * 1024; // bounds what the parser takes at a time

ConnectionError::Kind kindFor(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return ConnectionError::Kind::HostNotFound;
    case QAbstractSocket::ConnectionRefusedError:
        return ConnectionError::Kind::ConnectionRefused;
    case QAbstractSocket::SocketTimeoutError:
        return ConnectionError::Kind::Timeout;
    case QAbstractSocket::RemoteHostClosedError:
        return ConnectionError::Kind::ConnectionLost;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return ConnectionError::Kind::TlsFailed;
    default:
        return ConnectionError::Kind::NetworkError;
    }
}
} // namespace

SocketTransport::SocketTransport(QObject* parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(ConnectionError::make(ConnectionError::Kind::Timeout,
            u"no connection to %1:%2 within %3 ms"_s.arg(m_target.host)
                .arg(m_target.port)
                .arg(m_connectTimeout)));
    });
}

SocketTransport::~SocketTransport()
{
    releaseSocket();
}

void SocketTransport::open(const ServerTarget& target, const TlsPolicy& policy)
{
    releaseSocket();
    m_target = target;
    m_policy = policy;
    m_certificateErrors.clear();
    m_socket = new QSslSocket(this);
    m_socket->setProxy(m_proxy);
    m_socket->setSslConfiguration(tlsConfiguration());
    // RFC 7590 §3.2 / RFC 6125: the certificate must match the XMPP domain, not the SRV host.
    m_socket->setPeerVerifyName(policy.peerName);
    connect(m_socket, &QSslSocket::connected, this, &SocketTransport::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SocketTransport::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SocketTransport::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SocketTransport::onError);
    connect(m_socket, &QSslSocket::readyRead, this, &SocketTransport::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &SocketTransport::onDisconnected);
    m_timeout.start(m_connectTimeout);
    qCDebug(lcTransport) << "connecting to" << target.host << target.port
                         << (target.directTls ? "with direct TLS" : "for STARTTLS");
    if (target.directTls) {
        m_handshaking = true;
        m_socket->connectToHostEncrypted(target.host, target.port, policy.peerName);
    } else {
        m_socket->connectToHost(target.host, target.port);
    }
}

QSslConfiguration SocketTransport::tlsConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater); // RFC 7590 §3.1
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_policy.additionalCaCertificates.isEmpty()) {
        configuration.addCaCertificates(m_policy.additionalCaCertificates);
    }
    // XEP-0368: direct TLS connections announce XMPP through ALPN.
    if (m_target.directTls) {
        configuration.setAllowedNextProtocols({QByteArrayLiteral("xmpp-client")});
    }
    return configuration;
}

void SocketTransport::startTls()
{
    if (!m_socket) {
        return;
    }
    m_handshaking = true;
    m_timeout.start(m_connectTimeout);
    m_socket->startClientEncryption();
}

void SocketTransport::onConnected()
{
    // XMPP is a conversation of small writes; Nagle's algorithm would hold each one back until
    // the previous is acknowledged, adding tens of milliseconds to every exchange.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!m_target.directTls) {
        m_timeout.stop();
        Q_EMIT ready();
    }
}

void SocketTransport::onSslErrors(const QList<QSslError>& errors)
{
    // A pinned certificate is accepted by its fingerprint alone, checked here rather than by
    // adding it as a CA (Debian's Qt 6.4 lacks the fix for CVE-2023-34410 in chain checks).
    const QByteArray fingerprint = CertificateInfo::fingerprintOf(m_socket->peerCertificate());
    if (!m_policy.pinnedFingerprint.isEmpty() && fingerprint == m_policy.pinnedFingerprint) {
        qCDebug(lcTransport) << "accepting the pinned certificate despite" << errors.size()
                             << "verification errors";
        m_socket->ignoreSslErrors(errors);
        return;
    }
    m_certificateErrors = errors;
}

void SocketTransport::onEncrypted()
{
    m_handshaking = false;
    m_timeout.stop();
    if (!m_policy.pinnedFingerprint.isEmpty()
        && CertificateInfo::fingerprintOf(m_socket->peerCertificate())
            != m_policy.pinnedFingerprint) {
        // Only the certificate the user trusted is accepted, even one that verifies.
        CertificateInfo info;
        info.problems = {CertificateInfo::Problem::NotPinnedCertificate};
        info.details = {u"the server's certificate is not the one trusted for this account"_s};
        info.certificate = m_socket->peerCertificate();
        info.chain = m_socket->peerCertificateChain();
        ConnectionError error = ConnectionError::make(
            ConnectionError::Kind::CertificateNotTrusted, info.details.first());
        error.certificate = info;
        fail(error);
        return;
    }
    qCDebug(lcTransport) << "encrypted with" << m_socket->sessionCipher().name()
                         << m_socket->sessionProtocol();
    if (m_target.directTls) {
        Q_EMIT ready();
    } else {
        Q_EMIT encrypted();
    }
}

void SocketTransport::onError(QAbstractSocket::SocketError socketError)
{
    if (!m_socket) {
        return;
    }
    ConnectionError error = ConnectionError::make(kindFor(socketError), m_socket->errorString());
    if (m_handshaking && !m_certificateErrors.isEmpty()) {
        CertificateInfo info;
        info.certificate = m_socket->peerCertificate();
        info.chain = m_socket->peerCertificateChain();
        for (const QSslError& sslError : std::as_const(m_certificateErrors)) {
            const CertificateInfo::Problem problem = CertificateInfo::problemFor(sslError.error());
            if (!info.problems.contains(problem)) {
                info.problems.append(problem);
            }
            info.details.append(sslError.errorString());
            if (info.certificate.isNull()) {
                info.certificate = sslError.certificate();
            }
        }
        error.kind = ConnectionError::Kind::CertificateNotTrusted;
        error.detail = info.details.join(u"; ");
        error.certificate = info;
    }
    fail(error);
}

void SocketTransport::onReadyRead()
{
    // The socket may be released by a receiver while we loop, so check it each time.
    while (m_socket && m_socket->bytesAvailable() > 0) {
        const QByteArray chunk = m_socket->read(ReadChunk);
        if (chunk.isEmpty()) {
            break;
        }
        Q_EMIT dataReceived(chunk);
    }
}

void SocketTransport::onDisconnected()
{
    if (m_socket) {
        fail(ConnectionError::make(
            ConnectionError::Kind::ConnectionLost, u"the server closed the connection"_s));
    }
}

void SocketTransport::write(const QByteArray& data)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(data);
    }
}

void SocketTransport::close()
{
    if (!m_socket) {
        return;
    }
    QSslSocket* socket = m_socket;
    m_socket = nullptr;
    m_timeout.stop();
    socket->disconnect(this);
    // disconnectFromHost() flushes what is queued before closing.
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState) {
        socket->deleteLater();
    }
}

void SocketTransport::abort()
{
    releaseSocket();
}

void SocketTransport::releaseSocket()
{
    m_timeout.stop();
    m_handshaking = false;
    if (m_socket) {
        QSslSocket* socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void SocketTransport::fail(const ConnectionError& error)
{
    if (!m_socket) {
        return;
    }
    qCDebug(lcTransport) << "link failed:" << ConnectionError::kindName(error.kind) << error.detail;
    releaseSocket();
    Q_EMIT failed(error);
}

bool SocketTransport::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QSslCertificate SocketTransport::peerCertificate() const
{
    return m_socket ? m_socket->peerCertificate() : QSslCertificate();
}

} // namespace Palaver::Xmpp

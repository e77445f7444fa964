// SocketTransport: the TCP/TLS link under one XMPP stream (RFC 6120 §3, §5; RFC 7590).
#pragma once

#include "ConnectionError.h"
#include "ServerTarget.h"

#include <QNetworkProxy>
#include <QObject>
#include <QSslSocket>
#include <QTimer>

namespace Palaver::Xmpp {

struct TlsPolicy
{
    QString peerName; // the XMPP domain (ACE) the certificate must be valid for
    QByteArray pinnedFingerprint; // SHA-256; when set, only this certificate is accepted
    QList<QSslCertificate> additionalCaCertificates;
};

class SocketTransport : public QObject
{
    Q_OBJECT

public:
    explicit SocketTransport(QObject* parent = nullptr);
    ~SocketTransport() override;

    void setProxy(const QNetworkProxy& proxy) { m_proxy = proxy; }
    void setConnectTimeout(int milliseconds) { m_connectTimeout = milliseconds; }

    // Opens the link; ready() follows once it can carry the stream (after the TLS handshake
    // for direct TLS), or failed().
    void open(const ServerTarget& target, const TlsPolicy& policy);
    // STARTTLS: begins the handshake on the open link; encrypted() or failed() follow.
    void startTls();
    void write(const QByteArray& data);
    // Closes after pending data is written.
    void close();
    // Drops the link at once, without signals.
    void abort();

    bool isEncrypted() const;
    QSslCertificate peerCertificate() const;
    const ServerTarget& target() const { return m_target; }

Q_SIGNALS:
    void ready();
    void encrypted();
    void dataReceived(const QByteArray& data);
    void failed(const Palaver::Xmpp::ConnectionError& error);

private:
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void onError(QAbstractSocket::SocketError error);
    void onReadyRead();
    void onDisconnected();
    void fail(const ConnectionError& error);
    void releaseSocket();
    QSslConfiguration tlsConfiguration() const;

    QSslSocket* m_socket = nullptr;
    QTimer m_timeout;
    QNetworkProxy m_proxy = QNetworkProxy::DefaultProxy;
    int m_connectTimeout = 30000;
    ServerTarget m_target;
    TlsPolicy m_policy;
    QList<QSslError> m_certificateErrors;
    bool m_handshaking = false;
};

} // namespace Palaver::Xmpp

// XmppServerFixture: a real XMPP server for integration tests, on 127.0.0.1 in a temp dir,
// with its own certificate authority, server certificate and test accounts.
#pragma once

#include "xmpp/stream/ConnectionSettings.h"

#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Palaver::Testing {

struct TestAccount
{
    QString user;
    QString password;
};

class XmppServerFixture
{
public:
    virtual ~XmppServerFixture();

    // Starts the server with these accounts; false (and errorString()) when it cannot.
    bool start(const QList<TestAccount>& accounts);
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    virtual QString name() const = 0;

    QString domain() const { return QStringLiteral("localhost"); }
    QString mucDomain() const { return QStringLiteral("conference.localhost"); }
    quint16 port() const { return m_port; }
    quint16 directTlsPort() const { return m_directTlsPort; }
    QString errorString() const { return m_error; }
    QString directory() const { return m_dir ? m_dir->path() : QString(); }
    QSslCertificate serverCertificate() const { return m_serverCertificate; }
    QSslCertificate caCertificate() const { return m_caCertificate; }
    QByteArray serverFingerprint() const;

    // Settings to sign in as a test account over STARTTLS on this server. With trust, the
    // server certificate is pinned as a user would after accepting it.
    enum class Trust {
        PinnedCertificate,
        CertificateAuthority,
        Nothing,
    };
    Xmpp::ConnectionSettings settingsFor(
        const QString& user, Trust trust = Trust::PinnedCertificate) const;
    QString passwordOf(const QString& user) const;

    // Whether the server's program is installed; integration tests skip without it, and fail
    // instead when CI is set.
    virtual bool isInstalled() const = 0;

protected:
    virtual bool launch(const QList<TestAccount>& accounts) = 0;
    bool generateCertificates();
    bool waitForPort(quint16 port, int timeoutMs) const;
    bool run(const QString& program, const QStringList& arguments, int timeoutMs = 30000);
    void fail(const QString& error) { m_error = error; }
    QString path(const QString& relative) const;
    static quint16 freePort();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<TestAccount> m_accounts;
    QSslCertificate m_serverCertificate;
    QSslCertificate m_caCertificate;
    quint16 m_port = 0;
    quint16 m_directTlsPort = 0;
    QString m_error;
};

} // namespace Palaver::Testing

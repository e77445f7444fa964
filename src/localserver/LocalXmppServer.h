// LocalXmppServer: a real XMPP server on 127.0.0.1 for the integration tests and the demo, in
// a directory of its own (a temp dir unless one is given), with its own certificate
// authority, server certificate and accounts.
#pragma once

#include "xmpp/stream/ConnectionSettings.h"

#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Palaver::LocalServer {

// Someone already in an account's roster, subscribed both ways.
struct ServerContact
{
    QString user; // on the same server
    QString name;
    QString group;
};

struct ServerAccount
{
    QString user;
    QString password;
    QList<ServerContact> contacts = {};
};

class LocalXmppServer
{
public:
    virtual ~LocalXmppServer();

    // Where start() puts the server's files; it creates the directory and leaves it behind.
    // Without one, a temp dir removed with the server.
    void setDirectory(const QString& directory) { m_chosenDirectory = directory; }
    // Starts the server with these accounts; false (and errorString()) when it cannot.
    bool start(const QList<ServerAccount>& accounts);
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    virtual QString name() const = 0;

    QString domain() const { return QStringLiteral("localhost"); }
    QString mucDomain() const { return QStringLiteral("conference.localhost"); }
    quint16 port() const { return m_port; }
    quint16 directTlsPort() const { return m_directTlsPort; }
    QString errorString() const { return m_error; }
    QString directory() const;
    QSslCertificate serverCertificate() const { return m_serverCertificate; }
    QSslCertificate caCertificate() const { return m_caCertificate; }
    QByteArray serverFingerprint() const;

    // Settings to sign in as one of the accounts over STARTTLS on this server. With trust, the
    // server certificate is pinned as a user would after accepting it.
    enum class Trust {
        PinnedCertificate,
        CertificateAuthority,
        Nothing,
    };
    Xmpp::ConnectionSettings settingsFor(
        const QString& user, Trust trust = Trust::PinnedCertificate) const;
    QString passwordOf(const QString& user) const;

    // Whether the server's program is installed (integration tests skip without it).
    virtual bool isInstalled() const = 0;

protected:
    virtual bool launch(const QList<ServerAccount>& accounts) = 0;
    bool generateCertificates();
    bool waitForPort(quint16 port, int timeoutMs) const;
    bool run(const QString& program, const QStringList& arguments, int timeoutMs = 30000);
    void fail(const QString& error) { m_error = error; }
    QString path(const QString& relative) const;
    static quint16 freePort();

private:
    QString m_chosenDirectory;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<ServerAccount> m_accounts;
    QSslCertificate m_serverCertificate;
    QSslCertificate m_caCertificate;
    quint16 m_port = 0;
    quint16 m_directTlsPort = 0;
    QString m_error;
};

} // namespace Palaver::LocalServer

#include "localserver/LocalXmppServer.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Palaver::LocalServer {

LocalXmppServer::~LocalXmppServer() = default;

bool LocalXmppServer::start(const QList<ServerAccount>& accounts)
{
    m_error.clear();
    m_accounts = accounts;
    if (m_chosenDirectory.isEmpty()) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/palaver-server-XXXXXX"_s);
        if (!m_dir->isValid()) {
            fail(u"cannot create a temporary directory"_s);
            return false;
        }
    } else if (!QDir().mkpath(m_chosenDirectory)) {
        fail(u"cannot create "_s + m_chosenDirectory);
        return false;
    }
    m_port = freePort();
    m_directTlsPort = freePort();
    if (!generateCertificates()) {
        return false;
    }
    if (!launch(accounts)) {
        stop();
        return false;
    }
    if (!waitForPort(m_port, 30000)) {
        fail(name() + u" did not start listening on port "_s + QString::number(m_port));
        stop();
        return false;
    }
    return true;
}

QString LocalXmppServer::directory() const
{
    if (!m_chosenDirectory.isEmpty()) {
        return QDir(m_chosenDirectory).absolutePath();
    }
    return m_dir ? m_dir->path() : QString();
}

QString LocalXmppServer::path(const QString& relative) const
{
    return QDir(directory()).filePath(relative);
}

quint16 LocalXmppServer::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool LocalXmppServer::run(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        fail(program + u" "_s + arguments.join(u' ') + u" failed: "_s
            + QString::fromLocal8Bit(process.readAll()));
        process.kill();
        process.waitForFinished(1000);
        return false;
    }
    return true;
}

bool LocalXmppServer::generateCertificates()
{
    // A throw-away authority and a server certificate for the domain and its services.
    const QString ca = path(u"ca"_s);
    const QString server = path(u"server"_s);
    QFile extensions(path(u"server.ext"_s));
    if (!extensions.open(QIODevice::WriteOnly)) {
        fail(u"cannot write the certificate extensions"_s);
        return false;
    }
    extensions.write("subjectAltName=DNS:localhost,DNS:conference.localhost\n"
                     "basicConstraints=CA:FALSE\n"
                     "keyUsage=digitalSignature,keyEncipherment\n"
                     "extendedKeyUsage=serverAuth\n");
    extensions.close();
    const QString openssl = u"openssl"_s;
    const QStringList ec
        = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s};
    if (!run(openssl,
            QStringList {u"req"_s, u"-x509"_s} + ec
                + QStringList {u"-keyout"_s, ca + u".key"_s, u"-out"_s, ca + u".crt"_s, u"-days"_s,
                    u"30"_s, u"-subj"_s, u"/CN=Palaver Test CA"_s})
        || !run(openssl,
            QStringList {u"req"_s} + ec
                + QStringList {u"-keyout"_s, server + u".key"_s, u"-out"_s, server + u".csr"_s,
                    u"-subj"_s, u"/CN=localhost"_s})
        || !run(openssl,
            {u"x509"_s, u"-req"_s, u"-in"_s, server + u".csr"_s, u"-CA"_s, ca + u".crt"_s,
                u"-CAkey"_s, ca + u".key"_s, u"-CAcreateserial"_s, u"-out"_s, server + u".crt"_s,
                u"-days"_s, u"30"_s, u"-sha256"_s, u"-extfile"_s, path(u"server.ext"_s)})) {
        return false;
    }
    const auto load = [](const QString& file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QSslCertificate(f.readAll()) : QSslCertificate();
    };
    m_caCertificate = load(ca + u".crt"_s);
    m_serverCertificate = load(server + u".crt"_s);
    if (m_caCertificate.isNull() || m_serverCertificate.isNull()) {
        fail(u"openssl made no usable certificate"_s);
        return false;
    }
    return true;
}

bool LocalXmppServer::waitForPort(quint16 port, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!isRunning()) {
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200)) {
            return true;
        }
        QThread::msleep(100);
    }
    return false;
}

QByteArray LocalXmppServer::serverFingerprint() const
{
    return QCryptographicHash::hash(m_serverCertificate.toDer(), QCryptographicHash::Sha256);
}

QString LocalXmppServer::passwordOf(const QString& user) const
{
    for (const ServerAccount& account : m_accounts) {
        if (account.user == user) {
            return account.password;
        }
    }
    return {};
}

Xmpp::ConnectionSettings LocalXmppServer::settingsFor(const QString& user, Trust trust) const
{
    Xmpp::ConnectionSettings settings;
    settings.jid = Xmpp::Jid::fromParts(user, domain());
    settings.password = passwordOf(user);
    settings.host = u"127.0.0.1"_s;
    settings.port = m_port;
    settings.connectTimeoutMs = 10000;
    settings.negotiationTimeoutMs = 10000;
    switch (trust) {
    case Trust::PinnedCertificate:
        settings.pinnedCertificate = serverFingerprint();
        break;
    case Trust::CertificateAuthority:
        settings.additionalCaCertificates = {m_caCertificate};
        break;
    case Trust::Nothing:
        break;
    }
    return settings;
}

} // namespace Palaver::LocalServer

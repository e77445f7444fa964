#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Palaver::App {

namespace {

// The first field of every request, so a future format is refused rather than misread.
constexpr auto protocolTag = "palaver-launch-1";
// Arguments are a URI and a status message; anything larger is not from us.
constexpr qint64 maximumRequestBytes = 64 * 1024;
constexpr char acknowledgement = '\x06';

// A Unix socket path is at most about 100 bytes long.
constexpr qsizetype maximumSocketPath = 100;

// Where the socket lives: in the user's own runtime directory (private to them), else in the
// profile directory, never in a temp directory others can write to. A bare name (a named
// pipe on Windows, which its access list keeps to the user) where no path is short enough.
QString serverNameFor(const QString& directory)
{
    const QByteArray path = QDir(directory).absolutePath().toUtf8();
    const QString name = u"palaver-"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(24));
#ifdef Q_OS_UNIX
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && QDir(runtime).filePath(name).toUtf8().size() < maximumSocketPath) {
        return QDir(runtime).filePath(name);
    }
    const QString inProfile = QDir(directory).absoluteFilePath(u"instance.socket"_s);
    if (inProfile.toUtf8().size() < maximumSocketPath) {
        return inProfile;
    }
#endif
    return name;
}

// The other end must be this user: a socket file can be replaced by anyone who can write
// where it is, and a request can come from anyone who can reach it.
bool peerIsThisUser(const QLocalSocket& socket)
{
#if defined(Q_OS_LINUX)
    struct ucred credentials
    { };
    socklen_t length = sizeof(credentials);
    return getsockopt(
               int(socket.socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &credentials, &length)
        == 0
        && credentials.uid == getuid();
#elif defined(Q_OS_UNIX)
    uid_t user = 0;
    gid_t group = 0;
    return getpeereid(int(socket.socketDescriptor()), &user, &group) == 0 && user == getuid();
#else
    Q_UNUSED(socket);
    return true; // a named pipe created with UserAccessOption admits only its user
#endif
}

} // namespace

SingleInstance::SingleInstance(const QString& profileDirectory, QObject* parent)
    : QObject(parent)
    , m_lock(QDir(profileDirectory).filePath(u"instance.lock"_s))
    , m_serverName(serverNameFor(profileDirectory))
{
    // A lock whose process has died is taken over at once (Qt checks the process); a live
    // instance's lock never goes stale by age, however long it has been running.
    m_lock.setStaleLockTime(0);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance()
{
    m_server.close();
}

bool SingleInstance::acquire()
{
    return m_lock.tryLock(0);
}

bool SingleInstance::listen(QString* error)
{
    // Holding the lock means any socket of that name was left by a crashed instance.
    QLocalServer::removeServer(m_serverName);
    if (!m_server.listen(m_serverName)) {
        if (error) {
            *error = m_server.errorString();
        }
        return false;
    }
    return true;
}

bool SingleInstance::forward(const QStringList& arguments, int timeoutMilliseconds)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMilliseconds)) {
        return false;
    }
    if (!peerIsThisUser(socket)) {
        qWarning("not handing over to a socket another user holds: %s", qPrintable(m_serverName));
        return false;
    }
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out << QString::fromLatin1(protocolTag) << arguments;
    QDataStream framed(&socket);
    framed << payload;
    if (!socket.waitForBytesWritten(timeoutMilliseconds)) {
        return false;
    }
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMilliseconds)) {
            return false;
        }
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == acknowledgement;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (!peerIsThisUser(*socket)) {
            socket->abort();
            continue;
        }
        // A starting instance that never finishes its request is not waited for forever.
        QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > maximumRequestBytes) {
                socket->abort();
                return;
            }
            QDataStream framed(socket);
            framed.startTransaction();
            QByteArray payload;
            framed >> payload;
            if (!framed.commitTransaction()) {
                return; // more to come
            }
            QDataStream in(payload);
            QString tag;
            QStringList arguments;
            in >> tag >> arguments;
            if (in.status() != QDataStream::Ok || tag != QLatin1String(protocolTag)) {
                socket->abort();
                return;
            }
            socket->putChar(acknowledgement);
            socket->flush();
            Q_EMIT argumentsReceived(arguments);
        });
    }
}

} // namespace Palaver::App

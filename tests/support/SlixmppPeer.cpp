#include "SlixmppPeer.h"

#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Palaver::Testing {

namespace {
// Debian's interpreter, which has Debian's python3-slixmpp, before any other on the path.
QString python()
{
    return QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
}

QString scriptPath()
{
    return QStringLiteral(PALAVER_TEST_PEERS_DIR) + u"/slixmpp_peer.py"_s;
}
} // namespace

SlixmppPeer::SlixmppPeer(
    const LocalServer::LocalXmppServer& server, const QString& user, const QString& password)
    : m_server(server)
    , m_jid(user + u'@' + server.domain())
    , m_password(password)
{
    QObject::connect(
        &m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { readEvents(); });
}

SlixmppPeer::~SlixmppPeer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

bool SlixmppPeer::isInstalled()
{
    QProcess probe;
    probe.start(python(), {u"-c"_s, u"import slixmpp"_s});
    return probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit
        && probe.exitCode() == 0;
}

bool SlixmppPeer::start(int timeoutMs)
{
    const QString ca = m_dir.filePath(u"ca.pem"_s);
    QFile file(ca);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_server.caCertificate().toPem()) <= 0) {
        m_error = u"cannot write the certificate authority"_s;
        return false;
    }
    file.close();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(
        python(), {scriptPath(), m_jid, m_password, QString::number(m_server.port()), ca});
    const bool ready = QTest::qWaitFor(
        [this] {
            return m_process.state() == QProcess::NotRunning
                || std::any_of(m_events.cbegin(), m_events.cend(), [](const QJsonObject& event) {
                       return event.value(u"event").toString() == u"ready";
                   });
        },
        timeoutMs);
    if (!ready || m_process.state() == QProcess::NotRunning) {
        m_error = u"the slixmpp peer did not sign in"_s;
        return false;
    }
    return true;
}

bool SlixmppPeer::run(const QJsonObject& command, int timeoutMs)
{
    const qsizetype before = m_events.size();
    m_process.write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
    return QTest::qWaitFor(
        [&] {
            for (qsizetype i = before; i < m_events.size(); ++i) {
                if (m_events.at(i).value(u"event").toString() == u"done") {
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
}

QJsonObject SlixmppPeer::waitForMessage(
    const std::function<bool(const QJsonObject&)>& predicate, int timeoutMs)
{
    QJsonObject found;
    (void)QTest::qWaitFor(
        [&] {
            for (const QJsonObject& event : std::as_const(m_events)) {
                if (event.value(u"event").toString() == u"message" && predicate(event)) {
                    found = event;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

QJsonObject SlixmppPeer::waitForEvent(const QString& kind, int timeoutMs)
{
    QJsonObject found;
    (void)QTest::qWaitFor(
        [&] {
            for (const QJsonObject& event : std::as_const(m_events)) {
                if (event.value(u"event").toString() == kind) {
                    found = event;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

void SlixmppPeer::readEvents()
{
    m_buffer += m_process.readAllStandardOutput();
    qsizetype end = 0;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject()) {
            m_events.append(document.object());
        }
    }
}

} // namespace Palaver::Testing

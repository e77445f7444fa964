#include "RawXmppPeer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Palaver::Testing {

RawXmppPeer::RawXmppPeer(const LocalServer::LocalXmppServer& server)
    : m_server(server)
{
    QObject::connect(
        &m_socket, &QIODevice::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
}

bool RawXmppPeer::openStream()
{
    sendRaw("<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
            "xmlns:stream='http://etherx.jabber.org/streams' version='1.0' to='"
        + m_server.domain().toUtf8() + "'>");
    return waitForReceived("</stream:features>");
}

bool RawXmppPeer::signIn(const QString& user, const QString& resource)
{
    m_socket.connectToHost(u"127.0.0.1"_s, m_server.port());
    if (!m_socket.waitForConnected(10000) || !openStream()) {
        return false;
    }
    sendRaw("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    if (!waitForReceived("<proceed")) {
        return false;
    }
    QSslConfiguration tls = m_socket.sslConfiguration();
    tls.setCaCertificates({m_server.caCertificate()});
    m_socket.setSslConfiguration(tls);
    m_socket.setPeerVerifyName(m_server.domain());
    m_socket.startClientEncryption();
    if (!QTest::qWaitFor([this] { return m_socket.isEncrypted(); }, 10000) || !openStream()) {
        return false;
    }
    const QByteArray credentials = '\0' + user.toUtf8() + '\0' + m_server.passwordOf(user).toUtf8();
    sendRaw("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>"
        + credentials.toBase64() + "</auth>");
    if (!waitForReceived("<success") || !openStream()) {
        return false;
    }
    sendRaw("<iq type='set' id='bind'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>"
        + resource.toUtf8() + "</resource></bind></iq>");
    if (!waitForReceived("</jid>")) {
        return false;
    }
    m_jid = user + u'@' + m_server.domain() + u'/' + resource;
    sendRaw("<presence/>");
    return true;
}

bool RawXmppPeer::sendRaw(const QByteArray& xml)
{
    return isConnected() && m_socket.write(xml) == xml.size();
}

bool RawXmppPeer::flush(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] { return m_socket.encryptedBytesToWrite() == 0 && m_socket.bytesToWrite() == 0; },
        timeoutMs);
}

bool RawXmppPeer::waitForReceived(const QByteArray& text, int timeoutMs)
{
    const bool found = QTest::qWaitFor(
        [&] { return m_received.indexOf(text, m_seen) >= 0 || !isConnected(); }, timeoutMs);
    const qsizetype at = m_received.indexOf(text, m_seen);
    if (!found || at < 0) {
        return false;
    }
    m_seen = at + text.size();
    return true;
}

void RawXmppPeer::disconnect()
{
    if (isConnected()) {
        sendRaw("</stream:stream>");
        flush(2000);
        m_socket.disconnectFromHost();
    }
}

} // namespace Palaver::Testing

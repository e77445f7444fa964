#include "ScriptedServer.h"

#include "xmpp/core/Namespaces.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;
using namespace Palaver::Xmpp;

namespace Palaver::Testing {
namespace {
const int Iterations = 4096;

QHash<char, QByteArray> attributesOf(const QByteArray& message)
{
    QHash<char, QByteArray> attributes;
    for (const QByteArray& part : message.split(',')) {
        if (part.size() >= 2 && part[1] == '=') {
            attributes.insert(part[0], part.mid(2));
        }
    }
    return attributes;
}
} // namespace

ScriptedServer::ScriptedServer(QObject* parent)
    : QTcpServer(parent)
{ }

ScriptedServer::~ScriptedServer() = default;

bool ScriptedServer::start(const QString& certificateFile, const QString& keyFile)
{
    QFile certificate(certificateFile);
    QFile key(keyFile);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        return false;
    }
    m_certificate = QSslCertificate(certificate.readAll());
    m_key = QSslKey(key.readAll(), QSsl::Ec);
    return !m_certificate.isNull() && !m_key.isNull() && listen(QHostAddress::LocalHost, 0);
}

QByteArray ScriptedServer::fingerprint() const
{
    return QCryptographicHash::hash(m_certificate.toDer(), QCryptographicHash::Sha256);
}

void ScriptedServer::incomingConnection(qintptr descriptor)
{
    if (m_socket) {
        m_socket->abort();
        m_socket->deleteLater();
    }
    ++m_record.connections;
    m_authenticated = false;
    m_bound = false;
    m_socket = new QSslSocket(this);
    m_socket->setSocketDescriptor(descriptor);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QSslConfiguration configuration = m_socket->sslConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket->setSslConfiguration(configuration);
    m_parser = std::make_unique<StreamParser>(static_cast<StreamParser::Handler&>(*this));
    QSslSocket* socket = m_socket;
    connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        if (socket == m_socket) {
            m_parser->feed(socket->readAll());
        }
    });
    connect(socket, &QSslSocket::encrypted, this, [this] { m_parser->reset(); });
}

void ScriptedServer::send(const QString& xml)
{
    if (m_socket) {
        m_socket->write(xml.toUtf8());
    }
}

void ScriptedServer::streamOpened(const StreamHeader&)
{
    QString header
        = u"<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
          "xmlns:stream='http://etherx.jabber.org/streams' from='localhost' id='s%1'"_s.arg(
              m_record.connections);
    if (!m_behaviour.streamVersion.isEmpty()) {
        header += u" version='"_s + m_behaviour.streamVersion + u'\'';
    }
    send(header + u'>');
    if (m_behaviour.streamErrorOnOpen) {
        StreamError error(*m_behaviour.streamErrorOnOpen);
        error.setOtherHost(m_behaviour.otherHost);
        send(error.toElement().toXml(Ns::Client) + u"</stream:stream>"_s);
        m_socket->disconnectFromHost();
        return;
    }
    sendFeatures();
}

void ScriptedServer::sendFeatures()
{
    QString features = u"<stream:features>"_s;
    if (!m_socket->isEncrypted()) {
        if (m_behaviour.offerStartTls) {
            features
                += u"<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"_s;
        } else {
            features += u"<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                        "<mechanism>PLAIN</mechanism></mechanisms>"_s;
        }
    } else if (!m_authenticated) {
        features += u"<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"_s;
        for (const QString& mechanism : std::as_const(m_behaviour.mechanisms)) {
            features += u"<mechanism>"_s + mechanism + u"</mechanism>"_s;
        }
        features += u"</mechanisms>"_s;
        if (m_behaviour.bindingTypes) {
            features += u"<sasl-channel-binding xmlns='urn:xmpp:sasl-cb:0'>"_s;
            for (const QString& type : *m_behaviour.bindingTypes) {
                features += u"<channel-binding type='"_s + type + u"'/>"_s;
            }
            features += u"</sasl-channel-binding>"_s;
        }
    } else {
        features += u"<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"_s;
        features += m_behaviour.extraFeatures;
        if (m_behaviour.requireSession) {
            features += u"<session xmlns='urn:ietf:params:xml:ns:xmpp-session'/>"_s;
        }
    }
    send(features + u"</stream:features>"_s);
}

void ScriptedServer::elementReceived(const XmlElement& element)
{
    const QString& ns = element.namespaceUri();
    if (element.is(u"resume", Ns::StreamManagement)) {
        send(u"<failed xmlns='urn:xmpp:sm:3'><item-not-found "
             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></failed>"_s);
    } else if (element.is(u"starttls", Ns::Tls)) {
        send(u"<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"_s);
        m_socket->startServerEncryption();
    } else if (element.is(u"auth", Ns::Sasl)) {
        m_record.sawAuthBeforeTls = m_record.sawAuthBeforeTls || !m_socket->isEncrypted();
        handleAuth(element);
    } else if (element.is(u"response", Ns::Sasl)) {
        handleResponse(element);
    } else if (element.is(u"error", Ns::Stream)) {
        m_record.streamErrorsReceived << element.firstChildElement().name();
    } else if (element.is(u"iq", Ns::Client) && !m_bound) {
        handleIq(element);
    } else if (m_bound && element.is(u"iq", Ns::Client)
        && element.hasChild(u"session", Ns::Session)) {
        m_record.sessionStarted = true;
        send(u"<iq type='result' id='%1'/>"_s.arg(element.attribute(u"id")));
    } else if (m_bound && ns != Ns::Client) {
        m_record.nonzas.append(element.name());
        // Just enough of XEP-0198: counting, acknowledging, never resuming.
        if (element.is(u"enable", Ns::StreamManagement)) {
            m_inbound = 0;
            send(u"<enabled xmlns='urn:xmpp:sm:3' id='sm-1' resume='true'/>"_s);
        } else if (element.is(u"a", Ns::StreamManagement)) {
            m_record.acknowledged.append(element.attribute(u"h").toInt());
        } else if (element.is(u"r", Ns::StreamManagement)) {
            send(u"<a xmlns='urn:xmpp:sm:3' h='%1'/>"_s.arg(m_inbound));
        }
    } else if (m_bound && ns == Ns::Client) {
        if (!m_behaviour.refusedBody.isEmpty() && element.name() == u"message"
            && element.firstChild(u"body", Ns::Client).text() == m_behaviour.refusedBody) {
            ++m_record.refusals;
            send(StreamError(StreamError::Condition::PolicyViolation).toElement().toXml(Ns::Client)
                + u"</stream:stream>"_s);
            m_socket->disconnectFromHost();
            return;
        }
        ++m_inbound;
        m_record.stanzas.append(element);
        if (onStanza) {
            onStanza(element);
        }
    }
}

void ScriptedServer::streamClosed()
{
    send(u"</stream:stream>"_s);
    if (m_socket) {
        m_socket->disconnectFromHost();
    }
}

QByteArray ScriptedServer::hash(const QByteArray& data) const
{
    return QCryptographicHash::hash(data,
        m_record.mechanism.startsWith(u"SCRAM-SHA-1") ? QCryptographicHash::Sha1
                                                      : QCryptographicHash::Sha256);
}

QByteArray ScriptedServer::hmac(const QByteArray& key, const QByteArray& data) const
{
    return QMessageAuthenticationCode::hash(data, key,
        m_record.mechanism.startsWith(u"SCRAM-SHA-1") ? QCryptographicHash::Sha1
                                                      : QCryptographicHash::Sha256);
}

void ScriptedServer::failSasl(const QString& condition)
{
    send(u"<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><"_s + condition + u"/></failure>"_s);
}

void ScriptedServer::handleAuth(const XmlElement& auth)
{
    m_record.mechanism = auth.attribute(u"mechanism");
    const QByteArray payload = QByteArray::fromBase64(auth.text().toLatin1());
    if (m_record.mechanism == u"PLAIN") {
        const QList<QByteArray> parts = payload.split('\0');
        if (parts.size() == 3 && parts[1] == m_behaviour.user.toUtf8()
            && parts[2] == m_behaviour.password.toUtf8()) {
            m_authenticated = true;
            m_record.authenticated = true;
            send(u"<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"_s);
            m_parser->reset();
        } else {
            failSasl(u"not-authorized"_s);
        }
        return;
    }
    // client-first: gs2-header "flag,authzid," then the bare message.
    const qsizetype firstComma = payload.indexOf(',');
    const qsizetype secondComma = payload.indexOf(',', firstComma + 1);
    m_record.gs2Header = payload.left(secondComma + 1);
    m_clientFirstBare = payload.mid(secondComma + 1);
    const bool serverOffersPlus = std::any_of(m_behaviour.mechanisms.begin(),
        m_behaviour.mechanisms.end(), [](const QString& m) { return m.endsWith(u"-PLUS"); });
    if (m_record.gs2Header.startsWith("y") && m_behaviour.refuseGs2Y && serverOffersPlus) {
        failSasl(u"not-authorized"_s); // RFC 5802 §6: a downgrade was detected
        return;
    }
    m_nonce = attributesOf(m_clientFirstBare).value('r') + "ServerNonce123";
    m_salt = "scripted-salt";
    m_serverFirst
        = "r=" + m_nonce + ",s=" + m_salt.toBase64() + ",i=" + QByteArray::number(Iterations);
    send(u"<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"_s
        + QString::fromLatin1(m_serverFirst.toBase64()) + u"</challenge>"_s);
}

void ScriptedServer::handleResponse(const XmlElement& response)
{
    const QByteArray clientFinal = QByteArray::fromBase64(response.text().toLatin1());
    const QHash<char, QByteArray> attributes = attributesOf(clientFinal);
    // tls-server-end-point of our certificate, ECDSA with SHA-256: its SHA-256 (RFC 5929 §4.1).
    QByteArray expectedChannel = m_record.gs2Header;
    if (m_record.gs2Header.startsWith("p=tls-server-end-point")) {
        expectedChannel
            += QCryptographicHash::hash(m_certificate.toDer(), QCryptographicHash::Sha256);
    }
    m_record.bindingDataMatched = QByteArray::fromBase64(attributes.value('c')) == expectedChannel;
    const QByteArray withoutProof = clientFinal.left(clientFinal.indexOf(",p="));
    const QByteArray authMessage = m_clientFirstBare + ',' + m_serverFirst + ',' + withoutProof;
    const bool sha1 = m_record.mechanism.startsWith(u"SCRAM-SHA-1");
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        sha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256, m_behaviour.password.toUtf8(),
        m_salt, Iterations, sha1 ? 20 : 32);
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = hash(clientKey);
    const QByteArray signature = hmac(storedKey, authMessage);
    const QByteArray proof = QByteArray::fromBase64(attributes.value('p'));
    QByteArray recoveredKey(proof.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < proof.size() && i < signature.size(); ++i) {
        recoveredKey[i] = char(proof[i] ^ signature[i]);
    }
    if (!m_record.bindingDataMatched || attributes.value('r') != m_nonce
        || hash(recoveredKey) != storedKey) {
        failSasl(u"not-authorized"_s);
        return;
    }
    QByteArray serverSignature = hmac(hmac(salted, "Server Key"), authMessage);
    if (m_behaviour.corruptServerSignature) {
        serverSignature[0] = char(serverSignature[0] ^ 0x55);
    }
    m_authenticated = true;
    m_record.authenticated = true;
    send(u"<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"_s
        + QString::fromLatin1(QByteArray("v=" + serverSignature.toBase64()).toBase64())
        + u"</success>"_s);
    m_parser->reset();
}

void ScriptedServer::handleIq(const XmlElement& iq)
{
    const XmlElement bind = iq.firstChild(u"bind", Ns::Bind);
    const QString id = iq.attribute(u"id");
    if (bind.isNull()) {
        return;
    }
    if (m_bound) {
        return;
    }
    QString resource = bind.firstChild(u"resource", Ns::Bind).text();
    if (!resource.isEmpty() && resource == m_behaviour.takenResource) {
        send(u"<iq type='error' id='%1'><error type='cancel'><conflict "
             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s.arg(id));
        return;
    }
    if (resource.isEmpty()) {
        resource = u"assigned"_s;
    }
    m_record.boundJid = m_behaviour.user + u"@localhost/"_s + resource;
    m_bound = true;
    send(u"<iq type='result' id='%1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>%2</jid>"
         "</bind></iq>"_s.arg(id, m_record.boundJid));
    if (!m_behaviour.rawAfterBind.isEmpty() && m_socket) {
        m_socket->write(m_behaviour.rawAfterBind);
    }
    if (m_behaviour.streamErrorAfterBind) {
        StreamError error(*m_behaviour.streamErrorAfterBind);
        error.setOtherHost(m_behaviour.otherHost);
        send(error.toElement().toXml(Ns::Client) + u"</stream:stream>"_s);
        m_socket->disconnectFromHost();
    }
}

} // namespace Palaver::Testing

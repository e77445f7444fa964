// ScriptedServer: a small XMPP server for tests, with behaviour real servers will not show on
// demand: SCRAM -PLUS with tls-server-end-point, a wrong server signature, no STARTTLS, a
// pre-XMPP stream header, stream errors and forged iq answers.
#pragma once

#include "xmpp/core/StreamError.h"
#include "xmpp/stream/StreamParser.h"

#include <QHash>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <functional>
#include <optional>

namespace Palaver::Testing {

class ScriptedServer : public QTcpServer, public Xmpp::StreamParser::Handler
{
    Q_OBJECT

public:
    struct Behaviour
    {
        QString streamVersion = QStringLiteral("1.0");
        bool offerStartTls = true;
        QStringList mechanisms
            = {QStringLiteral("SCRAM-SHA-256-PLUS"), QStringLiteral("SCRAM-SHA-256")};
        std::optional<QStringList> bindingTypes
            = QStringList {QStringLiteral("tls-server-end-point")};
        // A server that can bind refuses "y": someone stripped -PLUS on the way.
        bool refuseGs2Y = true;
        bool corruptServerSignature = false;
        QString user = QStringLiteral("alice");
        QString password = QStringLiteral("secret");
        QString takenResource; // binding this resource fails with conflict
        bool requireSession = false; // RFC 3921 servers: <session/> without <optional/>
        std::optional<Xmpp::StreamError::Condition> streamErrorAfterBind;
        std::optional<Xmpp::StreamError::Condition> streamErrorOnOpen;
        QString otherHost; // for see-other-host
        QByteArray rawAfterBind; // written verbatim once bound
        QString extraFeatures; // added to the features after authentication, e.g. <sm/>
        QString refusedBody; // a message with this body ends the stream (policy-violation)
    };

    struct Record
    {
        QString mechanism;
        QByteArray gs2Header;
        bool bindingDataMatched = false;
        bool authenticated = false;
        bool sawAuthBeforeTls = false;
        int connections = 0;
        QString boundJid;
        bool sessionStarted = false;
        QList<Xmpp::XmlElement> stanzas;
        QStringList nonzas; // names of top-level elements that are no stanzas, once bound
        QStringList streamErrorsReceived;
        QList<int> acknowledged; // h of each <a/> the client sent (XEP-0198)
        int refusals = 0; // streams ended over refusedBody
    };

    explicit ScriptedServer(QObject* parent = nullptr);
    ~ScriptedServer() override;

    bool start(const QString& certificateFile, const QString& keyFile);
    Behaviour& behaviour() { return m_behaviour; }
    const Record& record() const { return m_record; }
    QSslCertificate certificate() const { return m_certificate; }
    QByteArray fingerprint() const;

    // Writes raw XML to the connected client.
    void send(const QString& xml);
    void clearStanzas() { m_record.stanzas.clear(); }
    // Called for every stanza once the client is bound.
    std::function<void(const Xmpp::XmlElement&)> onStanza;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void streamOpened(const Xmpp::StreamHeader& header) override;
    void elementReceived(const Xmpp::XmlElement& element) override;
    void elementDropped(const Xmpp::XmlElement&, Xmpp::StreamParser::Error) override { }
    void streamClosed() override;
    void sendFeatures();
    void handleAuth(const Xmpp::XmlElement& auth);
    void handleResponse(const Xmpp::XmlElement& response);
    void handleIq(const Xmpp::XmlElement& iq);
    void failSasl(const QString& condition);
    QByteArray hash(const QByteArray& data) const;
    QByteArray hmac(const QByteArray& key, const QByteArray& data) const;

    Behaviour m_behaviour;
    Record m_record;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QPointer<QSslSocket> m_socket;
    std::unique_ptr<Xmpp::StreamParser> m_parser;
    bool m_authenticated = false;
    bool m_bound = false;
    int m_inbound = 0; // stanzas counted since <enable/>
    QByteArray m_clientFirstBare;
    QByteArray m_serverFirst;
    QByteArray m_nonce;
    QByteArray m_salt;
};

} // namespace Palaver::Testing

// SaslAuthenticator: runs one SASL exchange over the stream (RFC 6120 §6.4).
#pragma once

#include "../../core/Jid.h"
#include "../../core/XmlElement.h"
#include "SaslFailure.h"
#include "SaslMechanism.h"

#include <QSslCertificate>

#include <memory>

namespace Palaver::Xmpp {

class SaslAuthenticator
{
public:
    struct Step
    {
        enum class Kind {
            Send, // send element and wait
            Succeeded, // authenticated: restart the stream
            Failed, // see failure; send element (an <abort/>) first when it is not null
            Compute, // run work (slow: keep it off the GUI thread), then pass its result on
        };
        Kind kind = Kind::Failed;
        XmlElement element;
        SaslFailure failure;
        std::function<QByteArray()> work;
    };

    SaslAuthenticator();
    ~SaslAuthenticator();

    // Picks a mechanism from <stream:features/> and returns the <auth/> to send.
    Step start(const XmlElement& features, const Jid& jid, const QString& password,
        const QSslCertificate& serverCertificate, bool encrypted);
    // Handles <challenge/>, <success/> or <failure/>.
    Step handle(const XmlElement& element);
    // Goes on with the result of a Compute step's work.
    Step resume(const QByteArray& workResult);
    QString mechanismName() const;

private:
    Step fail(SaslFailure::Condition condition, const QString& text, bool abort);

    std::unique_ptr<SaslMechanism> m_mechanism;
    QByteArray m_pendingChallenge; // waiting for its Compute step's result
};

} // namespace Palaver::Xmpp

// MessageModule: the receive pipeline for messages. Archive results and carbons are unwrapped
// only once their sender is checked; what remains is reported as one kind of ReceivedMessage,
// whatever the way it came.
#pragma once

#include "../../Module.h"
#include "ReceivedMessage.h"

namespace Palaver::Xmpp {

class CarbonsModule;
class MamModule;

class MessageModule : public Module
{
    Q_OBJECT

public:
    explicit MessageModule(QObject* parent = nullptr);

    void attach(Client& client) override;
    // Corrections, reactions, replies, retraction and fallbacks: read by the IM layer.
    QStringList discoFeatures() const override;
    // XEP-0359 §4: our server's stanza-ids are believed only once it says it stamps them
    // (urn:xmpp:sid:0 on our account), asked at every new session.
    bool trustsStanzaIds() const { return m_stanzaIdsTrusted; }

Q_SIGNALS:
    // Live messages and carbons. Archive results go to whoever queried the archive.
    void messageReceived(const Palaver::Xmpp::ReceivedMessage& message);

private:
    void onMessage(const Message& message);
    void checkStanzaIds();

    CarbonsModule* m_carbons = nullptr;
    MamModule* m_mam = nullptr;
    bool m_lookedUp = false;
    bool m_stanzaIdsTrusted = false;
};

} // namespace Palaver::Xmpp

#include "MessageModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"
#include "../xep0030_disco/DiscoModule.h"
#include "../xep0280_carbons/CarbonsModule.h"
#include "../xep0313_mam/MamModule.h"
#include "MessageExtensions.h"

namespace Palaver::Xmpp {

MessageModule::MessageModule(QObject* parent)
    : Module(parent)
{ }

QStringList MessageModule::discoFeatures() const
{
    return {Ns::Correction, Ns::Reactions, Ns::Reply, Ns::Fallback, Ns::Retract, Ns::RetractLegacy};
}

void MessageModule::attach(Client& client)
{
    Module::attach(client);
    connect(&client, &Client::messageReceived, this, &MessageModule::onMessage);
    connect(&client, &Client::sessionStarted, this, [this](bool resumed) {
        if (!resumed) {
            checkStanzaIds();
        }
    });
}

void MessageModule::checkStanzaIds()
{
    auto* disco = client()->findModule<DiscoModule>();
    if (!disco) {
        return;
    }
    disco->requestInfo(client()->jid().bare(), {}, this,
        [this](const std::optional<DiscoInfo>& info, const StanzaError&) {
            m_stanzaIdsTrusted = info && info->hasFeature(Ns::StanzaIds);
        });
}

void MessageModule::onMessage(const Message& message)
{
    if (!m_lookedUp) {
        // Found on first use, so the order the modules were added in does not matter.
        m_carbons = client()->findModule<CarbonsModule>();
        m_mam = client()->findModule<MamModule>();
        m_lookedUp = true;
    }
    if (m_mam && m_mam->consumeResult(message)) {
        return;
    }
    ReceivedMessage received;
    if (m_carbons) {
        switch (m_carbons->unwrap(message, received)) {
        case CarbonsModule::Unwrap::Forged:
            return;
        case CarbonsModule::Unwrap::Carbon:
            if (!m_stanzaIdsTrusted) {
                received.archiveId.clear();
            }
            received.mucPrivate = isMucPrivate(received.message, received.outgoing);
            Q_EMIT messageReceived(received);
            return;
        case CarbonsModule::Unwrap::NotCarbon:
            break;
        }
    }
    received.message = message;
    received.origin = ReceivedMessage::Origin::Live;
    received.mucPrivate = isMucPrivate(message, false);
    received.timestamp = QDateTime::currentDateTimeUtc();
    if (const std::optional<Delay> delay = delayOf(message.element())) {
        // Kept by our own server while we were away (XEP-0160): its stamp is when it came.
        const Jid own = client()->jid();
        if (delay->from == own.domainJid() || delay->from == own.bare()) {
            received.timestamp = delay->stamp;
            received.delayed = true;
        } else {
            received.sentAt = delay->stamp;
        }
    }
    if (m_stanzaIdsTrusted) {
        received.archiveId = stanzaIdBy(message, client()->jid().bare());
    }
    Q_EMIT messageReceived(received);
}

} // namespace Palaver::Xmpp

#include "MessageModule.h"

#include "../../Client.h"
#include "../xep0280_carbons/CarbonsModule.h"
#include "../xep0313_mam/MamModule.h"
#include "MessageExtensions.h"

namespace Palaver::Xmpp {

MessageModule::MessageModule(QObject* parent)
    : Module(parent)
{ }

void MessageModule::attach(Client& client)
{
    Module::attach(client);
    connect(&client, &Client::messageReceived, this, &MessageModule::onMessage);
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
            Q_EMIT messageReceived(received);
            return;
        case CarbonsModule::Unwrap::NotCarbon:
            break;
        }
    }
    received.message = message;
    received.origin = ReceivedMessage::Origin::Live;
    const std::optional<QDateTime> stamp = delayStamp(message.element());
    received.delayed = stamp.has_value();
    received.timestamp = stamp.value_or(QDateTime::currentDateTimeUtc());
    received.archiveId = stanzaIdBy(message, client()->jid().bare());
    Q_EMIT messageReceived(received);
}

} // namespace Palaver::Xmpp

#include "CarbonsModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"
#include "../messaging/MessageExtensions.h"
#include "../xep0030_disco/DiscoModule.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCarbons, "palaver.xmpp.carbons")

namespace Palaver::Xmpp {

CarbonsModule::CarbonsModule(QObject* parent)
    : Module(parent)
{ }

void CarbonsModule::attach(Client& client)
{
    Module::attach(client);
    connect(&client, &Client::sessionStarted, this, [this](bool resumed) {
        if (!resumed) {
            m_enabled = false; // carbons are per session: a new one needs them again
        }
    });
    if (auto* disco = client.findModule<DiscoModule>()) {
        connect(disco, &DiscoModule::serverInfoReceived, this, [this](const DiscoInfo& info) {
            if (info.hasFeature(Ns::Carbons) && !m_enabled) {
                enable();
            }
        });
    }
}

void CarbonsModule::enable()
{
    client()->sendIq(Iq(Iq::Type::Set, XmlElement(u"enable"_s, Ns::Carbons)), this,
        [this](const IqResult& result) {
            m_enabled = result.isSuccess();
            if (!m_enabled) {
                qCWarning(lcCarbons) << "the server refused carbons:"
                                     << StanzaError::conditionName(result.error.condition());
            }
            Q_EMIT enabledChanged(m_enabled);
        });
}

CarbonsModule::Unwrap CarbonsModule::unwrap(const Message& wrapper, ReceivedMessage& result) const
{
    XmlElement carbon = wrapper.payload(u"received", Ns::Carbons);
    bool sent = false;
    if (carbon.isNull()) {
        carbon = wrapper.payload(u"sent", Ns::Carbons);
        sent = true;
    }
    if (carbon.isNull()) {
        return Unwrap::NotCarbon;
    }
    // XEP-0280 §11: only our own server, speaking for our bare JID, sends carbons. Anything
    // else is someone putting words in our mouth or our contacts'.
    const Jid own = client()->jid().bare();
    if (wrapper.from() != own) {
        qCWarning(lcCarbons) << "dropping a forged carbon from" << wrapper.rawFrom();
        return Unwrap::Forged;
    }
    const XmlElement forwarded = carbon.firstChild(u"forwarded", Ns::Forward);
    const XmlElement inner = forwarded.firstChild(u"message", Ns::Client);
    if (inner.isNull()) {
        return Unwrap::Forged;
    }
    result.message = Message(inner);
    result.origin = ReceivedMessage::Origin::Carbon;
    result.outgoing = sent;
    // The forwarding delay is our own server's; the message's own is its sender's claim.
    const std::optional<Delay> stamp = delayOf(forwarded);
    result.delayed = stamp.has_value();
    result.timestamp = stamp ? stamp->stamp : QDateTime::currentDateTimeUtc();
    if (const std::optional<Delay> claimed = delayOf(inner)) {
        result.sentAt = claimed->stamp;
    }
    result.archiveId = stanzaIdBy(result.message, own);
    // A "sent" carbon must be from us and a "received" one to us, or it is not what it claims.
    const Jid expected = sent ? result.message.from() : result.message.to();
    if (expected.bare() != own) {
        qCWarning(lcCarbons) << "dropping a carbon whose message is not ours";
        return Unwrap::Forged;
    }
    return Unwrap::Carbon;
}

void CarbonsModule::markPrivate(Message& message)
{
    message.appendPayload(XmlElement(u"private"_s, Ns::Carbons));
    message.appendPayload(XmlElement(u"no-copy"_s, Ns::Hints));
}

} // namespace Palaver::Xmpp

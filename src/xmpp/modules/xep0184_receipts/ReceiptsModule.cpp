#include "ReceiptsModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

ReceiptsModule::ReceiptsModule(QObject* parent)
    : Module(parent)
{ }

QStringList ReceiptsModule::discoFeatures() const
{
    return {Ns::Receipts};
}

bool ReceiptsModule::requestsReceipt(const Message& message)
{
    // XEP-0184 §5.4: never for errors or group chat, and only with an id to confirm.
    const Message::Type type = message.type();
    return type != Message::Type::Error && type != Message::Type::GroupChat
        && !message.id().isEmpty() && !message.payload(u"request", Ns::Receipts).isNull();
}

QString ReceiptsModule::receiptFor(const Message& message)
{
    return message.payload(u"received", Ns::Receipts).attribute(u"id");
}

void ReceiptsModule::sendReceipt(const Jid& to, const QString& messageId)
{
    Message receipt(Message::Type::Normal, to);
    XmlElement received(u"received"_s, Ns::Receipts);
    received.setAttribute(u"id"_s, messageId);
    receipt.appendPayload(received);
    client()->send(receipt);
}

void ReceiptsModule::decorateOutgoing(XmlElement& stanza)
{
    // XEP-0184 §5.1: on content messages, one-to-one, with an id.
    const QString type = stanza.attribute(u"type");
    if (stanza.name() != u"message" || type == u"groupchat" || type == u"error"
        || !stanza.hasChild(u"body", Ns::Client) || stanza.hasChild(u"request", Ns::Receipts)) {
        return;
    }
    stanza.appendChild(XmlElement(u"request"_s, Ns::Receipts));
}

} // namespace Palaver::Xmpp

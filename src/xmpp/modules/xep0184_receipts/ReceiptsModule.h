// ReceiptsModule: delivery receipts (XEP-0184). Asks for them on what we send; answering
// is the IM layer's call, once a message is stored and only to those who may know we are
// online (XEP-0184 §8).
#pragma once

#include "../../Module.h"
#include "../../core/Message.h"

namespace Palaver::Xmpp {

class ReceiptsModule : public Module
{
    Q_OBJECT

public:
    explicit ReceiptsModule(QObject* parent = nullptr);

    void sendReceipt(const Jid& to, const QString& messageId);

    static bool requestsReceipt(const Message& message);
    // The id a receipt confirms; empty when the message is no receipt.
    static QString receiptFor(const Message& message);

    QStringList discoFeatures() const override;
    void decorateOutgoing(XmlElement& stanza) override;
};

} // namespace Palaver::Xmpp

// Module: one protocol feature attached to a Client (the pattern of Dino's modules).
#pragma once

#include "core/Iq.h"

#include <QObject>
#include <QStringList>

namespace Palaver::Xmpp {

class Client;

class Module : public QObject
{
    Q_OBJECT

public:
    explicit Module(QObject* parent = nullptr);
    ~Module() override;

    // Called once, when the client takes the module; connect to its signals here.
    virtual void attach(Client& client);
    // Features this module adds to what we announce (XEP-0030).
    virtual QStringList discoFeatures() const { return {}; }
    // Payload namespaces of the iq get/set requests this module answers.
    virtual QStringList iqNamespaces() const { return {}; }
    // Answers one request; the client sends service-unavailable when no module does.
    virtual bool handleIqRequest(const Iq& request);
    // The send pipeline: every stanza the client sends passes each module once, in the
    // order they were added, to gain what the module puts on such stanzas (capabilities on
    // presence, receipt requests on messages and the like).
    virtual void decorateOutgoing(XmlElement& stanza);

protected:
    Client* client() const { return m_client; }

private:
    Client* m_client = nullptr;
};

} // namespace Palaver::Xmpp

#include "Module.h"

namespace Palaver::Xmpp {

Module::Module(QObject* parent)
    : QObject(parent)
{ }

Module::~Module() = default;

void Module::attach(Client& client)
{
    m_client = &client;
}

bool Module::handleIqRequest(const Iq&)
{
    return false;
}

void Module::decorateOutgoing(XmlElement&)
{ }

} // namespace Palaver::Xmpp

#include "CsiModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

CsiModule::CsiModule(QObject* parent)
    : Module(parent)
{ }

void CsiModule::attach(Client& client)
{
    Module::attach(client);
    connect(&client, &Client::sessionStarted, this, [this](bool resumed) {
        // XEP-0352 §4: a new session starts active; a resumed one keeps its state.
        if (!resumed && !m_active) {
            announce();
        }
    });
}

bool CsiModule::isSupported() const
{
    return client() && client()->streamFeatures().hasChild(u"csi", Ns::ClientStateIndication);
}

void CsiModule::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    announce();
}

void CsiModule::announce()
{
    if (isSupported()) {
        client()->sendNonza(
            XmlElement(m_active ? u"active"_s : u"inactive"_s, Ns::ClientStateIndication));
    }
}

} // namespace Palaver::Xmpp

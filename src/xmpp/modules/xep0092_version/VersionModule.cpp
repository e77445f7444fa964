#include "VersionModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

VersionModule::VersionModule(QObject* parent)
    : Module(parent)
{ }

void VersionModule::setSoftware(const QString& name, const QString& version)
{
    m_name = name;
    m_version = version;
}

QStringList VersionModule::discoFeatures() const
{
    return {Ns::SoftwareVersion};
}

QStringList VersionModule::iqNamespaces() const
{
    return {Ns::SoftwareVersion};
}

bool VersionModule::handleIqRequest(const Iq& request)
{
    if (request.type() != Iq::Type::Get) {
        return false;
    }
    XmlElement query(u"query"_s, Ns::SoftwareVersion);
    query.appendTextChild(u"name"_s, Ns::SoftwareVersion, m_name);
    query.appendTextChild(u"version"_s, Ns::SoftwareVersion, m_version);
    if (m_revealOs) {
        query.appendTextChild(u"os"_s, Ns::SoftwareVersion, QSysInfo::prettyProductName());
    }
    client()->send(request.makeResult(query));
    return true;
}

} // namespace Palaver::Xmpp

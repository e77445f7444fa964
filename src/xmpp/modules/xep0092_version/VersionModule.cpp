#include "VersionModule.h"

#include "../../Client.h"
#include "../../core/Iq.h"
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

void VersionModule::query(const Jid& resource, QObject* context, VersionCallback callback)
{
    Iq request(Iq::Type::Get, XmlElement(u"query"_s, Ns::SoftwareVersion));
    request.setTo(resource);
    client()->sendIq(request, context, [callback](const IqResult& result) {
        if (!result.isSuccess()) {
            callback(std::nullopt, result.error);
            return;
        }
        const XmlElement query = result.response.payload(u"query", Ns::SoftwareVersion);
        // Remote text is shown in a label: keep it to a line's worth.
        const auto field = [&query](QStringView name) {
            return query.firstChild(name, Ns::SoftwareVersion).text().simplified().left(100);
        };
        SoftwareVersion version {field(u"name"), field(u"version"), field(u"os")};
        if (version.name.isEmpty()) {
            callback(std::nullopt, {});
            return;
        }
        callback(version, {});
    });
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

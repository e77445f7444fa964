// VersionModule: answers "which software is this?" (XEP-0092), with the operating system only
// if the user does not mind telling it.
#pragma once

#include "../../Module.h"

namespace Palaver::Xmpp {

class VersionModule : public Module
{
    Q_OBJECT

public:
    explicit VersionModule(QObject* parent = nullptr);

    void setSoftware(const QString& name, const QString& version);
    void setRevealOperatingSystem(bool reveal) { m_revealOs = reveal; }
    bool revealsOperatingSystem() const { return m_revealOs; }

    QStringList discoFeatures() const override;
    QStringList iqNamespaces() const override;
    bool handleIqRequest(const Iq& request) override;

private:
    QString m_name = QStringLiteral("Palaver");
    QString m_version;
    bool m_revealOs = true;
};

} // namespace Palaver::Xmpp

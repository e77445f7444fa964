// VersionModule: answers "which software is this?" (XEP-0092), with the operating system only
// if the user does not mind telling it; and asks others the same.
#pragma once

#include "../../Module.h"
#include "../../core/StanzaError.h"

#include <functional>
#include <optional>

namespace Palaver::Xmpp {

struct SoftwareVersion
{
    QString name;
    QString version;
    QString os; // empty when the other side keeps it to itself
};

class VersionModule : public Module
{
    Q_OBJECT

public:
    explicit VersionModule(QObject* parent = nullptr);

    void setSoftware(const QString& name, const QString& version);
    void setRevealOperatingSystem(bool reveal) { m_revealOs = reveal; }
    bool revealsOperatingSystem() const { return m_revealOs; }
    // Asks a resource which software it runs; nothing, with the error, when it will not say.
    using VersionCallback
        = std::function<void(const std::optional<SoftwareVersion>& version, const StanzaError&)>;
    void query(const Jid& resource, QObject* context, VersionCallback callback);

    QStringList discoFeatures() const override;
    QStringList iqNamespaces() const override;
    bool handleIqRequest(const Iq& request) override;

private:
    QString m_name = QStringLiteral("Palaver");
    QString m_version;
    bool m_revealOs = true;
};

} // namespace Palaver::Xmpp

// VCardModule: fetches and publishes profile cards (XEP-0054).
#pragma once

#include "../../Module.h"
#include "VCard.h"

#include <functional>
#include <optional>

namespace Palaver::Xmpp {

class VCardModule : public Module
{
    Q_OBJECT

public:
    explicit VCardModule(QObject* parent = nullptr);

    using CardCallback = std::function<void(
        const std::optional<VCard>& card, const XmlElement& raw, const StanzaError& error)>;
    // An empty jid asks for our own card.
    void request(const Jid& jid, QObject* context, CardCallback callback);
    void publish(const VCard& card, const XmlElement& base, QObject* context,
        std::function<void(const StanzaError* error)> done);

    QStringList discoFeatures() const override;
};

} // namespace Palaver::Xmpp

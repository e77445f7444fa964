#include "VCardModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

VCardModule::VCardModule(QObject* parent)
    : Module(parent)
{ }

QStringList VCardModule::discoFeatures() const
{
    return {Ns::VCard};
}

void VCardModule::request(const Jid& jid, QObject* context, CardCallback callback)
{
    Iq request(Iq::Type::Get, XmlElement(u"vCard"_s, Ns::VCard));
    if (jid.isValid()) {
        request.setTo(jid.bare());
    }
    client()->sendIq(request, context, [callback](const IqResult& result) {
        if (!result.isSuccess()) {
            // RFC 6120 servers answer item-not-found for someone who never made a card.
            callback(std::nullopt, {}, result.error);
            return;
        }
        const XmlElement raw = result.response.payload(u"vCard", Ns::VCard);
        callback(VCard::fromElement(raw), raw, {});
    });
}

void VCardModule::publish(const VCard& card, const XmlElement& base, QObject* context,
    std::function<void(const StanzaError*)> done)
{
    client()->sendIq(
        Iq(Iq::Type::Set, card.toElement(base)), context, [done](const IqResult& result) {
            if (done) {
                done(result.isSuccess() ? nullptr : &result.error);
            }
        });
}

} // namespace Palaver::Xmpp
